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
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.PeriodicJob;

/**
 * The orders' two sweeps (each job calls the boundary): unpaid orders past their payment time
 * expire; delivered orders the shopper never confirmed complete {@code
 * market.orders.auto-complete-after} after their last part was delivered.
 */
@ApplicationScoped
public class OrderExpiry {

  private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Orders orders;

  @Inject
  @ConfigProperty(name = "market.orders.expiry-sweep")
  Duration sweepInterval;

  @Inject
  @ConfigProperty(name = "market.orders.auto-complete-after")
  Duration completeAfter;

  @Inject
  @ConfigProperty(name = "market.orders.auto-complete-sweep")
  Duration completionInterval;

  private PeriodicJob job;
  private PeriodicJob completionJob;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, sweepInterval, "Order expiry sweep", this::sweep);
    completionJob = PeriodicJob.every(scheduler, completionInterval, "Delivered order completion",
        this::completeDelivered);
  }

  /** Expires every overdue order now; answers how many rows were looked at. */
  public int sweep() {
    return inBatches("Order expiry sweep", job, () -> orders.expireOverdue(BATCH));
  }

  /** Completes every delivered order that is due now; answers how many rows were looked at. */
  public int completeDelivered() {
    return inBatches("Delivered order completion", completionJob,
        () -> orders.completeDelivered(completeAfter, BATCH));
  }

  /** Batch after batch (each its own transaction) while a batch comes back full. */
  private static int inBatches(String what, PeriodicJob job, IntSupplier batchStep) {
    int seen = 0;
    try {
      int batch;
      do {
        batch = LockContention.retried(batchStep::getAsInt);
        seen += batch;
      } while (batch == BATCH && (job == null || !job.stopping()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, what + " failed", e);
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
    if (completionJob != null) {
      completionJob.stop();
    }
  }
}
