package vn.langnghe.market.ordering;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;

/** Every few seconds, sends the order e-mails waiting in the outbox (the job calls the boundary). */
@ApplicationScoped
public class OrderMailDrainer {

  private static final Logger LOG = Logger.getLogger(OrderMailDrainer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject OrderMail mail;

  @Inject
  @ConfigProperty(name = "market.mail.drain-interval-ms", defaultValue = "2000")
  long intervalMillis;

  private ScheduledFuture<?> job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = scheduler.scheduleWithFixedDelay(this::drain, intervalMillis, intervalMillis,
        TimeUnit.MILLISECONDS);
  }

  private void drain() {
    try {
      while (mail.sendDue() == OrderMail.BATCH) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Order mail drain failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }
}
