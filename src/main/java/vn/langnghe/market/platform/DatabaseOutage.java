package vn.langnghe.market.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, a Galera node leaving the cluster,
 * the pool unable to open a connection) from a bug: the first is answered 503 with Retry-After,
 * so that clients retry, and is not logged as an unexpected error under an id.
 */
public final class DatabaseOutage extends ProblemException {

  /** How long a client should wait: a writer moving to another Galera node takes seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  /**
   * MySQL/MariaDB errors of a connection lost or refused: 1047 (a Galera node not ready for
   * statements), 1053 (server shutting down), 1927 (connection killed), 2002/2003 (cannot
   * connect), 2006 (server gone away), 2013 (lost connection during a query).
   */
  private static final Set<Integer> CONNECTION_ERRORS = Set.of(1047, 1053, 1927, 2002, 2003, 2006, 2013);

  public DatabaseOutage() {
    super(503, "Service unavailable",
        "The marketplace cannot reach its database for a moment; please try again shortly.");
  }

  /** Whether the failure's chain of causes says the database could not be reached. */
  public static boolean explains(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
          || CONNECTION_ERRORS.contains(sql.getErrorCode()))) {
        return true;
      }
      // WildFly's pool (IronJacamar) when it cannot open a connection: IJ000453 "Unable to get
      // managed connection", IJ031084 "Unable to create connection"
      String message = String.valueOf(t.getMessage());
      if (message.contains("IJ000453") || message.contains("IJ031084")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
