package vn.langnghe.market.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must happen only once the caller's transaction has committed: a mail, a count. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Runs {@code work} after the current transaction commits; never if it rolls back. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          work.run();
        }
      }
    });
  }
}
