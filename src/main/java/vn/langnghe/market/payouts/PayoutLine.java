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

/**
 * One shop's transfer in a run, to the account as it was when the run was made. SENT until the
 * bank answers; PAID and REJECTED are final.
 */
@Entity
@Table(name = "payout_line")
public class PayoutLine {

  public enum Status { SENT, PAID, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id")
  private long runId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "end_to_end_id")
  private String endToEndId;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Column(name = "bank_bin")
  private String bankBin;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected PayoutLine() {}

  PayoutLine(PayoutRun run, PayoutAccount account, long amountVnd, Instant now) {
    this.runId = run.id();
    this.shopId = account.shopId();
    this.accountId = account.id();
    this.endToEndId = "LN" + run.period() + "-S" + account.shopId(); // at most 35 characters
    this.amountVnd = amountVnd;
    this.bankBin = account.bankBin();
    this.accountNumber = account.accountNumber();
    this.accountName = account.accountName();
    this.status = Status.SENT;
    this.createdAt = now;
  }

  public boolean isFinal() {
    return status != Status.SENT;
  }

  /** The bank's answer; false (nothing changes) when the line had its final answer already. */
  boolean settle(boolean paid, String reason, Instant now) {
    if (isFinal()) {
      return false;
    }
    status = paid ? Status.PAID : Status.REJECTED;
    statusReason = reason == null || reason.isBlank() ? null
        : reason.length() > 300 ? reason.substring(0, 300) : reason;
    settledAt = now;
    return true;
  }

  /** "••••4567": enough for the artisan to recognise the account, not to copy it. */
  public String accountNumberMasked() {
    String tail = accountNumber.length() <= 4 ? accountNumber
        : accountNumber.substring(accountNumber.length() - 4);
    return "••••" + tail;
  }

  public Long id() {
    return id;
  }

  public long runId() {
    return runId;
  }

  public long shopId() {
    return shopId;
  }

  public long accountId() {
    return accountId;
  }

  public String endToEndId() {
    return endToEndId;
  }

  public long amountVnd() {
    return amountVnd;
  }

  public String bankBin() {
    return bankBin;
  }

  public String accountNumber() {
    return accountNumber;
  }

  public String accountName() {
    return accountName;
  }

  public Status status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant settledAt() {
    return settledAt;
  }
}
