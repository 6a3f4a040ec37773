package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.market.identity.IdentityViews.ShopRef;
import vn.langnghe.market.identity.ShopDirectory;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * The shop's receiving accounts and payouts in its owner's data export. On erasure (which waits
 * until nothing is owed) the accounts and the lines of the bank files keep the last four digits
 * and the pseudonym for a holder: the transfers stay in the accounts the law keeps.
 */
@ApplicationScoped
public class PayoutsPersonalData {

  @PersistenceContext EntityManager em;
  @Inject ShopDirectory shops;

  void export(@Observes PersonalDataExport export) {
    shops.shopOwnedBy(export.accountId()).map(ShopRef::id).ifPresent(shop -> {
      export.add("payoutAccounts", PersonalDataRows.of(em,
          List.of("bankBin", "accountNumber", "accountName", "status", "createdAt"),
          "SELECT bank_bin, account_number, account_name, status, created_at FROM payout_account"
              + " WHERE shop_id = ? ORDER BY id", shop));
      export.add("payouts", PersonalDataRows.of(em,
          List.of("amountVnd", "bankBin", "accountNumber", "accountName", "status"),
          "SELECT amount_vnd, bank_bin, account_number, account_name, status FROM payout_line"
              + " WHERE shop_id = ? ORDER BY id", shop));
    });
  }

  void erase(@Observes AccountErased erased) {
    shops.shopOwnedBy(erased.accountId()).map(ShopRef::id).ifPresent(shop -> {
      for (String table : List.of("payout_account", "payout_line")) {
        PersonalDataRows.erase(em, "UPDATE " + table + " SET account_name = ?,"
            + " account_number = CONCAT('****', RIGHT(account_number, 4)) WHERE shop_id = ?",
            erased.pseudonym(), shop);
      }
    });
  }
}
