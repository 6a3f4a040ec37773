package vn.langnghe.market.addresses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/** The address book in a person's data export; erased whole with the account (nothing keeps it). */
@ApplicationScoped
public class AddressesPersonalData {

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalDataExport export) {
    export.add("addresses", PersonalDataRows.of(em,
        List.of("recipientName", "phone", "addressLine", "communeCode", "isDefault", "createdAt"),
        "SELECT recipient_name, phone, address_line, commune_code, default_owner IS NOT NULL,"
            + " created_at FROM saved_address WHERE account_id = ? ORDER BY id", export.accountId()));
  }

  void erase(@Observes AccountErased erased) {
    PersonalDataRows.erase(em, "DELETE FROM saved_address WHERE account_id = ?", erased.accountId());
  }
}
