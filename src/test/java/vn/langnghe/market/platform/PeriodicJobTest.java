package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    Thread.sleep(100);
    job.stop();
    int atStop = runs.get();
    assertThat(atStop).isPositive();
    Thread.sleep(100);
    assertThat(runs).hasValue(atStop);
    job.stop(); // twice is harmless
  }
}
