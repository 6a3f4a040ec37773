package vn.langnghe.market.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A breach of personal data as Decree 356 asks it kept: found when, what, whom, told when, done what. */
@Entity
@Table(name = "data_breach")
public class DataBreach {

  /** The authority is to be told within 72 hours of the discovery. */
  static final Duration REPORT_WITHIN = Duration.ofHours(72);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String what;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "discovered_at")
  private Instant discoveredAt;

  @Column(name = "data_affected")
  private String dataAffected;

  @Column(name = "people_affected")
  private Integer peopleAffected;

  @Column(name = "reported_at")
  private Instant reportedAt;

  private String measures;

  @Column(name = "recorded_by")
  private long recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected DataBreach() {}

  DataBreach(String what, Instant occurredAt, Instant discoveredAt, String dataAffected,
      Integer peopleAffected, Instant reportedAt, String measures, long recordedBy, Instant now) {
    this.what = what;
    this.occurredAt = occurredAt;
    this.discoveredAt = discoveredAt;
    this.dataAffected = dataAffected;
    this.peopleAffected = peopleAffected;
    this.reportedAt = reportedAt;
    this.measures = measures;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Instant reportDueAt() {
    return discoveredAt.plus(REPORT_WITHIN);
  }

  /** Not yet reported and past the 72 hours, or reported after them. */
  public boolean reportLate(Instant now) {
    return reportedAt == null ? now.isAfter(reportDueAt()) : reportedAt.isAfter(reportDueAt());
  }

  public long id() { return id; }
  public String what() { return what; }
  public Instant occurredAt() { return occurredAt; }
  public Instant discoveredAt() { return discoveredAt; }
  public String dataAffected() { return dataAffected; }
  public Integer peopleAffected() { return peopleAffected; }
  public Instant reportedAt() { return reportedAt; }
  public String measures() { return measures; }
  public long recordedBy() { return recordedBy; }
  public Instant recordedAt() { return recordedAt; }
}
