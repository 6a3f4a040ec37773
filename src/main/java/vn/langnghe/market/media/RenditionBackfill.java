package vn.langnghe.market.media;

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

/**
 * Images stored before a size existed (MEDIUM, OG, the WebP copies came with V28) get it drawn
 * in the background, a few images per transaction, soon after start; until then their addresses
 * answer the large JPEG for a minute at a time. Once every image has its sizes a run costs one
 * indexed query.
 */
@ApplicationScoped
public class RenditionBackfill {

  private static final Logger LOG = Logger.getLogger(RenditionBackfill.class.getName());
  static final int BATCH = 10;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Images images;

  @Inject
  @ConfigProperty(name = "market.images.backfill-interval", defaultValue = "PT1M")
  Duration interval;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, interval, "Picture sizes backfill", this::drawMissing);
  }

  /** Draws every missing size now, batch after batch; answers how many images it completed. */
  public int drawMissing() {
    int done = 0;
    int batch;
    do {
      batch = images.backfillRenditions(BATCH);
      done += batch;
    } while (batch == BATCH && (job == null || !job.stopping()));
    if (done > 0) {
      LOG.log(Level.INFO, "Picture sizes backfill: {0} images completed", done);
    }
    return done;
  }

  void stop(@Observes Shutdown shutdown) {
    if (job != null) {
      job.stop();
    }
  }

  @PreDestroy
  void destroy() {
    if (job != null) {
      job.stop();
    }
  }
}
