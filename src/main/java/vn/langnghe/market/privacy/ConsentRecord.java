package vn.langnghe.market.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One consent given or withdrawn; never changed afterwards (the history is the evidence). */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

  /** How the consent was expressed. */
  public enum How { SIGN_UP, SETTINGS, ERASURE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private boolean granted;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  private How how;

  /** Where: the form or endpoint it came through. */
  private String source;

  protected ConsentRecord() {}

  ConsentRecord(long accountId, Purpose purpose, boolean granted, Instant at, How how, String source) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.granted = granted;
    this.recordedAt = at;
    this.how = how;
    this.source = source;
  }

  public Purpose purpose() {
    return purpose;
  }

  public boolean granted() {
    return granted;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public How how() {
    return how;
  }

  public String source() {
    return source;
  }
}
