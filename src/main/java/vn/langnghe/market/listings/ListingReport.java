package vn.langnghe.market.listings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * One person's report of a listing. It stays OPEN until an officer decides: the listing was
 * taken down (ACTIONED) or the report needs no action (DISMISSED). Decided once.
 */
@Entity
@Table(name = "listing_report")
public class ListingReport {

  public enum Status {
    OPEN,
    ACTIONED,
    DISMISSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  /** Null for a visitor who was not signed in. */
  @Column(name = "reporter_account_id")
  private Long reporterAccountId;

  @Enumerated(EnumType.STRING)
  private ReportReason reason;

  private String text;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "takedown_id")
  private Long takedownId;

  protected ListingReport() {}

  ListingReport(long productId, long shopId, Long reporterAccountId, ReportReason reason,
      String text, Instant now) {
    this.productId = productId;
    this.shopId = shopId;
    this.reporterAccountId = reporterAccountId;
    this.reason = reason;
    this.text = text;
    this.status = Status.OPEN;
    this.reportedAt = now;
  }

  void actioned(Takedown takedown, long officerAccountId, Instant now) {
    decide(Status.ACTIONED, officerAccountId, takedown.reason(), now);
    this.takedownId = takedown.id();
  }

  void dismiss(long officerAccountId, String note, Instant now) {
    decide(Status.DISMISSED, officerAccountId, note, now);
  }

  private void decide(Status outcome, long officerAccountId, String note, Instant now) {
    if (status != Status.OPEN) {
      throw new Problems.ConflictException("The report " + id + " was already decided.");
    }
    this.status = outcome;
    this.decidedBy = officerAccountId;
    this.decisionNote = note;
    this.decidedAt = now;
  }

  /** How long the report waited: until its decision, or until now while it is open. */
  public Duration waited(Instant now) {
    return Duration.between(reportedAt, decidedAt == null ? now : decidedAt);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
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

  public Long reporterAccountId() {
    return reporterAccountId;
  }

  public ReportReason reason() {
    return reason;
  }

  public String text() {
    return text;
  }

  public Status status() {
    return status;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public Long takedownId() {
    return takedownId;
  }
}
