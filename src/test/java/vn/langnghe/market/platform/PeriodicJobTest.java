package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicJobTest {

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  @AfterEach
  void shutDown() {
    scheduler.shutdownNow();
  }

  @Test
  void stopWaitsForTheRunInProgressToFinish() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    PeriodicJob job = PeriodicJob.every(scheduler, Duration.ofMillis(10), "slow", () -> {
      started.countDown();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      finished.set(true);
    });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    job.stop();
    assertThat(finished).as("the run in progress ended before stop returned").isTrue();
    assertThat(job.stopping()).isTrue();
  }

  @Test
  void afterStopNoRunStarts() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    PeriodicJob job = PeriodicJob.every(scheduler, Duration.ofMillis(5), "counter", runs::incrementAndGet);
    // the first run may be slow on a loaded machine (the logging MDC looked up for the first time)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (runs.get() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    job.stop();
    int atStop = runs.get();
    assertThat(atStop).isPositive();
    Thread.sleep(100);
    assertThat(runs).hasValue(atStop);
    job.stop(); // twice is harmless
  }

  @Test
  void aRunThatThrowsAnErrorIsLoggedAndTheNextRunStillComes() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    List<LogRecord> logged;
    try (CapturedLog log = CapturedLog.of(PeriodicJob.class)) {
      logged = log.records();
      CountDownLatch again = new CountDownLatch(3);
      PeriodicJob job = PeriodicJob.every(scheduler, Duration.ofMillis(5), "fragile", () -> {
        again.countDown();
        if (runs.incrementAndGet() == 1) {
          throw new NoClassDefFoundError("vn/langnghe/market/Gone");
        }
        if (runs.get() == 2) {
          throw new IllegalStateException("a bad row");
        }
      });
      assertThat(again.await(5, TimeUnit.SECONDS)).as("runs after an Error and an exception").isTrue();
      job.stop();
    }
    assertThat(logged).extracting(LogRecord::getThrown).hasAtLeastOneElementOfType(NoClassDefFoundError.class)
        .hasAtLeastOneElementOfType(IllegalStateException.class);
    assertThat(logged).allMatch(r -> r.getLevel() == Level.SEVERE && r.getMessage().startsWith("fragile"));
  }

  @Test
  void eachRunStartsUnderNoRequestWhateverItsThreadInherited() {
    PeriodicJob job = PeriodicJob.every(scheduler, Duration.ofHours(1), "quiet", () -> {});
    // what the server's inheritable MDC leaves on a pool thread born during a request
    org.jboss.logging.MDC.put(RequestIds.MDC_KEY, "stale-request");
    try {
      List<Object> seen = new CopyOnWriteArrayList<>();
      job.runOnce(() -> {
        seen.add(String.valueOf(org.jboss.logging.MDC.get(RequestIds.MDC_KEY)));
        seen.add(RequestIds.current().isPresent());
      });
      assertThat(seen).containsExactly("null", false);
      assertThat(org.jboss.logging.MDC.get(RequestIds.MDC_KEY)).isEqualTo("stale-request");
    } finally {
      org.jboss.logging.MDC.remove(RequestIds.MDC_KEY);
      job.stop();
    }
  }
}
