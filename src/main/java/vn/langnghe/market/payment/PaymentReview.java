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

/**
 * Money a gateway reported that we could not simply accept: another amount than the payment's,
 * or a transfer that matches no payment. It is never silently taken nor dropped; a person decides
 * (refund it, or accept it by hand).
 */
@Entity
@Table(name = "payment_review")
public class PaymentReview {

  public enum Status { OPEN, RESOLVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  @Column(name = "payment_id")
  private Long paymentId;

  @Column(name = "event_id")
  private long eventId;

  @Column(name = "expected_vnd")
  private Long expectedVnd;

  @Column(name = "received_vnd")
  private long receivedVnd;

  private String reason;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  private String resolution;

  protected PaymentReview() {}

  PaymentReview(PaymentMethod method, Long paymentId, long eventId, Long expectedVnd,
      long receivedVnd, String reason, Instant now) {
    this.method = method;
    this.paymentId = paymentId;
    this.eventId = eventId;
    this.expectedVnd = expectedVnd;
    this.receivedVnd = receivedVnd;
    this.reason = reason;
    this.status = Status.OPEN;
    this.createdAt = now;
  }

  void resolve(String resolution, Instant now) {
    this.status = Status.RESOLVED;
    this.resolution = resolution;
    this.resolvedAt = now;
  }

  public Long id() {
    return id;
  }

  public PaymentMethod method() {
    return method;
  }

  public Long paymentId() {
    return paymentId;
  }

  public long eventId() {
    return eventId;
  }

  public Long expectedVnd() {
    return expectedVnd;
  }

  public long receivedVnd() {
    return receivedVnd;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String resolution() {
    return resolution;
  }
}
