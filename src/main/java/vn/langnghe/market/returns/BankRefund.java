package vn.langnghe.market.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refund of a cash-on-delivery order: no gateway holds the buyer's money, so an admin transfers
 * it to the account the buyer gave and marks it paid. DUE until then, never dropped; {@code ref}
 * (the return or decision it pays) makes it once.
 */
@Entity
@Table(name = "return_bank_refund")
public class BankRefund {

  public enum Status { DUE, PAID }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "return_id")
  private long returnId;

  private String ref;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Column(name = "bank_bin")
  private String bankBin;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "paid_by")
  private Long paidBy;

  @Column(name = "bank_reference")
  private String bankReference;

  protected BankRefund() {}

  BankRefund(ReturnRequest r, String ref, long amountVnd, Instant now) {
    this.returnId = r.id();
    this.ref = ref;
    this.amountVnd = amountVnd;
    this.bankBin = r.bankBin();
    this.accountNumber = r.bankAccountNumber();
    this.accountName = r.bankAccountName();
    this.status = Status.DUE;
    this.createdAt = now;
  }

  /** Paid by the admin; paying it again changes nothing. */
  void paid(long admin, String bankReference, Instant now) {
    if (status == Status.PAID) {
      return;
    }
    status = Status.PAID;
    paidBy = admin;
    paidAt = now;
    this.bankReference = bankReference;
  }

  public Long id() { return id; }
  public long returnId() { return returnId; }
  public long amountVnd() { return amountVnd; }
  public String bankBin() { return bankBin; }
  public String accountNumber() { return accountNumber; }
  public String accountName() { return accountName; }
  public Status status() { return status; }
  public Instant createdAt() { return createdAt; }
  public Instant paidAt() { return paidAt; }
  public String bankReference() { return bankReference; }
}
