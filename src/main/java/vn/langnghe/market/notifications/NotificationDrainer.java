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

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 110) Startup startup) {
    job = PeriodicJob.every(scheduler, interval, "Notification drainer", this::drain);
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
