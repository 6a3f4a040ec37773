package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;

/**
 * Orders and personal data (Law 91): what an erasure must wait for, the buyer's orders in their
 * data export, and the orders kept after an erasure (the accounting and tax law keep them) with the
 * recipient's name, phone, address and note gone.
 */
@ApplicationScoped
public class OrderPrivacy {

  /** A part still on its way: its recipient's address is needed until it is delivered or closed. */
  static final Set<ShopOrder.Status> OPEN = Set.of(ShopOrder.Status.PENDING_PAYMENT,
      ShopOrder.Status.PAID, ShopOrder.Status.CASH_ON_DELIVERY, ShopOrder.Status.CONFIRMED,
      ShopOrder.Status.SHIPPED);

  @PersistenceContext EntityManager em;

  /** The buyer's orders with a part still open, as "number (STATUS)". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> openOrdersBoughtBy(long accountId) {
    return em.createQuery("select distinct o.number, s.status from ShopOrder s join s.order o"
            + " where o.buyerAccountId = :account and s.status in :open order by o.number", Object[].class)
        .setParameter("account", accountId)
        .setParameter("open", OPEN)
        .getResultStream()
        .map(r -> r[0] + " (" + r[1] + ")")
        .toList();
  }

  /** The shop's parts still open, as "number (STATUS)". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> openOrdersOfShop(long shopId) {
    return em.createQuery("select o.number, s.status from ShopOrder s join s.order o"
            + " where s.shopId = :shop and s.status in :open order by o.number", Object[].class)
        .setParameter("shop", shopId)
        .setParameter("open", OPEN)
        .getResultStream()
        .map(r -> r[0] + " (" + r[1] + ")")
        .toList();
  }

  void export(@Observes PersonalDataExport export) {
    List<Order> orders = em.createQuery(
            "select o from CustomerOrder o where o.buyerAccountId = :account order by o.id", Order.class)
        .setParameter("account", export.accountId())
        .getResultList();
    export.add("orders", orders.stream().map(o -> {
      Map<String, Object> order = new LinkedHashMap<>();
      order.put("number", o.number());
      order.put("status", o.status().name());
      order.put("createdAt", o.createdAt());
      order.put("paymentMethod", o.paymentMethod().name());
      order.put("totalVnd", o.totalVnd());
      order.put("shippingAddress", o.destination());
      order.put("note", o.note());
      order.put("parts", o.shopOrders().stream().map(s -> Map.of(
          "shop", s.shopName(), "status", s.status().name(), "totalVnd", s.totalVnd(),
          "lines", s.lines().stream().map(l -> Map.of("title", l.title(), "options", l.optionsText(),
              "quantity", l.quantity(), "unitPriceVnd", l.unitPriceVnd())).toList())).toList());
      return order;
    }).toList());
  }

  /**
   * The orders stay (sales, ledger and tax records point at them) under the pseudonym; the phone,
   * the street address and the buyer's note go. The commune stays: the sales facts count by it
   * and it names nobody. (Checkout quotes are kept nowhere: they travel sealed in their id. The
   * former quote tables, left for nodes of the previous release until a later migration drops
   * them, hold no name, phone or street.)
   */
  void erase(@Observes AccountErased erased) {
    em.createNativeQuery("UPDATE customer_order SET recipient_name = ?, recipient_phone = '',"
            + " address_line = '', note = NULL WHERE buyer_account_id = ?")
        .setParameter(1, erased.pseudonym())
        .setParameter(2, erased.accountId())
        .executeUpdate();
  }
}
