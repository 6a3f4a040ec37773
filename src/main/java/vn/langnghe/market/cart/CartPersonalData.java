package vn.langnghe.market.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/** The signed-in cart in a person's data export; deleted with the account. */
@ApplicationScoped
public class CartPersonalData {

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("cart", PersonalDataRows.of(em, List.of("sku", "quantity"),
        "SELECT l.sku, l.quantity FROM cart_line l JOIN cart c ON c.id = l.cart_id"
            + " WHERE c.account_id = ? ORDER BY l.id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    // the lines go by the foreign key's ON DELETE CASCADE
    PersonalDataRows.erase(em, "DELETE FROM cart WHERE account_id = ?", erased.accountId());
  }
}
