package vn.langnghe.market.testing;

/**
 * Where the integration tests' WildFly answers. {@code market.it.port-offset} (failsafe passes
 * Maven's {@code it.port.offset}, default 0) moves every WildFly port, and the test database's
 * name with it, so two checkouts can run their integration tests side by side.
 */
public final class TestSite {

  private TestSite() {}

  public static int portOffset() {
    return Integer.getInteger("market.it.port-offset", 0);
  }

  public static int httpPort() {
    return 8080 + portOffset();
  }

  public static int managementPort() {
    return 9990 + portOffset();
  }

  /** The marketplace's base URL, without a trailing slash: {@code http://localhost:8080}. */
  public static String base() {
    return "http://localhost:" + httpPort();
  }

  /** The test database: {@code market_it}, with the offset appended when there is one. */
  public static String databaseName() {
    return portOffset() == 0 ? "market_it" : "market_it_" + portOffset();
  }
}
