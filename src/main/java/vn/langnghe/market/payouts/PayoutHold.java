package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shop order whose money waits for an open return or dispute; removed when that ends. */
@Entity
@Table(name = "payout_hold")
public class PayoutHold {

  @Id
  @Column(name = "shop_order_id")
  private long shopOrderId;

  private String reason;

  @Column(name = "held_at")
  private Instant heldAt;

  protected PayoutHold() {}

  PayoutHold(long shopOrderId, String reason, Instant heldAt) {
    this.shopOrderId = shopOrderId;
    this.reason = reason;
    this.heldAt = heldAt;
  }

  public long shopOrderId() {
    return shopOrderId;
  }

  public String reason() {
    return reason;
  }
}
