package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private Metrics.Sampled gauge() {
    return new Metrics.Sampled(nanos::get, Duration.ofSeconds(45));
  }

  @Test
  void aGaugeShowsNothingUntilItsFirstReadingAndThenTheReading() {
    Metrics.Sampled gauge = gauge();
    assertThat(gauge.value()).isNaN();
    gauge.set(12);
    assertThat(gauge.value()).isEqualTo(12.0);
  }

  @Test
  void aReadingTooOldToBelieveShowsAsNaNRatherThanAHealthyLookingNumber() {
    Metrics.Sampled gauge = gauge();
    gauge.set(0);
    nanos.addAndGet(Duration.ofSeconds(45).toNanos());
    assertThat(gauge.value()).isZero();
    nanos.addAndGet(1);
    assertThat(gauge.value()).isNaN();
    gauge.set(3);
    assertThat(gauge.value()).isEqualTo(3.0);
  }

  @Test
  void aFailedReadingMakesItsGaugesNaNUntilOneSucceeds() {
    Metrics.Sampled waiting = gauge();
    Metrics.Sampled oldest = gauge();
    boolean[] databaseDown = {false};
    Metrics.Sampler sampler = new Metrics.Sampler("the outbox", () -> {
      if (databaseDown[0]) {
        throw new IllegalStateException("Communications link failure");
      }
      waiting.set(4);
      oldest.set(30);
    }, List.of(waiting, oldest));

    sampler.run();
    assertThat(waiting.value()).isEqualTo(4.0);
    databaseDown[0] = true;
    sampler.run();
    assertThat(waiting.value()).isNaN();
    assertThat(oldest.value()).isNaN();
    databaseDown[0] = false;
    sampler.run();
    assertThat(oldest.value()).isEqualTo(30.0);
  }

  @Test
  void aGaugeRegisteredAgainReplacesTheOneADeploymentLeftBehind() {
    Metrics metrics = new Metrics();
    metrics.registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    metrics.sampleInterval = Duration.ofSeconds(15);
    metrics.gauge("market.outbox.waiting", "topic", "product").set(7);

    Metrics.Sampled fresh = metrics.gauge("market.outbox.waiting", "topic", "product");
    fresh.set(2);

    assertThat(metrics.registry.get("market.outbox.waiting").tag("topic", "product").gauges())
        .singleElement().satisfies(g -> assertThat(g.value()).isEqualTo(2.0));
  }

  @Test
  void whatWaitsIsAgedFromItsOldestAndNothingWaitingIsZeroSecondsOld() {
    java.time.Instant now = java.time.Instant.parse("2026-12-07T10:00:00Z");
    assertThat(new Metrics.Waiting(3, now.minusSeconds(90)).ageSeconds(now)).isEqualTo(90);
    assertThat(Metrics.Waiting.NONE.ageSeconds(now)).isZero();
    // a row written by a node whose clock runs ahead is not negative
    assertThat(new Metrics.Waiting(1, now.plusSeconds(2)).ageSeconds(now)).isZero();
  }

  @Test
  void aCountOnCommitWaitsForTheCommitAndIsDroppedByATransactionThatWillNotCommit() {
    int[] status = {jakarta.transaction.Status.STATUS_NO_TRANSACTION};
    List<jakarta.transaction.Synchronization> registered = new java.util.ArrayList<>();
    Metrics metrics = new Metrics();
    metrics.registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    metrics.transactions = (jakarta.transaction.TransactionSynchronizationRegistry) java.lang.reflect.Proxy
        .newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {jakarta.transaction.TransactionSynchronizationRegistry.class},
            (proxy, method, args) -> switch (method.getName()) {
              case "getTransactionStatus" -> status[0];
              case "registerInterposedSynchronization" -> {
                registered.add((jakarta.transaction.Synchronization) args[0]);
                yield null;
              }
              default -> throw new UnsupportedOperationException(method.getName());
            });

    metrics.countOnCommit("market.checkouts"); // outside any transaction: at once
    assertThat(metrics.registry.counter("market.checkouts").count()).isEqualTo(1.0);

    status[0] = jakarta.transaction.Status.STATUS_MARKED_ROLLBACK;
    metrics.countOnCommit("market.checkouts");
    status[0] = jakarta.transaction.Status.STATUS_ROLLEDBACK;
    metrics.countOnCommit("market.checkouts");
    assertThat(metrics.registry.counter("market.checkouts").count()).isEqualTo(1.0);
    assertThat(registered).isEmpty();

    status[0] = jakarta.transaction.Status.STATUS_ACTIVE;
    metrics.countOnCommit("market.checkouts");
    metrics.countOnCommit("market.checkouts");
    assertThat(metrics.registry.counter("market.checkouts").count()).isEqualTo(1.0);
    registered.get(0).afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED);
    registered.get(1).afterCompletion(jakarta.transaction.Status.STATUS_ROLLEDBACK);
    assertThat(metrics.registry.counter("market.checkouts").count()).isEqualTo(2.0);
  }
}
