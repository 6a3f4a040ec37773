package vn.langnghe.market.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import vn.langnghe.market.platform.DatabaseMigration;

/**
 * A database that had paid orders before the sales facts existed gets them built once, at the
 * first start with the facts table: the incremental writes only cover payments from then on.
 */
@ApplicationScoped
public class FactsBackfill {

  private static final Logger LOG = Logger.getLogger(FactsBackfill.class.getName());

  @PersistenceContext EntityManager em;
  @Inject FactsRebuild facts;

  void atStart(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 50) Startup startup) {
    boolean noFacts = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM sales_fact LIMIT 1) f")
        .getSingleResult()).longValue() == 0;
    boolean paidOrders = ((Number) em.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM customer_order WHERE paid_at IS NOT NULL LIMIT 1) o")
        .getSingleResult()).longValue() > 0;
    if (noFacts && paidOrders) {
      LOG.info("Building the sales facts from the orders paid so far: " + facts.run());
    }
  }
}
