package vn.langnghe.market.ordering;

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
 * Completes delivered orders the shopper never confirmed, once {@code
 * market.orders.auto-complete-after} has passed since the last part was delivered (the job calls
 * the boundary).
 */
@ApplicationScoped
public class OrderCompletion {

  private static final Logger LOG = Logger.getLogger(OrderCompletion.class.getName());
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Orders orders;

  @Inject
  @ConfigProperty(name = "market.orders.auto-complete-after")
  Duration completeAfter;

  @Inject
  @ConfigProperty(name = "market.orders.auto-complete-sweep")
  Duration sweepInterval;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, sweepInterval, "Delivered order completion", this::sweep);
  }

  /** Completes every order due now; answers how many rows were looked at. */
  public int sweep() {
    int seen = 0;
    try {
      int batch;
      do {
        batch = LockContention.retried(() -> orders.completeDelivered(completeAfter, BATCH));
        seen += batch;
      } while (batch == BATCH && (job == null || !job.stopping()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivered order completion failed", e);
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
