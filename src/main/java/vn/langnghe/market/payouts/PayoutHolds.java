package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Holds a shop order's money while a return or dispute about it is open: its earnings in no
 * payout line count as on hold, not available, until released. Both join the caller's work.
 */
@ApplicationScoped
@Transactional
public class PayoutHolds {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Holds the part's money; holding it again keeps the first hold. */
  public void hold(long shopOrderId, String reason) {
    if (em.find(PayoutHold.class, shopOrderId) == null) {
      String why = reason == null || reason.isBlank() ? "held" : reason.strip();
      em.persist(new PayoutHold(shopOrderId, why.length() > 300 ? why.substring(0, 300) : why,
          clock.instant()));
      em.flush();
    }
  }

  /** Lets the part's money go on; nothing happens when it was not held. */
  public void release(long shopOrderId) {
    PayoutHold hold = em.find(PayoutHold.class, shopOrderId);
    if (hold != null) {
      em.remove(hold);
    }
  }
}
