package vn.langnghe.market.devenv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
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

  /**
   * The live core is whichever folder's core.properties names {@code market}: a full reindex
   * swaps cores, so after one the live index sits in {@code market_rebuild/}. A fresh home gets
   * {@code market/}. Every core reads the named configset, refreshed here at each start (a core
   * made by an older version of this class kept its own conf/, refreshed too).
   */
  private void prepareHome() throws IOException {
    Files.createDirectories(home.resolve("logs"));
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    Path named = home.resolve("configsets").resolve(CORE).resolve("conf");
    Files.createDirectories(named);
    copyConfigset(named);
    Path live = liveCore().orElse(null);
    if (live == null) {
      live = Files.createDirectories(home.resolve(CORE));
      Files.writeString(live.resolve("core.properties"), "name=" + CORE + "\nconfigSet=" + CORE + "\n");
    }
    if (Files.isDirectory(live.resolve("conf"))) {
      copyConfigset(live.resolve("conf"));
    }
  }

  private Optional<Path> liveCore() throws IOException {
    try (Stream<Path> folders = Files.list(home)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        Path file = folder.resolve("core.properties");
        if (Files.isRegularFile(file)) {
          Properties core = new Properties();
          try (Reader reader = Files.newBufferedReader(file)) {
            core.load(reader);
          }
          if (CORE.equals(core.getProperty("name"))) {
            return Optional.of(folder);
          }
        }
      }
    }
    return Optional.empty();
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
