package vn.langnghe.market.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A carrier's remittance of cash it collected, as received (from its webhook or a line of an
 * uploaded statement), and what came of it. Money that did not match what was due stays OPEN for
 * a person, like a payment review: it is never silently kept nor dropped.
 */
@Entity
@Table(name = "cod_remittance")
public class CodRemittance {

  /**
   * SETTLED: it settled its shop order; ALREADY_SETTLED: that part was settled by an earlier
   * remittance of the same amount; REVIEW: another amount than due, or money for a parcel that
   * owes none (returned, cancelled, prepaid, not shipped); SURPLUS: another amount for a part
   * already settled; UNMATCHED: no parcel of ours.
   */
  public enum Result {
    SETTLED, ALREADY_SETTLED, REVIEW, SURPLUS, UNMATCHED;

    boolean needsReview() {
      return this == REVIEW || this == SURPLUS || this == UNMATCHED;
    }
  }

  public enum ReviewStatus { OPEN, RESOLVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String source;

  @Column(name = "source_ref")
  private String sourceRef;

  @Column(name = "shop_order_id")
  private Long shopOrderId;

  private String carrier;

  @Column(name = "tracking_code")
  private String trackingCode;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Column(name = "expected_vnd")
  private Long expectedVnd;

  @Column(name = "remitted_at")
  private Instant remittedAt;

  @Enumerated(EnumType.STRING)
  private Result result;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_status")
  private ReviewStatus reviewStatus;

  @Column(name = "received_at")
  private Instant receivedAt;

  protected CodRemittance() {}

  CodRemittance(CashOnDelivery.Remittance r, Long shopOrderId, Long expectedVnd, Result result,
      String reason, Instant now) {
    this.source = r.source();
    this.sourceRef = r.sourceRef();
    this.shopOrderId = shopOrderId;
    this.carrier = r.carrier();
    this.trackingCode = r.parcel();
    this.amountVnd = r.amountVnd();
    this.expectedVnd = expectedVnd;
    this.remittedAt = r.remittedAt();
    this.result = result;
    this.reason = reason;
    this.reviewStatus = result.needsReview() ? ReviewStatus.OPEN : null;
    this.receivedAt = now;
  }

  void resolve(String note) {
    this.reviewStatus = ReviewStatus.RESOLVED;
    this.reason = (reason == null ? "" : reason + " ") + "Resolved: " + note;
  }

  public Long id() {
    return id;
  }

  public String source() {
    return source;
  }

  public String sourceRef() {
    return sourceRef;
  }

  public Long shopOrderId() {
    return shopOrderId;
  }

  public String carrier() {
    return carrier;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public long amountVnd() {
    return amountVnd;
  }

  public Long expectedVnd() {
    return expectedVnd;
  }

  public Instant remittedAt() {
    return remittedAt;
  }

  public Result result() {
    return result;
  }

  public String reason() {
    return reason;
  }

  public ReviewStatus reviewStatus() {
    return reviewStatus;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
