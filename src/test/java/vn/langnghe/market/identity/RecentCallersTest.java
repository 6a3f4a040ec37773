package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentCallersTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final Caller HOA = new Caller(7, "hoa@example.vn", Set.of(Role.SHOPPER));

  @Test
  void aCallerIsReusedForItsLifetimeOnly() {
    RecentCallers recent = new RecentCallers(Duration.ofSeconds(30), 10);
    recent.remember("h", HOA, NOW.plus(Duration.ofHours(12)), NOW);
    assertThat(recent.get("h", NOW.plusSeconds(29))).contains(HOA);
    assertThat(recent.get("h", NOW.plusSeconds(30))).isEmpty();
  }

  @Test
  void neverBeyondTheTokensOwnExpiry() {
    RecentCallers recent = new RecentCallers(Duration.ofSeconds(30), 10);
    recent.remember("h", HOA, NOW.plusSeconds(5), NOW);
    assertThat(recent.get("h", NOW.plusSeconds(5))).isEmpty();
  }

  @Test
  void signingOutForgetsAtOnceAndZeroLifetimeRemembersNothing() {
    RecentCallers recent = new RecentCallers(Duration.ofSeconds(30), 10);
    recent.remember("h", HOA, NOW.plus(Duration.ofHours(1)), NOW);
    recent.forget("h");
    assertThat(recent.get("h", NOW)).isEmpty();
    RecentCallers off = new RecentCallers(Duration.ZERO, 10);
    off.remember("h", HOA, NOW.plus(Duration.ofHours(1)), NOW);
    assertThat(off.get("h", NOW)).isEmpty();
  }

  @Test
  void itStaysWithinItsCapacity() {
    RecentCallers recent = new RecentCallers(Duration.ofSeconds(30), 3);
    for (int i = 0; i < 10; i++) {
      recent.remember("h" + i, HOA, NOW.plus(Duration.ofHours(1)), NOW);
    }
    long remembered = java.util.stream.IntStream.range(0, 10).filter(i -> recent.get("h" + i, NOW).isPresent()).count();
    assertThat(remembered).isBetween(1L, 3L);
    assertThat(recent.get("h9", NOW)).contains(HOA);
  }
}
