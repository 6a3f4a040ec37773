package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One ledger line in payouts' terms: its net for the shop, when its part was delivered, and the
 * payout line that took it. Lines take and release earnings with set-wise updates in
 * {@link PayoutRuns}, never one by one.
 */
@Entity
@Table(name = "payout_earning")
public class PayoutEarning {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ledger_entry_id")
  private long ledgerEntryId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  @Column(name = "net_vnd")
  private long netVnd;

  @Column(name = "entered_at")
  private Instant enteredAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "payout_line_id")
  private Long payoutLineId;

  protected PayoutEarning() {}

  PayoutEarning(long ledgerEntryId, long shopId, long shopOrderId, long netVnd, Instant enteredAt,
      Instant deliveredAt) {
    this.ledgerEntryId = ledgerEntryId;
    this.shopId = shopId;
    this.shopOrderId = shopOrderId;
    this.netVnd = netVnd;
    this.enteredAt = enteredAt;
    this.deliveredAt = deliveredAt;
  }

  public Long id() {
    return id;
  }

  public long shopId() {
    return shopId;
  }

  public long shopOrderId() {
    return shopOrderId;
  }

  public long netVnd() {
    return netVnd;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Long payoutLineId() {
    return payoutLineId;
  }
}
