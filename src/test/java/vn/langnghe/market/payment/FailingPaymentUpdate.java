package vn.langnghe.market.payment;

import java.util.concurrent.atomic.AtomicInteger;
import vn.langnghe.market.testing.TestDatabase;

/**
 * A delivery that fails half-way, made in the database rather than in the product: while open, a
 * trigger refuses to settle one payment, so the transaction that applies its event rolls back
 * after the event was stored. Only that payment's row is affected.
 */
final class FailingPaymentUpdate implements AutoCloseable {

  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private final String trigger = "it_failing_payment_" + ProcessHandle.current().pid() + "_"
      + NUMBERS.incrementAndGet();

  FailingPaymentUpdate(String reference) {
    if (!reference.matches("[A-Z0-9-]+")) {
      throw new IllegalArgumentException(reference);
    }
    TestDatabase.update("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON payment FOR EACH ROW"
        + " IF NEW.reference = '" + reference + "' AND NEW.status <> OLD.status THEN"
        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'integration test: this delivery fails half-way';"
        + " END IF");
  }

  @Override
  public void close() {
    TestDatabase.update("DROP TRIGGER IF EXISTS " + trigger);
  }
}
