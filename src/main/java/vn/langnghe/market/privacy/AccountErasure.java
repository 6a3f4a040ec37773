package vn.langnghe.market.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.IdentityViews.ShopRef;
import vn.langnghe.market.identity.ShopDirectory;
import vn.langnghe.market.ordering.OrderPrivacy;
import vn.langnghe.market.payouts.PayoutBalances;
import vn.langnghe.market.payouts.PayoutViews.BalanceView;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.returns.ReturnsPersonalData;

/**
 * "Tải dữ liệu của tôi" and "Xoá tài khoản". An erasure is one transaction: the password is asked
 * again, what must finish first is asked of ordering and payouts (an order on its way needs its
 * address; money owed to an artisan needs their bank account), then every component erases or
 * pseudonymises its rows as it observes {@link AccountErased}.
 */
@ApplicationScoped
public class AccountErasure {

  private static final Logger LOG = Logger.getLogger(AccountErasure.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject OrderPrivacy orders;
  @Inject PayoutBalances balances;
  @Inject ReturnsPersonalData returns;
  @Inject Instance<ShopDirectory> shops;
  @Inject Event<AccountErased> erased;
  @Inject Event<PersonalDataExport> exports;

  /** Everything every component holds about the account, section by section. */
  @Transactional
  public Map<String, Object> export(Caller caller) {
    PersonalDataExport export = new PersonalDataExport(caller.accountId());
    exports.fire(export);
    return export.sections();
  }

  @Transactional
  public void erase(Caller caller, String password, String client) {
    if (caller.byHelper()) {
      throw new Problems.AccessDeniedException(
          "Only the account's owner can erase it, never a helper acting for them.");
    }
    accounts.confirmPassword(caller.accountId(), password, client);
    List<Problem.FieldError> waiting = new ArrayList<>();
    orders.openOrdersBoughtBy(caller.accountId()).forEach(order -> waiting.add(
        new Problem.FieldError("ordersBought", order)));
    returns.unfinishedFor(caller.accountId()).forEach(item -> waiting.add(
        new Problem.FieldError("returns", item)));
    Optional<ShopRef> shop = shops.isResolvable()
        ? shops.get().shopOwnedBy(caller.accountId()) : Optional.empty();
    if (shop.isPresent()) {
      orders.openOrdersOfShop(shop.get().id()).forEach(order -> waiting.add(
          new Problem.FieldError("ordersToFulfil", order)));
      BalanceView balance = balances.balance(caller);
      long owed = balance.pendingVnd() + balance.onHoldVnd() + balance.availableVnd();
      if (owed > 0) {
        waiting.add(new Problem.FieldError("balanceVnd", owed
            + " VND not yet paid out to the shop (pending " + balance.pendingVnd() + ", on hold "
            + balance.onHoldVnd() + ", available " + balance.availableVnd() + ")"));
      }
    }
    if (!waiting.isEmpty()) {
      throw new ErasureBlockedException(waiting);
    }
    erased.fire(new AccountErased(caller.accountId(), pseudonym(caller.accountId())));
    // the observers write natively; nothing cached in this context may be written back over them
    em.flush();
    em.clear();
    LOG.info("Account " + caller.accountId() + " erased with its personal data in every component");
  }

  static String pseudonym(long accountId) {
    return "Người dùng đã xoá #" + accountId;
  }
}
