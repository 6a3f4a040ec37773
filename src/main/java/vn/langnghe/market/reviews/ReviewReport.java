package vn.langnghe.market.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's report that a review breaks the rules; one per account per review. */
@Entity
@Table(name = "review_report")
public class ReviewReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id")
  private long reviewId;

  @Column(name = "reporter_account_id")
  private long reporterAccountId;

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ReviewReport() {}

  ReviewReport(long reviewId, long reporterAccountId, String reason, Instant createdAt) {
    this.reviewId = reviewId;
    this.reporterAccountId = reporterAccountId;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
