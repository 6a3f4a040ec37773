package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.langnghe.market.catalog.PiecesSold;

/**
 * Pieces sold as a shopper reads "Đã bán": those of shop orders that reached their buyer
 * (DELIVERED). Paid parcels still on the way, cancelled and returned ones do not count, so the
 * figure never has to go down when an order falls through.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveredPieces implements PiecesSold {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, Long> ofProducts(Collection<Long> productIds) {
    Map<Long, Long> sold = new HashMap<>();
    if (productIds.isEmpty()) {
      return sold;
    }
    em.createQuery("select l.productId, sum(l.quantity) from OrderLine l"
            + " where l.productId in :ids and l.shopOrder.status = :delivered group by l.productId",
            Object[].class)
        .setParameter("ids", Set.copyOf(productIds))
        .setParameter("delivered", ShopOrder.Status.DELIVERED)
        .getResultList()
        .forEach(row -> sold.put((Long) row[0], ((Number) row[1]).longValue()));
    return sold;
  }

  @Override
  public long ofShop(long shopId) {
    Number sum = em.createQuery("select sum(l.quantity) from OrderLine l"
            + " where l.shopOrder.shopId = :shop and l.shopOrder.status = :delivered", Number.class)
        .setParameter("shop", shopId)
        .setParameter("delivered", ShopOrder.Status.DELIVERED)
        .getSingleResult();
    return sum == null ? 0 : sum.longValue();
  }
}
