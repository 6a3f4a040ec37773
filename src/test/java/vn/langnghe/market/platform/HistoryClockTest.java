package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HistoryClockTest {

  static final Instant PAST = Instant.parse("2026-06-01T03:00:00Z");

  @Test
  void readsTheSetInstantOnlyOnTheReplayingThreadAndOnlyMeanwhile() throws Exception {
    HistoryClock clock = HistoryClock.UTC;
    Instant other = HistoryClock.at(PAST, () -> {
      assertThat(clock.instant()).isEqualTo(PAST);
      assertThat(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")).instant()).isEqualTo(PAST);
      return CompletableFuture.supplyAsync(clock::instant).join();
    });
    assertThat(other).as("another thread meanwhile").isAfter(PAST.plusSeconds(86_400 * 100));
    assertThat(clock.instant()).as("afterwards").isAfter(PAST.plusSeconds(86_400 * 100));
  }

  @Test
  void anInnerReplayGivesBackTheOuterInstant() {
    Instant later = PAST.plusSeconds(3_600);
    HistoryClock.at(PAST, () -> {
      assertThat(HistoryClock.at(later, HistoryClock.UTC::instant)).isEqualTo(later);
      assertThat(HistoryClock.UTC.instant()).isEqualTo(PAST);
      return null;
    });
  }

  @Test
  void onlyADemoRunGetsIt() {
    Clocks clocks = new Clocks();
    assertThat(clocks.clock()).isNotInstanceOf(HistoryClock.class);
    clocks.demo = true;
    assertThat(clocks.clock()).isSameAs(HistoryClock.UTC);
  }
}
