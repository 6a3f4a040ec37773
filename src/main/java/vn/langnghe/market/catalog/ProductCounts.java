package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of products for reports of other components (digital helpers, OCOP goals). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProductCounts {

  @PersistenceContext EntityManager em;

  /** Products on sale now (active, shop approved, not taken down), by shop; shops without any left out. */
  public Map<Long, Long> onSaleByShop(Collection<Long> shopIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (shopIds.isEmpty()) {
      return counts;
    }
    em.createQuery("select p.shop.id, count(p) from Product p where p.shop.id in :shops"
            + " and p.status = :active and p.hiddenAt is null"
            + " and p.shop.status = vn.langnghe.market.shops.Shop.Status.APPROVED group by p.shop.id",
            Object[].class)
        .setParameter("shops", List.copyOf(shopIds))
        .setParameter("active", Product.Status.ACTIVE)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }
}
