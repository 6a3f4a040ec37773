package vn.langnghe.market.devenv;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares, once per test run, what the Arquillian-managed WildFly needs before it starts: a fresh
 * database {@code market_it} on the local or embedded server. Its coordinates go into system
 * properties that arquillian.xml passes to the server.
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
      LOG.info("Integration tests use " + url);
      return new Session(database);
    } catch (Exception e) {
      throw new IllegalStateException("No database for the integration tests", e);
    }
  }

  /** Stops an embedded database when the whole run ends. */
  record Session(LocalDatabase database) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      database.close();
    }
  }
}
