package vn.langnghe.market.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.market.catalog.Product;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.OutboxEvent;
import vn.langnghe.market.platform.RequestIds;
import vn.langnghe.market.reviews.Ratings;

/**
 * Drains the outbox into Solr: claims a batch of due events (skipping rows another node holds),
 * re-reads each product from the database and sends its current state, or removes it from the
 * index when it is no longer on sale. A failure leaves the events in place with a back-off.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
  static final int BATCH = 500;
  /** What the index listens to: a product's own changes and its shop's. */
  static final Set<String> TOPICS = Set.of(Outbox.PRODUCT, Outbox.SHOP);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject SolrConnection solr;
  @Inject Ratings ratings;

  /** One batch; answers how many events it handled (0 when none were due or Solr failed). */
  @Transactional
  public int drainOnce() {
    List<OutboxEvent> events = outbox.claimDue(TOPICS, BATCH);
    if (events.isEmpty()) {
      return 0;
    }
    Set<Long> productIds = new LinkedHashSet<>();
    for (OutboxEvent event : events) {
      switch (event.topic()) {
        case Outbox.PRODUCT -> productIds.add(event.aggregateId());
        case Outbox.SHOP -> productIds.addAll(
            em.createQuery("select p.id from Product p where p.shop.id = :shop", Long.class)
                .setParameter("shop", event.aggregateId())
                .getResultList());
        default -> { }
      }
    }
    // the batch's log lines name the requests that caused its events
    try (RequestIds.Scope scope = Outbox.actingFor(events)) {
      try {
        push(productIds);
        outbox.done(events);
        LOG.info("Search index updated: " + productIds.size() + " products from " + events.size()
            + " outbox events");
        return events.size();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Search index update failed; " + events.size()
            + " events wait for the next try: " + e);
        outbox.failed(events, e.toString());
        return 0;
      }
    }
  }

  private void push(Set<Long> productIds) throws Exception {
    List<SolrInputDocument> onSale = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    Map<Long, Ratings.Ranked> ranked = ratings.rankedProducts(productIds);
    for (long id : productIds) {
      Product product = em.find(Product.class, id);
      if (product != null && product.isOnSale()) {
        onSale.add(ProductDocuments.of(product, ranked.get(id)));
      } else {
        gone.add(Long.toString(id));
      }
    }
    if (!onSale.isEmpty()) {
      solr.client().add(onSale);
    }
    if (!gone.isEmpty()) {
      solr.client().deleteById(gone);
    }
  }
}
