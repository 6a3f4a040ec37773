package vn.langnghe.market.payouts;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.PeriodicJob;

/**
 * The weekly payout run: every {@code market.payouts.schedule-check} it asks whether this
 * week's run is due and makes it if so (a run is made once per week however often it is asked).
 */
@ApplicationScoped
public class PayoutScheduleJob {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PayoutSettings settings;
  @Inject PayoutRuns runs;
  @Inject Clock clock;

  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 100) Startup startup) {
    PayoutSchedule schedule = settings.schedule();
    if (!schedule.off()) {
      job = PeriodicJob.every(scheduler, settings.scheduleCheck(), "Weekly payout run",
          () -> schedule.duePeriod(clock.instant()).ifPresent(period -> runs.create(period, null)));
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
