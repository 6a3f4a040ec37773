package vn.langnghe.market.payment;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.PeriodicJob;
import vn.langnghe.market.platform.LockContention;

/**
 * Reconciliation (ask the gateway about payments that stay pending, so a paid order whose IPN
 * never came still ends paid), the event sweeper (apply stored callbacks whose handling failed:
 * a bank transfer has no status query, so its notice is the only word of the money) and the
 * refund runner (carry out the refunds that are due).
 */
@ApplicationScoped
public class PaymentJobs {

  private static final Logger LOG = Logger.getLogger(PaymentJobs.class.getName());
  static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PaymentWork work;
  @Inject PaymentCallbacks callbacks;
  @Inject PaymentEvents events;
  @Inject Gateways gateways;
  @Inject Clock clock;

  @Inject @ConfigProperty(name = "market.payments.reconcile-every") Duration reconcileEvery;
  @Inject @ConfigProperty(name = "market.payments.reconcile-after") Duration reconcileAfter;
  @Inject @ConfigProperty(name = "market.payments.refund-every") Duration refundEvery;

  private final List<PeriodicJob> jobs = new ArrayList<>();

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    jobs.add(every(reconcileEvery, "Payment reconciliation", () -> reconcile(reconcileAfter)));
    jobs.add(every(reconcileEvery, "Payment event sweeper",
        () -> completeUnfinished(PaymentCallbacks.IN_FLIGHT)));
    jobs.add(every(refundEvery, "Refund runner", this::sendRefunds));
  }

  /** What a run did. */
  public record Run(int examined, int settled) {}

  /** Asks the gateways about attempts pending longer than {@code pendingFor}; settles what they report. */
  public Run reconcile(Duration pendingFor) {
    int examined = 0;
    int settled = 0;
    List<PaymentWork.Check> batch;
    do {
      batch = work.claimForCheck(pendingFor, reconcileEvery, BATCH);
      for (PaymentWork.Check check : batch) {
        examined++;
        try {
          PaymentGateway.Report report = gateways.require(check.method()).query(check.attempt());
          if (report.settled()) {
            callbacks.reconciled(check.method(), check.attempt(), report);
            settled++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Reconciling " + check.attempt().reference() + " failed", e);
        }
      }
    } while (batch.size() == BATCH);
    return new Run(examined, settled);
  }

  /**
   * Applies the stored events received more than {@code olderThan} ago that have no result.
   * {@code settled}: how many now have one. One that fails again stays for the next run.
   */
  public Run completeUnfinished(Duration olderThan) {
    Instant cutoff = clock.instant().minus(olderThan);
    int examined = 0;
    int completed = 0;
    long after = 0;
    List<PaymentEvents.Stored> batch;
    do {
      batch = events.unfinished(cutoff, after, BATCH);
      for (PaymentEvents.Stored stored : batch) {
        examined++;
        after = stored.eventId();
        try {
          PaymentEvent.Result result = callbacks.complete(stored).result();
          LOG.info("Stored " + stored.method() + " event " + stored.eventId() + " completed: " + result);
          completed++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Stored " + stored.method() + " event " + stored.eventId()
              + " still fails; tried again at the next run", e);
        }
      }
    } while (batch.size() == BATCH);
    return new Run(examined, completed);
  }

  /** Sends every refund that is due to its gateway. */
  public Run sendRefunds() {
    int examined = 0;
    int done = 0;
    List<PaymentWork.Send> batch;
    do {
      batch = work.claimRefunds(BATCH);
      for (PaymentWork.Send send : batch) {
        examined++;
        PaymentGateway.RefundReport report;
        try {
          report = gateways.require(send.method()).refund(send.refund());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Refund " + send.refund().refundId() + " could not be sent", e);
          report = PaymentGateway.RefundReport.failed(true, String.valueOf(e.getMessage()));
        }
        PaymentGateway.RefundReport answer = report;
        LockContention.retried(() -> {
          work.refundAnswered(send.refund().refundId(), answer);
          return null;
        });
        done += report.succeeded() ? 1 : 0;
      }
    } while (batch.size() == BATCH);
    return new Run(examined, done);
  }

  private PeriodicJob every(Duration interval, String name, Runnable task) {
    return PeriodicJob.every(scheduler, interval, name, () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, name + " failed; it runs again at its next tick", e);
      }
    });
  }

  void stop(@Observes Shutdown shutdown) {
    stop();
  }

  @PreDestroy
  void stop() {
    jobs.forEach(PeriodicJob::stop);
  }
}
