package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One payout run per period (ISO week): OPEN while a line awaits the bank's answer. */
@Entity
@Table(name = "payout_run")
public class PayoutRun {

  public enum Status { OPEN, COMPLETED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String period;

  @Column(name = "message_id")
  private String messageId;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "execution_date")
  private LocalDate executionDate;

  @Column(name = "line_count")
  private int lineCount;

  @Column(name = "total_vnd")
  private long totalVnd;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected PayoutRun() {}

  PayoutRun(String period, LocalDate executionDate, Long createdBy, Instant now) {
    this.period = period;
    this.messageId = "LANGNGHE-PAYOUT-" + period;
    this.status = Status.OPEN;
    this.executionDate = executionDate;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void add(PayoutLine line) {
    lineCount++;
    totalVnd += line.amountVnd();
  }

  /** No line waits for the bank any more (a run without lines is complete at once). */
  void completeIfSettled(boolean allFinal, Instant now) {
    if (allFinal && status == Status.OPEN) {
      status = Status.COMPLETED;
      completedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String period() {
    return period;
  }

  public String messageId() {
    return messageId;
  }

  public Status status() {
    return status;
  }

  public LocalDate executionDate() {
    return executionDate;
  }

  public int lineCount() {
    return lineCount;
  }

  public long totalVnd() {
    return totalVnd;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
