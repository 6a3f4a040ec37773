package vn.langnghe.market.notifications;

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

/**
 * Every few seconds, delivers the notifications that are due: the e-mails first, then Zalo, each
 * channel in its own transactions, so a Zalo outage never holds an e-mail back.
 */
@ApplicationScoped
public class NotificationDrainer {

  private static final Logger LOG = Logger.getLogger(NotificationDrainer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "market.notifications.drain-interval")
  Duration interval;

  /**
   * Mail leaves inside the transaction that holds its rows ({@code FOR UPDATE SKIP LOCKED}); row
   * locks hold on one Galera node only, so with writes reaching two of them (a writer failover
   * with pooled connections left on the old one) two nodes could send the same mail. The lease,
   * a certified write, keeps the drain to one node at a time.
   */
  static final String LEASE = "notification-drain";
  static final Duration LEASE_FOR = Duration.ofMinutes(2);

  @Inject Leases leases;
  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 110) Startup startup) {
    job = PeriodicJob.every(scheduler, interval, "Notification drainer",
        () -> leases.runAlone(LEASE, LEASE_FOR, this::drain));
  }

  private void drain() {
    for (Notifications.Channel channel : Notifications.Channel.values()) {
      try {
        while (notifications.sendDue(channel) == Notifications.BATCH && !job.stopping()) {
          // a full batch: more may be waiting
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notification drain of " + channel + " failed", e);
      }
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
