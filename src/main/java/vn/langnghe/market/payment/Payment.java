package vn.langnghe.market.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One attempt to pay an order, under a reference that the gateway echoes back. */
@Entity
@Table(name = "payment")
public class Payment {

  /**
   * FAILED: the gateway ended this attempt without money (the order may be paid by a new one).
   * REVIEW: held by a mismatched amount; only rows written before a mismatch stopped touching
   * the attempt have it (a mismatch now goes to {@link PaymentReview} alone), and such an attempt
   * can still be paid.
   */
  public enum Status { PENDING, SUCCEEDED, FAILED, REVIEW, EXPIRED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Column(name = "paid_vnd")
  private Long paidVnd;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String reference;

  @Column(name = "shopper_ip")
  private String shopperIp;

  @Column(name = "gateway_ref")
  private String gatewayRef;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Version private long version;

  protected Payment() {}

  Payment(long orderId, PaymentMethod method, long amountVnd, String reference, String shopperIp,
      Instant now, Instant expiresAt) {
    this.orderId = orderId;
    this.shopperIp = shopperIp;
    this.method = method;
    this.amountVnd = amountVnd;
    this.reference = reference;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /**
   * The money arrived. Answers false when it had already succeeded: a repeated confirmation
   * changes nothing. An attempt that had expired, failed or been cancelled can still
   * succeed: the gateway took the money, so we must account for it.
   */
  boolean succeed(long paidVnd, String gatewayRef, Instant now) {
    if (isSettled()) {
      return false;
    }
    this.status = Status.SUCCEEDED;
    this.paidVnd = paidVnd;
    this.gatewayRef = gatewayRef;
    this.settledAt = now;
    return true;
  }

  /** The gateway ended the attempt without money; only a pending attempt can fail. */
  boolean fail(Instant now) {
    if (status != Status.PENDING) {
      return false;
    }
    this.status = Status.FAILED;
    this.settledAt = now;
    return true;
  }

  /**
   * The gateway's id for this attempt, learnt before anything is paid (a Stripe PaymentIntent),
   * so that reconciliation can ask about it. Only a pending attempt takes one: a settled attempt
   * keeps the id its money came under.
   */
  void identify(String gatewayRef) {
    if (status == Status.PENDING) {
      this.gatewayRef = gatewayRef;
    }
  }

  /** Its money has arrived and been accepted: no later callback changes it. */
  public boolean isSettled() {
    return status == Status.SUCCEEDED;
  }

  /** The gateway's side of this attempt, as reconciliation and refunds name it. */
  public PaymentGateway.Attempt attempt(String orderNumber) {
    return new PaymentGateway.Attempt(reference, orderNumber, amountVnd, createdAt, expiresAt,
        gatewayRef);
  }

  /** The order closed unpaid: this attempt can no longer pay it. */
  void close(Status closing, Instant now) {
    if (status == Status.PENDING) {
      status = closing;
      settledAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long orderId() {
    return orderId;
  }

  public PaymentMethod method() {
    return method;
  }

  public long amountVnd() {
    return amountVnd;
  }

  public Status status() {
    return status;
  }

  public String reference() {
    return reference;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The reference is the order number, a dash and the attempt's number. */
  public String orderNumber() {
    return reference.substring(0, reference.lastIndexOf('-'));
  }

  /** What arrived: the amount due, unless a mismatch sent it to review. */
  public long paidVnd() {
    return paidVnd == null ? amountVnd : paidVnd;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String gatewayRef() {
    return gatewayRef;
  }

  public String shopperIp() {
    return shopperIp;
  }
}
