package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A shop's receiving bank account as the artisan entered it. A change is a new row and the old
 * one becomes {@link Status#REPLACED}; money goes only to an {@link Status#ACTIVE} row whose
 * {@code usableFrom} has passed. The holder name is kept as banks write it (upper case, no
 * diacritics).
 */
@Entity
@Table(name = "payout_account")
public class PayoutAccount {

  public enum Status { ACTIVE, AWAITING_APPROVAL, REFUSED, REPLACED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "bank_bin")
  private String bankBin;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @Column(name = "name_matches")
  private boolean nameMatches;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "usable_from")
  private Instant usableFrom;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Version private long version;

  protected PayoutAccount() {}

  PayoutAccount(long shopId, String bankBin, String accountNumber, String accountName,
      boolean nameMatches, long createdBy, Instant now, Instant usableFrom) {
    this.shopId = shopId;
    this.bankBin = bankBin;
    this.accountNumber = accountNumber;
    this.accountName = accountName;
    this.nameMatches = nameMatches;
    this.status = nameMatches ? Status.ACTIVE : Status.AWAITING_APPROVAL;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.usableFrom = usableFrom;
  }

  void replaced() {
    this.status = Status.REPLACED;
  }

  void decide(boolean approved, long officer, String reason, Instant now) {
    this.status = approved ? Status.ACTIVE : Status.REFUSED;
    this.decidedBy = officer;
    this.decidedAt = now;
    this.decisionReason = reason;
  }

  /** The bank said the account cannot take transfers: the artisan must enter another one. */
  void refusedByBank(String reason, Instant now) {
    this.status = Status.REFUSED;
    this.decidedAt = now;
    this.decisionReason = reason;
  }

  public Long id() {
    return id;
  }

  public long shopId() {
    return shopId;
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

  public boolean nameMatches() {
    return nameMatches;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant usableFrom() {
    return usableFrom;
  }

  public Long decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
