package vn.langnghe.market.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of the thread between a shop order's buyer and its shop; never edited. */
@Entity
@Table(name = "order_message")
public class OrderMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "buyer_account_id")
  private long buyerAccountId;

  @Column(name = "author_account_id")
  private long authorAccountId;

  @Column(name = "from_shop")
  private boolean fromShop;

  private String body;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OrderMessage() {}

  OrderMessage(long shopOrderId, long shopId, long buyerAccountId, long authorAccountId,
      boolean fromShop, String body, Instant now) {
    this.shopOrderId = shopOrderId;
    this.shopId = shopId;
    this.buyerAccountId = buyerAccountId;
    this.authorAccountId = authorAccountId;
    this.fromShop = fromShop;
    this.body = body;
    this.sentAt = now;
  }

  public Long id() {
    return id;
  }

  public long shopOrderId() {
    return shopOrderId;
  }

  public long buyerAccountId() {
    return buyerAccountId;
  }

  public boolean fromShop() {
    return fromShop;
  }

  public String body() {
    return body;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
