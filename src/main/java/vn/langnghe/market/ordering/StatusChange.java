package vn.langnghe.market.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who moved an order (or one shop's part) from what to what, why. */
@Entity
@Table(name = "order_status_change")
public class StatusChange {

  /** Who acted: the buyer, the shop, the payment (gateway) or the system (expiry). */
  public enum Actor { SHOPPER, SHOP, PAYMENT, CARRIER, SYSTEM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Column(name = "shop_order_id")
  private Long shopOrderId;

  @Column(name = "from_status")
  private String fromStatus;

  @Column(name = "to_status")
  private String toStatus;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "actor_role")
  private String actorRole;

  private String reason;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected StatusChange() {}

  StatusChange(long orderId, Long shopOrderId, String from, String to, Actor actor,
      Long actorAccountId, String reason, Instant at) {
    this.orderId = orderId;
    this.shopOrderId = shopOrderId;
    this.fromStatus = from;
    this.toStatus = to;
    this.actorRole = actor.name();
    this.actorAccountId = actorAccountId;
    this.reason = reason;
    this.changedAt = at;
  }

  public Long id() {
    return id;
  }

  public long orderId() {
    return orderId;
  }

  public Long shopOrderId() {
    return shopOrderId;
  }

  public String fromStatus() {
    return fromStatus;
  }

  public String toStatus() {
    return toStatus;
  }

  public String actorRole() {
    return actorRole;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
