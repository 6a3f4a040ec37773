package vn.langnghe.market.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.PeriodicJob;

/** Every half second, drains what the outbox holds for search (the job only calls the boundary). */
@ApplicationScoped
public class IndexDrainer {

  private static final Logger LOG = Logger.getLogger(IndexDrainer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SearchIndexer indexer;
  @Inject Reindexer reindexer;
  @Inject SolrConnection solr;
  @Inject CatalogSnapshot catalog;
  @Inject vn.langnghe.market.platform.Outbox outbox;

  @Inject
  @ConfigProperty(name = "market.search.drain-interval-ms", defaultValue = "500")
  long intervalMillis;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, Duration.ofMillis(intervalMillis), "Search drainer", this::drain);
    scheduler.submit(this::rebuildAnEmptyIndex);
  }

  /**
   * A node that finds Solr empty while the catalogue is not (a new Solr, a lost index) and nothing
   * waits in the outbox rebuilds the index itself; so does one that finds a SolrCloud without the
   * alias (nothing to search or update until a first collection exists). Two nodes starting
   * together both find it so; the reindex lease lets one of them build it.
   */
  private void rebuildAnEmptyIndex() {
    try {
      if (solr.isCloud() && !solr.aliasExists()) {
        LOG.info("SolrCloud has no alias '" + solr.collection() + "' yet: building its first collection");
        reindexer.start();
        return;
      }
      long indexed = solr.client().query(new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0))
          .getResults().getNumFound();
      if (indexed == 0 && outbox.pending(SearchIndexer.TOPICS) == 0 && catalog.countOnSale() > 0) {
        LOG.info("The search index is empty but the catalogue is not: rebuilding it");
        reindexer.start();
      }
    } catch (vn.langnghe.market.platform.Problems.ConflictException e) {
      LOG.info("Search index not rebuilt here: " + e.getMessage());
    } catch (Exception | LinkageError e) {
      // a LinkageError too: a jar missing from the war would otherwise vanish in the executor
      LOG.info("Search index not checked at start-up (" + e + "); the outbox will fill it");
    }
  }

  private void drain() {
    if (reindexer.isRunning()) {
      return; // the outbox waits for the new index
    }
    try {
      while (indexer.drainOnce() == SearchIndexer.BATCH && !job.stopping()) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search drain failed", e);
    }
  }

  void stop(@Observes Shutdown shutdown) {
    stop();
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.stop();
    }
  }
}
