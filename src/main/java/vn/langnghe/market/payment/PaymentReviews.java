package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.platform.Problems;

/** The review list: money a gateway reported that we did not accept as it came. */
@ApplicationScoped
@Transactional
public class PaymentReviews {

  /** What a person decided. */
  public enum Action { REFUND, NOTE }

  private static final int MAX_EVIDENCE = 2000;

  @PersistenceContext EntityManager em;
  @Inject PayableOrders orders;
  @Inject Clock clock;

  /** {@code evidence}: what the gateway or bank sent, as received (e.g. the transfer's text). */
  public record ReviewView(long id, PaymentMethod method, String paymentReference,
      Long expectedVnd, long receivedVnd, String reason, PaymentReview.Status status,
      Instant createdAt, String resolution, String evidence) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReviewView> list(PaymentReview.Status status) {
    return em.createQuery("select r from PaymentReview r where r.status = :status order by r.id", PaymentReview.class)
        .setParameter("status", status)
        .setMaxResults(500)
        .getResultList().stream()
        .map(this::view)
        .toList();
  }

  /**
   * Closes a review. REFUND sends what was received back through the gateway it came by; only
   * possible when we know the payment it came for.
   */
  public ReviewView resolve(long id, Action action, String note) {
    PaymentReview review = em.find(PaymentReview.class, id);
    if (review == null) {
      throw new Problems.NotFoundException("Payment review " + id);
    }
    if (review.paymentId() != null) {
      orders.lockForPayment(em.find(Payment.class, review.paymentId()).orderId());
    }
    em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(review);
    if (review.status() != PaymentReview.Status.OPEN) {
      throw new Problems.ConflictException("Payment review " + id + " is already resolved.");
    }
    Instant now = clock.instant();
    if (action == Action.REFUND) {
      if (review.paymentId() == null) {
        throw new Problems.RefusedException("action",
            "This money matches no payment, so there is nothing to refund it through; resolve it with a NOTE.");
      }
      String transaction = em.find(PaymentEvent.class, review.eventId()).gatewayRef();
      em.persist(Refund.ofTransaction(review.paymentId(), transaction, review.receivedVnd(),
          "review: " + note, now));
    }
    review.resolve(action + ": " + note, now);
    return view(review);
  }

  private ReviewView view(PaymentReview r) {
    String reference = r.paymentId() == null ? null : em.find(Payment.class, r.paymentId()).reference();
    String evidence = em.find(PaymentEvent.class, r.eventId()).payload();
    return new ReviewView(r.id(), r.method(), reference, r.expectedVnd(), r.receivedVnd(),
        r.reason(), r.status(), r.createdAt(), r.resolution(),
        evidence.length() > MAX_EVIDENCE ? evidence.substring(0, MAX_EVIDENCE) : evidence);
  }
}
