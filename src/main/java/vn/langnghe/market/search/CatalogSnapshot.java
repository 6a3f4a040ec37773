package vn.langnghe.market.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.market.catalog.Product;
import vn.langnghe.market.reviews.Ratings;

/** Reads the products on sale in id order, a chunk per transaction, as Solr documents. */
@ApplicationScoped
@Transactional
public class CatalogSnapshot {

  private static final String ON_SALE = " from Product p join p.shop s"
      + " where p.status = vn.langnghe.market.catalog.Product.Status.ACTIVE"
      + " and s.status = vn.langnghe.market.shops.Shop.Status.APPROVED and p.hiddenAt is null";

  @PersistenceContext EntityManager em;
  @Inject Ratings ratings;

  public long countOnSale() {
    return em.createQuery("select count(p)" + ON_SALE, Long.class).getSingleResult();
  }

  public record Chunk(List<SolrInputDocument> documents, long lastId) {}

  public Chunk after(long afterId, int limit) {
    List<Product> products = em.createQuery("select p" + ON_SALE + " and p.id > :after order by p.id",
            Product.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.variants")
        .setHint("eclipselink.batch", "p.images")
        .getResultList();
    Map<Long, Ratings.Ranked> ranked = ratings.rankedProducts(products.stream().map(Product::id).toList());
    return new Chunk(products.stream().map(p -> ProductDocuments.of(p, ranked.get(p.id()))).toList(),
        products.isEmpty() ? afterId : products.get(products.size() - 1).id());
  }

  /** Products changed since a moment, whatever their state (to add or remove them). */
  public List<Long> changedSince(Instant since) {
    return em.createQuery("select p.id from Product p where p.updatedAt >= :since", Long.class)
        .setParameter("since", since)
        .getResultList();
  }

  /**
   * Every shop's version. A shop's change (suspended, renamed, moved village) bumps its version
   * but touches none of its products, so a reindex compares versions to find the shops changed
   * while it ran.
   */
  public Map<Long, Long> shopVersions() {
    Map<Long, Long> versions = new HashMap<>();
    em.createQuery("select s.id, s.version from Shop s", Object[].class).getResultList()
        .forEach(row -> versions.put((Long) row[0], (Long) row[1]));
    return versions;
  }

  /** Every product of these shops, whatever its state. */
  public List<Long> productsOfShops(Collection<Long> shopIds) {
    if (shopIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p.id from Product p where p.shop.id in :shops", Long.class)
        .setParameter("shops", shopIds)
        .getResultList();
  }
}
