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
import vn.langnghe.market.platform.Leases;
import vn.langnghe.market.platform.PeriodicJob;

/** Every few seconds, sends the order e-mails waiting in the outbox (the job calls the boundary). */
@ApplicationScoped
public class OrderMailDrainer {

  private static final Logger LOG = Logger.getLogger(OrderMailDrainer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject OrderMail mail;

  @Inject
  @ConfigProperty(name = "market.mail.drain-interval-ms", defaultValue = "2000")
  long intervalMillis;

  /**
   * Mail leaves inside the transaction that holds its rows ({@code FOR UPDATE SKIP LOCKED}); row
   * locks hold on one Galera node only, so with writes reaching two of them (a writer failover
   * with pooled connections left on the old one) two nodes could send the same mail. The lease,
   * a certified write, keeps the drain to one node at a time.
   */
  static final String LEASE = "order-mail-drain";
  static final Duration LEASE_FOR = Duration.ofMinutes(2);

  @Inject Leases leases;
  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, Duration.ofMillis(intervalMillis), "Order mail drainer",
        () -> leases.runAlone(LEASE, LEASE_FOR, this::drain));
  }

  private void drain() {
    try {
      while (mail.sendDue() == OrderMail.BATCH && !job.stopping()) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Order mail drain failed", e);
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
