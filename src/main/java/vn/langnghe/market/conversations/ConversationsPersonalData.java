package vn.langnghe.market.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * Messages and questions in a person's data export. On erasure every message of the buyer's own
 * threads goes (the shop's replies too: they are written to that person and often name them or
 * their address), and what the person wrote anywhere else; their public questions stay as
 * "[đã xoá]" so the shop's answers keep their place.
 */
@ApplicationScoped
public class ConversationsPersonalData {

  static final String ERASED = "[Nội dung đã xoá theo yêu cầu của người dùng]";

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("orderMessages", PersonalDataRows.of(em,
        List.of("shopOrderId", "fromShop", "mine", "body", "sentAt"),
        "SELECT shop_order_id, from_shop, author_account_id = ?, body, sent_at FROM order_message"
            + " WHERE buyer_account_id = ? OR author_account_id = ? ORDER BY id",
        export.accountId(), export.accountId(), export.accountId()));
    export.add("productQuestions", PersonalDataRows.of(em,
        List.of("product", "question", "askedAt", "answer", "answeredAt"),
        "SELECT product_title, question, asked_at, answer, answered_at FROM product_question"
            + " WHERE asker_account_id = ? ORDER BY id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    PersonalDataRows.erase(em, "UPDATE order_message SET body = ?"
            + " WHERE buyer_account_id = ? OR author_account_id = ?",
        ERASED, erased.accountId(), erased.accountId());
    PersonalDataRows.erase(em, "UPDATE product_question SET question = ? WHERE asker_account_id = ?",
        ERASED, erased.accountId());
  }
}
