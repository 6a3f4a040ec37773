package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bank status report as imported; the same file again is known by its SHA-256. */
@Entity
@Table(name = "payout_status_report")
public class PayoutStatusReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id")
  private long runId;

  private String sha256;

  @Column(name = "file_name")
  private String fileName;

  private String format;

  private byte[] content;

  @Column(name = "imported_by")
  private long importedBy;

  @Column(name = "imported_at")
  private Instant importedAt;

  private int paid;
  private int rejected;
  private int unchanged;

  protected PayoutStatusReport() {}

  PayoutStatusReport(long runId, String sha256, String fileName, String format, byte[] content,
      long importedBy, Instant now, int paid, int rejected, int unchanged) {
    this.runId = runId;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.format = format;
    this.content = content;
    this.importedBy = importedBy;
    this.importedAt = now;
    this.paid = paid;
    this.rejected = rejected;
    this.unchanged = unchanged;
  }
}
