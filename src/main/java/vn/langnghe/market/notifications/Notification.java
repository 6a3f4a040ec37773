package vn.langnghe.market.notifications;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice to one account, and where each of its two channels stands ({@link Delivery}). */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  private String kind;
  private String subject;
  private String body;
  private String link;

  @Column(name = "params_json")
  private String paramsJson;

  @Column(name = "created_at")
  private Instant createdAt;

  @Embedded
  @AttributeOverride(name = "state", column = @Column(name = "email_state"))
  @AttributeOverride(name = "attempts", column = @Column(name = "email_attempts"))
  @AttributeOverride(name = "nextAt", column = @Column(name = "email_next_at"))
  @AttributeOverride(name = "sentAt", column = @Column(name = "email_sent_at"))
  @AttributeOverride(name = "error", column = @Column(name = "email_error"))
  private Delivery email;

  @Embedded
  @AttributeOverride(name = "state", column = @Column(name = "zalo_state"))
  @AttributeOverride(name = "attempts", column = @Column(name = "zalo_attempts"))
  @AttributeOverride(name = "nextAt", column = @Column(name = "zalo_next_at"))
  @AttributeOverride(name = "sentAt", column = @Column(name = "zalo_sent_at"))
  @AttributeOverride(name = "error", column = @Column(name = "zalo_error"))
  private Delivery zalo;

  /** ZNS's id of the message it accepted. */
  @Column(name = "zalo_msg_id")
  private String zaloMsgId;

  /** Whose words or data the text quotes besides the recipient's (see platform.Notice). */
  @Column(name = "about_account_id")
  private Long aboutAccountId;

  protected Notification() {}

  Notification(long accountId, String kind, String subject, String body, String link,
      String paramsJson, boolean byZalo, Instant now, Long aboutAccountId) {
    this.accountId = accountId;
    this.aboutAccountId = aboutAccountId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.paramsJson = paramsJson;
    this.createdAt = now;
    this.email = Delivery.due(now);
    this.zalo = byZalo ? Delivery.due(now) : Delivery.skipped();
  }

  void zaloSent(String msgId, Instant now) {
    zalo.sent(now);
    zaloMsgId = msgId;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String link() {
    return link;
  }

  public String paramsJson() {
    return paramsJson;
  }

  public Delivery email() {
    return email;
  }

  public Delivery zalo() {
    return zalo;
  }
}
