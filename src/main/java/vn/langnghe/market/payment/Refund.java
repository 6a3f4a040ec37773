package vn.langnghe.market.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Money owed back on a payment: the whole of it, or one shop's part of the order. */
@Entity
@Table(name = "refund")
public class Refund {

  /**
   * DUE until the refund runner takes it; SENDING while a request is out at the gateway (a
   * SENDING refund left by a crash is sent again, under the same request id); FAILED once the
   * attempts run out, for a person to finish.
   */
  public enum Status { DUE, SENDING, SUCCEEDED, FAILED }

  static final int MAX_ATTEMPTS = 6;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "payment_id")
  private long paymentId;

  @Column(name = "shop_order_id")
  private Long shopOrderId;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "gateway_ref")
  private String gatewayRef;

  /** The gateway's id of the money to give back, when it is not the payment's own (a review's). */
  @Column(name = "transaction_ref")
  private String transactionRef;

  @Column(name = "last_error")
  private String lastError;

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected Refund() {}

  Refund(long paymentId, Long shopOrderId, long amountVnd, String reason, Instant now) {
    this.paymentId = paymentId;
    this.shopOrderId = shopOrderId;
    this.amountVnd = amountVnd;
    this.reason = reason;
    this.status = Status.DUE;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * Gives back the whole of one gateway transaction on the payment: money held for review, which
   * may have come under another transaction than the one that paid the order.
   */
  static Refund ofTransaction(long paymentId, String transactionRef, long amountVnd, String reason,
      Instant now) {
    Refund refund = new Refund(paymentId, null, amountVnd, reason, now);
    refund.transactionRef = transactionRef;
    return refund;
  }

  /** A request is about to go out; if we crash before hearing back it is sent again later. */
  void sending(Instant now, java.time.Duration answerWithin) {
    status = Status.SENDING;
    attempts++;
    nextAttemptAt = now.plus(answerWithin);
  }

  void succeeded(String gatewayRef, Instant now) {
    status = Status.SUCCEEDED;
    this.gatewayRef = gatewayRef;
    this.settledAt = now;
    this.lastError = null;
  }

  /** Tries again later, waiting twice as long each time, until the attempts run out. */
  void failed(String error, boolean retryable, Instant now, java.time.Duration firstWait) {
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (retryable && attempts < MAX_ATTEMPTS) {
      status = Status.DUE;
      nextAttemptAt = now.plus(firstWait.multipliedBy(1L << (attempts - 1)));
    } else {
      status = Status.FAILED;
      settledAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long paymentId() {
    return paymentId;
  }

  public Long shopOrderId() {
    return shopOrderId;
  }

  public String reason() {
    return reason;
  }

  public String transactionRef() {
    return transactionRef;
  }

  public long amountVnd() {
    return amountVnd;
  }

  public Status status() {
    return status;
  }
}
