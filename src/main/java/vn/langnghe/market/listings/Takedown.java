package vn.langnghe.market.listings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * One time an officer took a listing down: why, the artisan's answer, and when an officer put it
 * back. A listing has at most one takedown in force (not lifted).
 */
@Entity
@Table(name = "listing_takedown")
public class Takedown {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "artisan_account_id")
  private long artisanAccountId;

  private String reason;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_by")
  private long hiddenBy;

  @Column(name = "appeal_text")
  private String appealText;

  @Column(name = "appealed_at")
  private Instant appealedAt;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  @Column(name = "lifted_by")
  private Long liftedBy;

  @Column(name = "lift_note")
  private String liftNote;

  @Version private long version;

  protected Takedown() {}

  Takedown(long productId, long shopId, long artisanAccountId, String reason, long officer,
      Instant now) {
    this.productId = productId;
    this.shopId = shopId;
    this.artisanAccountId = artisanAccountId;
    this.reason = reason;
    this.hiddenBy = officer;
    this.hiddenAt = now;
  }

  /** The artisan's answer; a later one replaces it while the takedown is in force. */
  void appeal(String text, Instant now) {
    requireInForce();
    this.appealText = text;
    this.appealedAt = now;
  }

  void lift(long officer, String note, Instant now) {
    requireInForce();
    this.liftedAt = now;
    this.liftedBy = officer;
    this.liftNote = note;
  }

  private void requireInForce() {
    if (liftedAt != null) {
      throw new Problems.ConflictException("The listing is no longer hidden.");
    }
  }

  public boolean inForce() {
    return liftedAt == null;
  }

  public Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public long shopId() {
    return shopId;
  }

  public long artisanAccountId() {
    return artisanAccountId;
  }

  public String reason() {
    return reason;
  }

  public Instant hiddenAt() {
    return hiddenAt;
  }

  public String appealText() {
    return appealText;
  }

  public Instant appealedAt() {
    return appealedAt;
  }

  public Instant liftedAt() {
    return liftedAt;
  }

  public String liftNote() {
    return liftNote;
  }
}
