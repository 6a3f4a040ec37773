package vn.langnghe.market.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Tells a database that cannot be reached (down, restarting, a Galera node leaving the cluster,
 * the pool unable to open a connection) or a pool with no connection free in time from a bug:
 * both are answered 503 with Retry-After, so that clients retry, and are not logged as an
 * unexpected error under an id.
 */
public final class DatabaseOutage extends ProblemException {

  /** How long a client should wait: a writer moving to another Galera node takes seconds. */
  static final int RETRY_AFTER_SECONDS = 5;
  /** During an outage every request fails alike: one log line per this long says so. */
  static final Duration LOG_EVERY = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
  private static final Throttle LOGGED = new Throttle(LOG_EVERY, System::nanoTime);

  /**
   * MySQL/MariaDB errors of a connection lost or refused: 1047 (a Galera node not ready for
   * statements), 1053 (server shutting down), 1927 (connection killed), 2002/2003 (cannot
   * connect), 2006 (server gone away), 2013 (lost connection during a query).
   */
  private static final Set<Integer> CONNECTION_ERRORS = Set.of(1047, 1053, 1927, 2002, 2003, 2006, 2013);

  /** Why the database could not serve the request. */
  enum Kind {
    UNREACHABLE("The marketplace cannot reach its database for a moment; please try again shortly."),
    BUSY("The marketplace is busy for a moment; please try again shortly.");

    final String detail;

    Kind(String detail) {
      this.detail = detail;
    }
  }

  private final Kind kind;

  public DatabaseOutage() {
    this(Kind.UNREACHABLE);
  }

  DatabaseOutage(Kind kind) {
    super(503, "Service unavailable", kind.detail);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** Whether the failure's chain of causes says the database could not serve the request. */
  public static boolean explains(Throwable failure) {
    return kindOf(failure) != null;
  }

  /** The outage {@code failure} was, or null when it was something else. */
  static DatabaseOutage of(Throwable failure) {
    Kind kind = kindOf(failure);
    return kind == null ? null : new DatabaseOutage(kind);
  }

  /** Logs the outage in one line, at most once per {@link #LOG_EVERY}, counting the rest. */
  static void log(Throwable failure) {
    long suppressed = LOGGED.admit();
    if (suppressed >= 0) {
      LOG.warning("The database cannot serve requests; answered 503" + (suppressed > 0
          ? " (and " + suppressed + " more like it since the last such line)" : "") + ": " + failure);
    }
  }

  private static Kind kindOf(Throwable failure) {
    Kind kind = null;
    boolean beneathDatabase = false;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      // WildFly's pool (IronJacamar): IJ000655 no connection free within the blocking timeout,
      // under IJ000453 "Unable to get managed connection", which also heads a failure to open one
      if (message.contains("IJ000655")) {
        return Kind.BUSY;
      }
      if (kind == null && (isConnectionError(t)
          // a socket refused counts only beneath the driver's error: Stripe's or Solr's is not ours
          || t instanceof ConnectException && beneathDatabase
          || message.contains("IJ000453") || message.contains("IJ031084"))) {
        kind = Kind.UNREACHABLE;
      }
      // EclipseLink's DatabaseException gives the driver's SQLException as its cause
      beneathDatabase |= t instanceof SQLException;
      if (t.getCause() == t) {
        break;
      }
    }
    return kind;
  }

  private static boolean isConnectionError(Throwable t) {
    if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException) {
      return true;
    }
    return t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
        || CONNECTION_ERRORS.contains(sql.getErrorCode()));
  }

  /** Lets one event through per interval and counts those held back meanwhile. */
  static final class Throttle {
    private final long intervalNanos;
    private final LongSupplier nanos;
    private final AtomicLong nextAt;
    private final AtomicLong heldBack = new AtomicLong();

    Throttle(Duration interval, LongSupplier nanos) {
      this.intervalNanos = interval.toNanos();
      this.nanos = nanos;
      this.nextAt = new AtomicLong(nanos.getAsLong());
    }

    /** -1 when this one is held back, else how many were held back since the last let through. */
    long admit() {
      long now = nanos.getAsLong();
      long due = nextAt.get();
      if (now - due < 0 || !nextAt.compareAndSet(due, now + intervalNanos)) {
        heldBack.incrementAndGet();
        return -1;
      }
      return heldBack.getAndSet(0);
    }
  }
}
