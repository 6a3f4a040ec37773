package vn.langnghe.market.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes, on a schedule ({@code market.housekeeping.interval}), rows that have outlived their
 * use: each component owns its tables and offers a {@link Sweep} for them; this job only calls
 * the sweeps, in batches, each batch its own short transaction, so no sweep holds many rows locked.
 */
@ApplicationScoped
public class Housekeeping {

  /** What one component deletes once it is no longer needed. */
  public interface Sweep {
    /** Names the rows in the log, e.g. "expired sign-in tokens". */
    String what();

    /** Deletes at most {@code limit} rows that are not needed any more at {@code now}; answers how many. */
    int sweep(Instant now, int limit);
  }

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
  static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @Any Instance<Sweep> sweeps;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.housekeeping.interval", defaultValue = "PT1H")
  Duration interval;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, interval, "Housekeeping", this::sweepAll);
  }

  /** Runs every sweep until it finds nothing more; answers the rows each deleted. */
  public Map<String, Integer> sweepAll() {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (Sweep sweep : sweeps) {
      int total = 0;
      try {
        int batch;
        do {
          batch = LockContention.retried(() -> sweep.sweep(now, BATCH));
          total += batch;
        } while (batch == BATCH && (job == null || !job.stopping()));
      } catch (RuntimeException e) {
        // one failing sweep must not keep the others from their work
        LOG.log(Level.WARNING, "Deleting " + sweep.what() + " failed; it runs again at the next tick", e);
      }
      if (total > 0) {
        LOG.info("Deleted " + total + " " + sweep.what());
      }
      deleted.put(sweep.what(), total);
    }
    return deleted;
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
