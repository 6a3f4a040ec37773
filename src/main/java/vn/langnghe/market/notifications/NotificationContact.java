package vn.langnghe.market.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The phone an account wants its Zalo notices on (E.164), kept here: accounts hold an e-mail only. */
@Entity
@Table(name = "notification_contact")
public class NotificationContact {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "zalo_phone")
  private String zaloPhone;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected NotificationContact() {}

  NotificationContact(long accountId) {
    this.accountId = accountId;
  }

  void zaloPhone(String e164, Instant now) {
    this.zaloPhone = e164;
    this.updatedAt = now;
  }

  public String zaloPhone() {
    return zaloPhone;
  }
}
