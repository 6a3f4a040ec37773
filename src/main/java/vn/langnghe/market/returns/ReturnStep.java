package vn.langnghe.market.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a return or dispute and who took it: the audit trail. Rows are only added. */
@Entity
@Table(name = "return_step")
public class ReturnStep {

  /** Who acted: the buyer, the shop, an officer or admin, or the system (a deadline passed). */
  public enum Actor { BUYER, SHOP, OFFICER, ADMIN, SYSTEM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "return_id")
  private long returnId;

  private Instant at;

  @Column(name = "actor")
  private String actor;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  private String action;

  private String detail;

  protected ReturnStep() {}

  ReturnStep(long returnId, Instant at, Actor actor, Long actorAccountId, String action, String detail) {
    this.returnId = returnId;
    this.at = at;
    this.actor = actor.name();
    this.actorAccountId = actorAccountId;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Instant at() { return at; }
  public String actor() { return actor; }
  public String action() { return action; }
  public String detail() { return detail; }
}
