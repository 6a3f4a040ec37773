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
 * (a notice still waiting is never sent to an erased person).
 */
@ApplicationScoped
public class NotificationsPersonalData {

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
    PersonalDataRows.erase(em, "DELETE FROM notification_contact WHERE account_id = ?",
        erased.accountId());
  }
}
