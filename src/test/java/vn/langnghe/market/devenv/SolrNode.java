package vn.langnghe.market.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real Solr server on loopback (solr-test-framework's JettySolrRunner) with one core,
 * {@code market}, made from our configset. The index stays in {@code home} between starts; the
 * configuration is copied in afresh each time, so a schema change needs a reindex, not a new home.
 */
public final class SolrNode implements AutoCloseable {

  public static final String CORE = "market";
  static final Path CONFIGSET = Path.of("config", "solr", "configsets", "market", "conf");

  private final Path home;
  private final int port;
  private JettySolrRunner runner;

  public SolrNode(Path home, int port) {
    this.home = home.toAbsolutePath();
    this.port = port;
  }

  public synchronized SolrNode start() throws Exception {
    prepareHome();
    System.setProperty("solr.log.dir", home.resolve("logs").toString());
    runner = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(port).build());
    runner.start();
    return this;
  }

  public synchronized void stop() throws Exception {
    if (runner != null) {
      runner.stop();
      runner = null;
    }
  }

  public boolean isRunning() {
    return runner != null && runner.isRunning();
  }

  /** The core's URL, as the application is configured with it. */
  public String coreUrl() {
    return "http://127.0.0.1:" + port + "/solr/" + CORE;
  }

  private void prepareHome() throws IOException {
    Path core = home.resolve(CORE);
    Path conf = core.resolve("conf");
    Files.createDirectories(conf);
    Files.createDirectories(home.resolve("logs"));
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
    copyConfigset(conf);
    // the named configset lets a full reindex create its fresh core (CoreAdmin CREATE configSet=market)
    Path named = home.resolve("configsets").resolve(CORE).resolve("conf");
    Files.createDirectories(named);
    copyConfigset(named);
  }

  private static void copyConfigset(Path target) throws IOException {
    try (Stream<Path> files = Files.list(CONFIGSET.toAbsolutePath())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
