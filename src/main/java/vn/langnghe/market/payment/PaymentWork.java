package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background work on payments, claimed in short transactions with {@code FOR UPDATE SKIP
 * LOCKED} so that several nodes share it without doing anything twice; the calls to the gateway
 * happen between those transactions, never inside one.
 */
@ApplicationScoped
@Transactional
public class PaymentWork {

  /** How long a refund request may be out before it is sent again (same request id). */
  static final Duration REFUND_ANSWER_WITHIN = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject PayableOrders orders;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.payments.refund-retry-after")
  Duration refundRetryAfter;

  /** A payment attempt to ask its gateway about. */
  public record Check(PaymentMethod method, PaymentGateway.Attempt attempt) {}

  /** A refund to carry out at the payment's gateway. */
  public record Send(PaymentMethod method, PaymentGateway.RefundOrder refund) {}

  /**
   * Attempts that stayed pending longer than {@code pendingFor}, and attempts closed unpaid in
   * the last day that were never asked about (their money may have come without an IPN). Each is
   * marked as checked now, so it is not asked about again before {@code recheckAfter}.
   */
  public List<Check> claimForCheck(Duration pendingFor, Duration recheckAfter, int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery("SELECT id FROM payment"
            + " WHERE ((status = 'PENDING' AND created_at <= ?1 AND (checked_at IS NULL OR checked_at <= ?2))"
            + "    OR (status IN ('EXPIRED', 'CANCELLED') AND checked_at IS NULL AND settled_at >= ?3))"
            + " ORDER BY id LIMIT ?4 FOR UPDATE SKIP LOCKED")
        .setParameter(1, Timestamp.from(now.minus(pendingFor)))
        .setParameter(2, Timestamp.from(now.minus(recheckAfter)))
        .setParameter(3, Timestamp.from(now.minus(Duration.ofDays(1))))
        .setParameter(4, limit)
        .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    // a plain UPDATE: checking leaves the payment's version alone, so it never collides with a
    // callback settling the same payment
    em.createQuery("update Payment p set p.checkedAt = :now where p.id in :ids")
        .setParameter("now", now)
        .setParameter("ids", claimed)
        .executeUpdate();
    return em.createQuery("select p from Payment p where p.id in :ids order by p.id", Payment.class)
        .setParameter("ids", claimed)
        .getResultList().stream()
        .map(p -> new Check(p.method(), p.attempt(p.orderNumber())))
        .toList();
  }

  /** Refunds due now (and requests left unanswered by a crash), marked as being sent. */
  public List<Send> claimRefunds(int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery("SELECT id FROM refund"
            + " WHERE status IN ('DUE', 'SENDING') AND next_attempt_at <= ?1"
            + " ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, limit)
        .getResultList();
    return ids.stream().map(id -> {
      Refund refund = em.find(Refund.class, id.longValue());
      refund.sending(now, REFUND_ANSWER_WITHIN);
      Payment paid = em.find(Payment.class, refund.paymentId());
      long refundsOnPayment = em.createQuery(
              "select count(r) from Refund r where r.paymentId = :payment", Long.class)
          .setParameter("payment", paid.id())
          .getSingleResult();
      PaymentGateway.Attempt attempt = paid.attempt(paid.orderNumber());
      boolean full = refundsOnPayment == 1 && refund.amountVnd() == paid.paidVnd();
      if (refund.transactionRef() != null) {
        // money held for review goes back whole, under the transaction it came by
        attempt = new PaymentGateway.Attempt(attempt.reference(), attempt.orderNumber(),
            attempt.amountVnd(), attempt.createdAt(), attempt.expiresAt(), refund.transactionRef());
        full = true;
      }
      return new Send(paid.method(), new PaymentGateway.RefundOrder(refund.id(), attempt,
          refund.amountVnd(), full, refund.reason()));
    }).toList();
  }

  /**
   * The gateway's answer to a refund request. Under the order's lock, like every change to its
   * money; when nothing is owed back any more, the order hears of it (a cancelled order becomes
   * refunded).
   */
  public void refundAnswered(long refundId, PaymentGateway.RefundReport report) {
    Refund refund = em.find(Refund.class, refundId);
    long orderId = em.find(Payment.class, refund.paymentId()).orderId();
    orders.lockForPayment(orderId);
    em.refresh(refund);
    if (refund.status() != Refund.Status.SENDING) {
      return;
    }
    Instant now = clock.instant();
    if (report.succeeded()) {
      refund.succeeded(report.gatewayRef(), now);
      em.flush();
      long outstanding = em.createQuery("select count(r) from Refund r, Payment p"
              + " where r.paymentId = p.id and p.orderId = :order and r.status <> :done", Long.class)
          .setParameter("order", orderId)
          .setParameter("done", Refund.Status.SUCCEEDED)
          .getSingleResult();
      if (outstanding == 0) {
        orders.refunded(orderId);
      }
    } else {
      refund.failed(report.message(), report.retryable(), now, refundRetryAfter);
    }
  }
}
