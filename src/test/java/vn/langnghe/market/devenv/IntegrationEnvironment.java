package vn.langnghe.market.devenv;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares, once per test run, what the Arquillian-managed WildFly needs before it starts: a fresh
 * database {@code market_it} on the local or embedded server and a fresh Solr node. Their
 * coordinates go into system properties that arquillian.xml passes to the server. The Solr node
 * lives in this JVM, so a test can stop and restart it ({@link #solr()}).
 */
public class IntegrationEnvironment implements BeforeAllCallback {

  private static final Logger LOG = Logger.getLogger(IntegrationEnvironment.class.getName());
  static final String DATABASE = "market_it";
  static final String APP_USER = "market_it";
  static final String APP_PASSWORD = "market-it";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(IntegrationEnvironment.class, key -> start(), Session.class);
  }

  private static Session start() {
    try {
      LocalDatabase database =
          LocalDatabase.findOrStart(Path.of("target", "it-mariadb").toAbsolutePath(), 3307);
      String url = database.prepare(DATABASE, APP_USER, APP_PASSWORD, true);
      System.setProperty("market.test.db.url", url);
      System.setProperty("market.test.db.user", APP_USER);
      System.setProperty("market.test.db.password", APP_PASSWORD);
      Path solrHome = Path.of("target", "it-solr").toAbsolutePath();
      deleteRecursively(solrHome);
      SolrNode solr = new SolrNode(solrHome, freePort()).start();
      System.setProperty("market.test.solr.url", solr.coreUrl());
      LOG.info("Integration tests use " + url + " and " + solr.coreUrl());
      return new Session(database, solr);
    } catch (Exception e) {
      throw new IllegalStateException("No database for the integration tests", e);
    }
  }

  private static Session session;

  /** The Solr node of this test run, for tests that take it down and bring it back. */
  public static SolrNode solr() {
    return session.solr();
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (java.nio.file.Files.exists(dir)) {
      try (var files = java.nio.file.Files.walk(dir)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(file);
        }
      }
    }
  }

  /** Stops Solr and an embedded database when the whole run ends. */
  record Session(LocalDatabase database, SolrNode solr)
      implements ExtensionContext.Store.CloseableResource {
    Session {
      session = this;
    }

    @Override
    public void close() throws Exception {
      solr.close();
      database.close();
    }
  }
}
