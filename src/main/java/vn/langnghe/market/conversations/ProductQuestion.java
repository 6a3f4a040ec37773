package vn.langnghe.market.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/** A question about a product; public once the product's shop has answered it (once). */
@Entity
@Table(name = "product_question")
public class ProductQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "product_title")
  private String productTitle;

  @Column(name = "product_slug")
  private String productSlug;

  @Column(name = "asker_account_id")
  private long askerAccountId;

  private String question;

  @Column(name = "asked_at")
  private Instant askedAt;

  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answerer_account_id")
  private Long answererAccountId;

  @Version private long version;

  protected ProductQuestion() {}

  ProductQuestion(long productId, long shopId, String productTitle, String productSlug,
      long askerAccountId, String question, Instant now) {
    this.productId = productId;
    this.shopId = shopId;
    this.productTitle = productTitle;
    this.productSlug = productSlug;
    this.askerAccountId = askerAccountId;
    this.question = question;
    this.askedAt = now;
  }

  /** The shop answers once; a second answer is a conflict, not an edit. */
  void answer(long artisanAccountId, String text, Instant now) {
    if (answered()) {
      throw new Problems.ConflictException("answer", "This question is already answered");
    }
    this.answer = text;
    this.answeredAt = now;
    this.answererAccountId = artisanAccountId;
  }

  public boolean answered() {
    return answeredAt != null;
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

  public String productTitle() {
    return productTitle;
  }

  public String productSlug() {
    return productSlug;
  }

  public long askerAccountId() {
    return askerAccountId;
  }

  public String question() {
    return question;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public String answer() {
    return answer;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
