package vn.langnghe.market.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * The Zalo phone and the notices sent in a person's data export; both deleted with the account
 * (a notice still waiting is never sent to an erased person), and the text of others' notices
 * that quoted them replaced.
 */
@ApplicationScoped
public class NotificationsPersonalData {

  static final String ERASED_SUBJECT = "[Làng Nghề] Thông báo đã xoá";
  static final String ERASED_TEXT = "Nội dung thông báo này đã được xoá theo yêu cầu của người dùng.";

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("notificationSettings", PersonalDataRows.of(em, List.of("zaloPhone", "updatedAt"),
        "SELECT zalo_phone, updated_at FROM notification_contact WHERE account_id = ?",
        export.accountId()));
    export.add("notifications", PersonalDataRows.of(em,
        List.of("kind", "subject", "text", "createdAt", "email", "zalo"),
        "SELECT kind, subject, body, created_at, email_state, zalo_state FROM notification"
            + " WHERE account_id = ? ORDER BY id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    PersonalDataRows.erase(em, "DELETE FROM notification WHERE account_id = ?", erased.accountId());
    // others' notices quoting the person (their message to a shop, their question): the text goes
    PersonalDataRows.erase(em, "UPDATE notification SET subject = ?, body = ?, params_json = '{}'"
        + " WHERE about_account_id = ?", ERASED_SUBJECT, ERASED_TEXT, erased.accountId());
    PersonalDataRows.erase(em, "DELETE FROM notification_contact WHERE account_id = ?",
        erased.accountId());
  }
}
