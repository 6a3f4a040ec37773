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
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import vn.langnghe.market.platform.Problems;

/**
 * Opening payment attempts and settling them on the gateway's word; the refunds that are owed.
 * Every change to a payment happens under its order's row lock, the lock that expiry and
 * cancellation take too, so they happen one after the other.
 */
@ApplicationScoped
@Transactional
public class Payments {

  private static final Logger LOG = Logger.getLogger(Payments.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PayableOrders orders;
  @Inject Gateways gateways;
  @Inject PaymentMeters meters;
  @Inject Clock clock;

  /** What a shopper (and the checkout answer) sees of a payment. */
  public record PaymentView(PaymentMethod method, Payment.Status status, String reference,
      long amountVnd, String redirectUrl, String qrPayload, Instant expiresAt) {}

  /** A pending attempt as a gateway's own pay page needs it. */
  public record OpenAttempt(String reference, String orderNumber, long amountVnd,
      Instant expiresAt, String gatewayRef) {}

  /** How the sandbox's confirmation ended. */
  public enum Settlement { PAID, ALREADY_PAID, REFUND_DUE }

  /** The first attempt of an order just placed: its reference is the order number + "-1". */
  @Transactional(Transactional.TxType.MANDATORY)
  public PaymentView open(long orderId, String orderNumber, PaymentMethod method, long amountVnd,
      Instant expiresAt, String shopperIp) {
    return attempt(orderId, orderNumber, 1, method, amountVnd, expiresAt, shopperIp);
  }

  /**
   * A new attempt for a pending order (the shopper gave up on the first, or wants another
   * method). The earlier attempt is closed; should its money still arrive, it is accounted for
   * like any payment: it pays the order, or is refunded if another attempt already did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PaymentView reopen(long orderId, String orderNumber, PaymentMethod method,
      long amountVnd, Instant expiresAt, String shopperIp) {
    latest(orderId).ifPresent(p -> p.close(Payment.Status.CANCELLED, clock.instant()));
    long attempts = em.createQuery("select count(p) from Payment p where p.orderId = :order", Long.class)
        .setParameter("order", orderId)
        .getSingleResult();
    return attempt(orderId, orderNumber, attempts + 1, method, amountVnd, expiresAt, shopperIp);
  }

  private PaymentView attempt(long orderId, String orderNumber, long number, PaymentMethod method,
      long amountVnd, Instant expiresAt, String shopperIp) {
    Payment payment = new Payment(orderId, method, amountVnd, orderNumber + "-" + number,
        shopperIp, clock.instant(), expiresAt);
    em.persist(payment);
    return view(payment, orderNumber);
  }

  /**
   * The buyer's pending attempt of this method, still within its time, to pay on the gateway's
   * page. Someone else's attempt, or another method's, is "not found"; one that is settled,
   * closed or overdue is a conflict (a new attempt starts from the order).
   */
  public OpenAttempt payable(String reference, PaymentMethod method, long buyerAccountId) {
    Payment payment = byReference(reference)
        .filter(p -> p.method() == method && orders.boughtBy(p.orderId(), buyerAccountId))
        .orElseThrow(() -> new Problems.NotFoundException("Payment " + reference));
    if (payment.status() != Payment.Status.PENDING
        || (payment.expiresAt() != null && !clock.instant().isBefore(payment.expiresAt()))) {
      throw new Problems.ConflictException("Payment " + reference + " is no longer awaiting payment.");
    }
    return new OpenAttempt(payment.reference(), payment.orderNumber(), payment.amountVnd(),
        payment.expiresAt(), payment.gatewayRef());
  }

  /**
   * The gateway has opened its side of a pending attempt under this id; kept so that
   * reconciliation can ask about it. Under the order's lock, like every change to a payment.
   */
  public void identified(String reference, String gatewayRef) {
    long orderId = orderOf(reference, null)
        .orElseThrow(() -> new Problems.NotFoundException("Payment " + reference));
    orders.lockForPayment(orderId);
    byReference(reference).orElseThrow().identify(gatewayRef);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PaymentView> latestOf(long orderId, String orderNumber) {
    return latest(orderId).map(p -> view(p, orderNumber));
  }

  /** What came of applying an event; {@code earlier} when another delivery had applied it. */
  public record Applied(PaymentEvent.Result result, boolean earlier) {}

  /**
   * Acts on a verified callback (or status answer) that {@link PaymentEvents} has stored. The
   * event's row lock comes first: however many deliveries, retries and sweeps of one event run
   * at once, one applies it and the others find its result.
   */
  public Applied apply(PaymentMethod method, long eventId, PaymentGateway.Check check) {
    PaymentEvent event = em.find(PaymentEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event.result() != null) {
      return new Applied(event.result(), true);
    }
    PaymentEvent.Result result = decide(method, eventId, check);
    event.handled(result, clock.instant());
    return new Applied(result, false);
  }

  /**
   * Money is never dropped: it pays the order, is owed back (the order no longer needs it), or
   * waits for a person (another amount, a second payment, no payment to match). A callback we do
   * not accept as it came changes neither the order nor the attempt.
   */
  private PaymentEvent.Result decide(PaymentMethod method, long eventId, PaymentGateway.Check check) {
    if (check.outcome() == PaymentGateway.Outcome.IGNORED) {
      return PaymentEvent.Result.IGNORED;
    }
    Optional<Long> orderId = orderOf(check.reference(), method);
    if (orderId.isEmpty()) {
      if (check.outcome() == PaymentGateway.Outcome.PAID && check.amountVnd() != null) {
        // real money under a reference we do not know: someone must find whose it is
        return heldForReview(PaymentEvent.Result.UNMATCHED, method, null, eventId, null, check,
            check.reference() == null
                ? "Money arrived that names no payment (no recognisable reference or memo)."
                : "Money arrived under a reference that matches no payment: " + check.reference());
      }
      return PaymentEvent.Result.NOT_FOUND;
    }
    orders.lockForPayment(orderId.get());
    Payment payment = byReference(check.reference()).orElseThrow();
    Instant now = clock.instant();
    if (check.outcome() == PaymentGateway.Outcome.FAILED) {
      if (payment.isSettled()) {
        return PaymentEvent.Result.ALREADY_SETTLED;
      }
      payment.fail(now);
      return PaymentEvent.Result.ATTEMPT_FAILED;
    }
    long paid = check.amountVnd();
    boolean sameTransaction = Objects.equals(check.gatewayRef(), payment.gatewayRef());
    if (payment.isSettled() && !sameTransaction) {
      LOG.warning("A second payment of " + paid + " VND for the settled payment " + payment.reference()
          + " is held for review.");
      return heldForReview(PaymentEvent.Result.SURPLUS, method, payment, eventId, 0L, check,
          "A second payment for an already settled payment (settled by transaction "
              + payment.gatewayRef() + "): transaction " + check.gatewayRef()
              + "; the order needed nothing more.");
    }
    long due = payment.isSettled() ? payment.paidVnd() : payment.amountVnd();
    if (paid != due) {
      LOG.warning("Payment " + payment.reference() + " of " + paid + " VND held for review; "
          + due + " VND was due.");
      return heldForReview(PaymentEvent.Result.REVIEW, method, payment, eventId, due, check,
          (paid < due ? "Paid less" : "Paid more") + " than the order's total (transaction "
              + check.gatewayRef() + ").");
    }
    if (payment.isSettled()) {
      return PaymentEvent.Result.ALREADY_SETTLED;
    }
    return settle(payment, check.gatewayRef(), now) == Settlement.PAID
        ? PaymentEvent.Result.PAID : PaymentEvent.Result.REFUND_DUE;
  }

  /**
   * A review row for money we did not accept as it came, unless the same transaction with the
   * same amount is already held (VNPay sends a refused IPN again, each time as a new event).
   */
  private PaymentEvent.Result heldForReview(PaymentEvent.Result result, PaymentMethod method,
      Payment payment, long eventId, Long expectedVnd, PaymentGateway.Check check, String reason) {
    boolean held = check.gatewayRef() != null && em.createQuery("select count(e) from PaymentEvent e"
            + " where e.method = :method and e.gatewayRef = :ref and e.amountVnd = :amount"
            + " and e.result in :held and e.id <> :self", Long.class)
        .setParameter("method", method)
        .setParameter("ref", check.gatewayRef())
        .setParameter("amount", check.amountVnd())
        .setParameter("held", List.of(PaymentEvent.Result.REVIEW, PaymentEvent.Result.SURPLUS,
            PaymentEvent.Result.UNMATCHED))
        .setParameter("self", eventId)
        .getSingleResult() > 0;
    if (!held) {
      em.persist(new PaymentReview(method, payment == null ? null : payment.id(), eventId,
          expectedVnd, check.amountVnd(), reason, clock.instant()));
    }
    return result;
  }

  /**
   * The sandbox's "paid" button, without any gateway in between: for the demo run and tests that
   * are not about the gateways themselves.
   */
  public Settlement confirm(String reference, long amountVnd, String gatewayRef) {
    long orderId = orderOf(reference, null)
        .orElseThrow(() -> new Problems.NotFoundException("Payment " + reference));
    orders.lockForPayment(orderId);
    Payment payment = byReference(reference).orElseThrow();
    if (amountVnd != payment.amountVnd()) {
      throw new Problems.RefusedException("amountVnd",
          "The amount " + amountVnd + " does not match the payment's " + payment.amountVnd() + ".");
    }
    if (payment.isSettled()) {
      return Settlement.ALREADY_PAID;
    }
    return settle(payment, gatewayRef, clock.instant());
  }

  private Settlement settle(Payment payment, String gatewayRef, Instant now) {
    payment.succeed(payment.amountVnd(), gatewayRef, now);
    if (orders.settle(payment.orderId(), payment.amountVnd())) {
      meters.settled(payment.method());
      return Settlement.PAID;
    }
    // the order expired, was cancelled or was paid by another attempt: this money goes back
    LOG.warning("Payment " + payment.reference() + " arrived for an order that no longer needs it; a refund is due.");
    em.persist(new Refund(payment.id(), null, payment.amountVnd(),
        "The payment arrived after the order had closed or been paid.", now));
    return Settlement.REFUND_DUE;
  }

  /** The order closed unpaid (expired or cancelled): its pending payment closes with it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void orderClosedUnpaid(long orderId, boolean expired) {
    latest(orderId).ifPresent(p ->
        p.close(expired ? Payment.Status.EXPIRED : Payment.Status.CANCELLED, clock.instant()));
  }

  /**
   * A paid order, or one shop's part of it, was cancelled or partly returned: this money is owed
   * back (less than the payment: a partial refund at the gateway). Answers the refund's id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long refundDue(long orderId, Long shopOrderId, long amountVnd, String reason) {
    Payment paid = em.createQuery(
            // the first to settle is the one that paid the order; a later one was refunded whole
            "select p from Payment p where p.orderId = :order and p.status = :succeeded"
                + " order by p.settledAt, p.id", Payment.class)
        .setParameter("order", orderId)
        .setParameter("succeeded", Payment.Status.SUCCEEDED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no successful payment"));
    Refund refund = new Refund(paid.id(), shopOrderId, amountVnd, reason, clock.instant());
    em.persist(refund);
    em.flush();
    return refund.id();
  }

  /** Where a refund stands (DUE, SENDING, SUCCEEDED, FAILED); empty for an unknown id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> refundStatus(long refundId) {
    return Optional.ofNullable(em.find(Refund.class, refundId)).map(r -> r.status().name());
  }

  /** What is owed back on an order's payments, in VND, carried out or not. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long refundsDueVnd(long orderId) {
    Long sum = em.createQuery("select sum(r.amountVnd) from Refund r, Payment p"
            + " where r.paymentId = p.id and p.orderId = :order", Long.class)
        .setParameter("order", orderId)
        .getSingleResult();
    return sum == null ? 0 : sum;
  }

  /** A pending attempt with the way to pay it; a settled one as it stands. */
  private PaymentView view(Payment p, String orderNumber) {
    PaymentGateway.Step step = p.status() == Payment.Status.PENDING
        ? gateways.of(p.method()).map(g -> g.start(new PaymentGateway.Start(p.reference(),
            orderNumber, p.amountVnd(), p.createdAt(), p.expiresAt(), p.shopperIp()))).orElse(null)
        : null;
    return new PaymentView(p.method(), p.status(), p.reference(), p.amountVnd(),
        step == null ? null : step.redirectUrl(), step == null ? null : step.qrPayload(),
        p.expiresAt());
  }

  private Optional<Long> orderOf(String reference, PaymentMethod method) {
    if (reference == null) {
      return Optional.empty();
    }
    return em.createQuery("select p.orderId, p.method from Payment p where p.reference = :ref", Object[].class)
        .setParameter("ref", reference)
        .getResultStream()
        .filter(row -> method == null || row[1] == method)
        .map(row -> (Long) row[0])
        .findFirst();
  }

  private Optional<Payment> latest(long orderId) {
    List<Payment> payments = em.createQuery(
            "select p from Payment p where p.orderId = :order order by p.id desc", Payment.class)
        .setParameter("order", orderId)
        .setMaxResults(1)
        .getResultList();
    return payments.stream().findFirst();
  }

  Optional<Payment> byReference(String reference) {
    return em.createQuery("select p from Payment p where p.reference = :ref", Payment.class)
        .setParameter("ref", reference)
        .getResultStream()
        .findFirst();
  }
}
