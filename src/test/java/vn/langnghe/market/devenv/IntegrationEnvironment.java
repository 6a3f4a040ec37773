package vn.langnghe.market.devenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.langnghe.market.testing.TestSite;

/**
 * Prepares, once per test run, what the Arquillian-managed WildFly needs before it starts: a fresh
 * database ({@link TestSite#databaseName()}) on the local or embedded server, a fresh Solr node and an SMTP server
 * (GreenMail) that catches the e-mails. Their
 * coordinates go into system properties that arquillian.xml passes to the server. The Solr node
 * lives in this JVM, so a test can stop and restart it ({@link #solr()}).
 */
public class IntegrationEnvironment implements BeforeAllCallback {

  private static final Logger LOG = Logger.getLogger(IntegrationEnvironment.class.getName());
  static final String APP_USER = "market_it";
  static final String APP_PASSWORD = "market-it";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(IntegrationEnvironment.class, key -> start(), Session.class);
  }

  private static Session start() {
    try {
      forgetLeftOverDeployments();
      LocalDatabase database =
          LocalDatabase.findOrStart(Path.of("target", "it-mariadb").toAbsolutePath(), 3307);
      String url = database.prepare(TestSite.databaseName(), APP_USER, APP_PASSWORD, true);
      System.setProperty("market.test.db.url", url);
      System.setProperty("market.test.db.user", APP_USER);
      System.setProperty("market.test.db.password", APP_PASSWORD);
      System.setProperty("market.test.port-offset", Integer.toString(TestSite.portOffset()));
      System.setProperty("market.test.management.port", Integer.toString(TestSite.managementPort()));
      System.setProperty("market.test.base-url", TestSite.base());
      Path solrHome = Path.of("target", "it-solr").toAbsolutePath();
      deleteRecursively(solrHome);
      SolrNode solr = new SolrNode(solrHome, freePort()).start();
      System.setProperty("market.test.solr.url", solr.coreUrl());
      GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      System.setProperty("market.test.smtp.port", Integer.toString(mail.getSmtp().getPort()));
      LOG.info("Integration tests use " + url + ", " + solr.coreUrl() + " and SMTP on port "
          + mail.getSmtp().getPort());
      return new Session(database, solr, mail);
    } catch (Exception e) {
      throw new IllegalStateException("No database for the integration tests", e);
    }
  }

  /**
   * The war is deployed once per run and undeployed at its end (testing.OneDeploymentPerRun); a
   * run that was killed left it in the server's configuration, where the server would deploy it
   * at start, against the new run's empty database, before the run could deploy its own.
   */
  private static void forgetLeftOverDeployments() throws java.io.IOException {
    String home = System.getProperty("jboss.home");
    if (home == null) {
      return;
    }
    Path config = Path.of(home, "standalone", "configuration", "standalone-microprofile.xml");
    if (java.nio.file.Files.isRegularFile(config)) {
      String xml = java.nio.file.Files.readString(config);
      String without = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
      if (!without.equals(xml)) {
        LOG.info("dropping deployments a killed run left in " + config);
        java.nio.file.Files.writeString(config, without);
      }
    }
  }

  private static Session session;

  /** The SMTP server that receives the marketplace's e-mails during this test run. */
  public static GreenMail mail() {
    return session.mail();
  }

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
  record Session(LocalDatabase database, SolrNode solr, GreenMail mail)
      implements ExtensionContext.Store.CloseableResource {
    Session {
      session = this;
    }

    @Override
    public void close() throws Exception {
      mail.stop();
      solr.close();
      database.close();
    }
  }
}
