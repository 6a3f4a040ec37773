package vn.langnghe.market.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of money leaving: who (null: the schedule), when, what, which file and its hash. */
@Entity
@Table(name = "payout_audit")
public class PayoutAudit {

  /** The steps written; SKIPPED keeps why a shop got no line (its detail: reason and amount). */
  public enum Action { RUN_CREATED, LINE_CREATED, SKIPPED, EXPORTED_PAIN001, EXPORTED_XLSX,
    STATUS_IMPORTED, STATUS_REPEATED, LINE_PAID, LINE_REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String action;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "line_id")
  private Long lineId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "shop_id")
  private Long shopId;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_sha256")
  private String fileSha256;

  private String detail;

  private Instant at;

  protected PayoutAudit() {}

  PayoutAudit(Action action, Long runId, Long actor, Instant at) {
    this.action = action.name();
    this.runId = runId;
    this.actorAccountId = actor;
    this.at = at;
  }

  PayoutAudit line(PayoutLine line) {
    this.lineId = line.id();
    this.accountId = line.accountId();
    this.shopId = line.shopId();
    return this;
  }

  PayoutAudit shop(long shopId) {
    this.shopId = shopId;
    return this;
  }

  PayoutAudit file(String name, String sha256) {
    this.fileName = name == null || name.length() <= 200 ? name : name.substring(0, 200);
    this.fileSha256 = sha256;
    return this;
  }

  PayoutAudit detail(String detail) {
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    return this;
  }

  public String action() {
    return action;
  }

  public Long shopId() {
    return shopId;
  }

  public Long actorAccountId() {
    return actorAccountId;
  }

  public String fileName() {
    return fileName;
  }

  public String detail() {
    return detail;
  }

  public Instant at() {
    return at;
  }
}
