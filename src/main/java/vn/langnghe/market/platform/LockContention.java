package vn.langnghe.market.platform;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transactional use case again when the database chose it as a deadlock victim or it
 * waited too long for a row lock. InnoDB rolls such a transaction back whole, so running it again
 * is safe; callers use this outside any transaction, around one boundary call.
 */
public final class LockContention {

  private static final Logger LOG = Logger.getLogger(LockContention.class.getName());
  static final int ATTEMPTS = 5;

  private LockContention() {}

  public static <T> T retried(Supplier<T> useCase) {
    return retried(useCase, failure -> false);
  }

  /**
   * The same, and also when the database refused the use case for a reason it knows will not
   * repeat on the next run ({@code worthAnotherRun}), such as a freshly drawn random key that
   * happened to be taken.
   */
  public static <T> T retried(Supplier<T> useCase, Predicate<SQLException> worthAnotherRun) {
    for (int attempt = 1; ; attempt++) {
      try {
        return useCase.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !(isTransient(e) || causedBy(e, worthAnotherRun))) {
          throw e;
        }
        int failed = attempt;
        LOG.fine(() -> "Running again after attempt " + failed + ": " + e);
        pause(attempt);
      }
    }
  }

  /** Deadlock (SQLState 40001, MySQL error 1213) or lock wait timeout (1205). */
  static boolean isTransient(Throwable failure) {
    return causedBy(failure, sql -> "40001".equals(sql.getSQLState())
        || sql.getErrorCode() == 1213
        || sql.getErrorCode() == 1205);
  }

  /** Whether a database error in the failure's chain of causes matches. */
  public static boolean causedBy(Throwable failure, Predicate<SQLException> match) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && match.test(sql)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
