package vn.langnghe.market.ocop;

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
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.PeriodicJob;

/**
 * The OCOP sweep ({@code market.ocop.sweep-every}; it only calls the boundary): a certificate past
 * its last day loses its badge, and one running out within {@code market.ocop.remind-before} has
 * its artisan told, once. Each certificate is its own transaction under its row lock, so two
 * nodes or two runs do each once.
 */
@ApplicationScoped
public class OcopExpiry {

  private static final Logger LOG = Logger.getLogger(OcopExpiry.class.getName());
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject OcopCertificates certificates;

  @Inject
  @ConfigProperty(name = "market.ocop.sweep-every", defaultValue = "PT1H")
  Duration every;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    job = PeriodicJob.every(scheduler, every, "OCOP certificate expiry", this::sweep);
  }

  /** Expires and reminds what is due; answers how many certificates were looked at. */
  public int sweep() {
    LocalDate today = certificates.today();
    return each(certificates.dueForExpiry(today, BATCH), certificates::expire, "expired")
        + each(certificates.dueForReminder(today, BATCH), certificates::remind, "reminded of");
  }

  private int each(List<Long> ids, LongConsumer work, String what) {
    int seen = 0;
    for (Long id : ids) {
      if (job != null && job.stopping()) {
        break;
      }
      try {
        LockContention.retried(() -> {
          work.accept(id);
          return null;
        });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "OCOP certificate " + id + " could not be " + what
            + "; tried again next run", e);
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
