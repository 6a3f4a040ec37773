package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.langnghe.market.platform.Problems;

/** Opening, settling and closing payments; the refunds that are owed. */
@ApplicationScoped
@Transactional
public class Payments {

  private static final Logger LOG = Logger.getLogger(Payments.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PayableOrders orders;
  @Inject Clock clock;

  /** What a shopper (and the checkout answer) sees of a payment. */
  public record PaymentView(PaymentMethod method, Payment.Status status, String reference,
      long amountVnd, String redirectUrl, String qrPayload, Instant expiresAt) {
    static PaymentView of(Payment p) {
      return new PaymentView(p.method(), p.status(), p.reference(), p.amountVnd(), null, null,
          p.expiresAt());
    }
  }

  /** How a confirmation ended, for the gateway's answer. */
  public enum Settlement { PAID, ALREADY_PAID, REFUND_DUE }

  @Transactional(Transactional.TxType.MANDATORY)
  public PaymentView open(long orderId, String orderNumber, PaymentMethod method, long amountVnd,
      Instant expiresAt) {
    long attempts = em.createQuery("select count(p) from Payment p where p.orderId = :order", Long.class)
        .setParameter("order", orderId)
        .getSingleResult();
    Payment payment = new Payment(orderId, method, amountVnd, orderNumber + "-" + (attempts + 1),
        clock.instant(), expiresAt);
    em.persist(payment);
    return PaymentView.of(payment);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PaymentView> latestOf(long orderId) {
    return latest(orderId).map(PaymentView::of);
  }

  /**
   * The gateway says the payment under {@code reference} succeeded. It takes the order's lock
   * first, as expiry and cancellation do, so they happen one after the other, and a payment row
   * only ever changes under its order's lock; a repeat finds the payment settled and changes
   * nothing.
   */
  public Settlement confirm(String reference, long amountVnd, String gatewayRef) {
    long orderId = em.createQuery("select p.orderId from Payment p where p.reference = :ref", Long.class)
        .setParameter("ref", reference)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Payment " + reference));
    orders.lockForPayment(orderId);
    Payment payment = byReference(reference).orElseThrow();
    if (amountVnd != payment.amountVnd()) {
      throw new Problems.RefusedException("amountVnd",
          "The amount " + amountVnd + " does not match the payment's " + payment.amountVnd() + ".");
    }
    if (!payment.succeed(gatewayRef, clock.instant())) {
      return Settlement.ALREADY_PAID;
    }
    if (orders.settle(payment.orderId(), amountVnd)) {
      return Settlement.PAID;
    }
    // the order expired or was cancelled before the money came: it goes back in full
    LOG.warning("Payment " + reference + " arrived for a closed order; a refund is due.");
    em.persist(new Refund(payment.id(), null, payment.amountVnd(),
        "The payment arrived after the order had closed.", clock.instant()));
    return Settlement.REFUND_DUE;
  }

  /** The order closed unpaid (expired or cancelled): its pending payment closes with it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void orderClosedUnpaid(long orderId, boolean expired) {
    latest(orderId).ifPresent(p ->
        p.close(expired ? Payment.Status.EXPIRED : Payment.Status.CANCELLED, clock.instant()));
  }

  /** A paid order, or one shop's part of it, was cancelled: its money is owed back. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refundDue(long orderId, Long shopOrderId, long amountVnd, String reason) {
    Payment paid = em.createQuery(
            "select p from Payment p where p.orderId = :order and p.status = :succeeded", Payment.class)
        .setParameter("order", orderId)
        .setParameter("succeeded", Payment.Status.SUCCEEDED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no successful payment"));
    em.persist(new Refund(paid.id(), shopOrderId, amountVnd, reason, clock.instant()));
  }

  /** What is owed back on an order's payments, in VND. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long refundsDueVnd(long orderId) {
    Long sum = em.createQuery("select sum(r.amountVnd) from Refund r, Payment p"
            + " where r.paymentId = p.id and p.orderId = :order", Long.class)
        .setParameter("order", orderId)
        .getSingleResult();
    return sum == null ? 0 : sum;
  }

  private Optional<Payment> latest(long orderId) {
    List<Payment> payments = em.createQuery(
            "select p from Payment p where p.orderId = :order order by p.id desc", Payment.class)
        .setParameter("order", orderId)
        .setMaxResults(1)
        .getResultList();
    return payments.stream().findFirst();
  }

  private Optional<Payment> byReference(String reference) {
    return em.createQuery("select p from Payment p where p.reference = :ref", Payment.class)
        .setParameter("ref", reference)
        .getResultStream()
        .findFirst();
  }
}
