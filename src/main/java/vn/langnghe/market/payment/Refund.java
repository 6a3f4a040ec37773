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

  /** DUE until a gateway adapter carries it out. */
  public enum Status { DUE, SUCCEEDED, FAILED }

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

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Refund() {}

  Refund(long paymentId, Long shopOrderId, long amountVnd, String reason, Instant now) {
    this.paymentId = paymentId;
    this.shopOrderId = shopOrderId;
    this.amountVnd = amountVnd;
    this.reason = reason;
    this.status = Status.DUE;
    this.createdAt = now;
  }

  public long amountVnd() {
    return amountVnd;
  }

  public Status status() {
    return status;
  }
}
