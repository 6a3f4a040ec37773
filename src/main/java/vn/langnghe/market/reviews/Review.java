package vn.langnghe.market.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/** A buyer's review of one product of one shop order; its rules guard edits, the reply and hiding. */
@Entity
@Table(name = "review")
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  @Column(name = "order_number")
  private String orderNumber;

  private String sku;

  /** The title as sold (the order line's), for lists that name the product. */
  @Column(name = "product_title")
  private String productTitle;

  @Column(name = "author_account_id")
  private long authorAccountId;

  private int stars;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "reply_text")
  private String replyText;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "report_count")
  private int reportCount;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "hidden_by")
  private Long hiddenBy;

  @Version private long version;

  protected Review() {}

  Review(long productId, long shopId, long shopOrderId, String orderNumber, String sku,
      String productTitle, long authorAccountId, int stars, String body, Instant now) {
    this.productId = productId;
    this.shopId = shopId;
    this.shopOrderId = shopOrderId;
    this.orderNumber = orderNumber;
    this.sku = sku;
    this.productTitle = productTitle;
    this.authorAccountId = authorAccountId;
    this.stars = checkedStars(stars);
    this.body = body;
    this.createdAt = now;
  }

  static int checkedStars(int stars) {
    if (stars < 1 || stars > 5) {
      throw new Problems.InvalidInputException("stars", "must be between 1 and 5");
    }
    return stars;
  }

  /** The author's edit, within the window from the day it was written; answers the stars before. */
  int edit(long editor, int newStars, String newBody, Duration window, Instant now) {
    if (editor != authorAccountId) {
      throw new Problems.NotFoundException("Review " + id);
    }
    if (hidden()) {
      throw new Problems.ConflictException("This review was hidden by an officer and can no longer change.");
    }
    if (now.isAfter(createdAt.plus(window))) {
      throw new Problems.ConflictException("A review can be edited for " + window.toDays()
          + " days after it was written; this one can no longer change.");
    }
    int before = stars;
    stars = checkedStars(newStars);
    body = newBody;
    editedAt = now;
    return before;
  }

  /** The shop's one answer. */
  void reply(String text, Instant now) {
    if (repliedAt != null) {
      throw new Problems.ConflictException("The shop has already replied to this review.");
    }
    replyText = text;
    repliedAt = now;
  }

  void reported() {
    reportCount++;
  }

  /** Answers whether this call hid it (false when it already was hidden). */
  boolean hide(String reason, long officer, Instant now) {
    if (hidden()) {
      return false;
    }
    hiddenAt = now;
    hiddenReason = reason;
    hiddenBy = officer;
    return true;
  }

  boolean hidden() {
    return hiddenAt != null;
  }

  Instant editableUntil(Duration window) {
    return createdAt.plus(window);
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

  public long shopOrderId() {
    return shopOrderId;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String sku() {
    return sku;
  }

  public String productTitle() {
    return productTitle;
  }

  public long authorAccountId() {
    return authorAccountId;
  }

  public int stars() {
    return stars;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant editedAt() {
    return editedAt;
  }

  public String replyText() {
    return replyText;
  }

  public Instant repliedAt() {
    return repliedAt;
  }

  public int reportCount() {
    return reportCount;
  }

  public Instant hiddenAt() {
    return hiddenAt;
  }

  public String hiddenReason() {
    return hiddenReason;
  }
}
