package vn.langnghe.market.returns;

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
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.PeriodicJob;

/**
 * The returns' deadline sweep (it only calls the boundary): a shop silent past its answer time has
 * accepted; a refusal not escalated in time closes the return. Each return is settled in its own
 * transaction under the locks, so two nodes or two runs settle it once.
 */
@ApplicationScoped
public class ReturnDeadlines {

  private static final Logger LOG = Logger.getLogger(ReturnDeadlines.class.getName());
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Returns returns;

  @Inject
  @ConfigProperty(name = "market.returns.sweep-every")
  Duration every;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, every, "Return deadlines", this::sweep);
  }

  /** Settles every return whose deadline has passed; answers how many were looked at. */
  public int sweep() {
    int seen = 0;
    for (Long id : returns.due(BATCH)) {
      if (job != null && job.stopping()) {
        break;
      }
      try {
        LockContention.retried(() -> {
          returns.settleDue(id);
          return null;
        });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Return " + id + " could not be settled; tried again next run", e);
      }
      seen++;
    }
    return seen;
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
