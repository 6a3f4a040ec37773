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

  public enum Status { PENDING, SUCCEEDED, EXPIRED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String reference;

  @Column(name = "gateway_ref")
  private String gatewayRef;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Version private long version;

  protected Payment() {}

  Payment(long orderId, PaymentMethod method, long amountVnd, String reference, Instant now,
      Instant expiresAt) {
    this.orderId = orderId;
    this.method = method;
    this.amountVnd = amountVnd;
    this.reference = reference;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Answers false when it had already succeeded: a repeated confirmation changes nothing. */
  boolean succeed(String gatewayRef, Instant now) {
    if (status == Status.SUCCEEDED) {
      return false;
    }
    this.status = Status.SUCCEEDED;
    this.gatewayRef = gatewayRef;
    this.settledAt = now;
    return true;
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
}
