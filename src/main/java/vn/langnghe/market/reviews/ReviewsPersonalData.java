package vn.langnghe.market.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * Reviews in a person's data export. On erasure a review keeps its stars (the ratings stay true)
 * under the pseudonym, loses its words and photos; the reasons the person gave for reports go.
 */
@ApplicationScoped
public class ReviewsPersonalData {

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("reviews", PersonalDataRows.of(em,
        List.of("orderNumber", "product", "stars", "text", "createdAt", "shopReply"),
        "SELECT order_number, product_title, stars, body, created_at, reply_text FROM review"
            + " WHERE author_account_id = ? ORDER BY id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    PersonalDataRows.erase(em, "UPDATE review SET body = NULL WHERE author_account_id = ?",
        erased.accountId());
    PersonalDataRows.erase(em, "DELETE FROM review_photo WHERE uploaded_by = ?", erased.accountId());
    PersonalDataRows.erase(em, "UPDATE review_report SET reason = NULL WHERE reporter_account_id = ?",
        erased.accountId());
  }
}
