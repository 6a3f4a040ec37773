package vn.langnghe.market.listings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * Listing reports the person sent and appeals they wrote, in their export; on erasure the words
 * go, the reports and takedowns stay (officers' decisions rest on them).
 */
@ApplicationScoped
public class ListingsPersonalData {

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("listingReports", PersonalDataRows.of(em,
        List.of("productId", "reason", "text", "status", "reportedAt"),
        "SELECT product_id, reason, text, status, reported_at FROM listing_report"
            + " WHERE reporter_account_id = ? ORDER BY id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    PersonalDataRows.erase(em, "UPDATE listing_report SET text = NULL WHERE reporter_account_id = ?",
        erased.accountId());
    PersonalDataRows.erase(em, "UPDATE listing_takedown SET appeal_text = NULL"
        + " WHERE artisan_account_id = ?", erased.accountId());
  }
}
