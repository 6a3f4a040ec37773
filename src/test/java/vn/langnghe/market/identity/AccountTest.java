package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  private final Instant now = Instant.parse("2026-11-26T03:00:00Z");
  private final Account account = new Account("hoa@x.vn", "Hoa", "hash", Set.of(Role.SHOPPER), now);

  @Test
  void fourFailuresAreFreeTheFifthLocksForThirtySeconds() {
    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.isLockedAt(now)).isFalse();

    account.recordFailedLogin(now);

    assertThat(account.isLockedAt(now)).isTrue();
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofSeconds(30));
    assertThat(account.isLockedAt(now.plusSeconds(31))).isFalse();
  }

  @Test
  void theLockDoublesUpToAQuarterOfAnHour() {
    for (int i = 0; i < 6; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofSeconds(60));
    for (int i = 0; i < 20; i++) {
      account.recordFailedLogin(now);
    }
    assertThat(account.lockRemaining(now)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aSuccessClearsTheCount() {
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(now);
    }
    account.recordSuccessfulLogin();
    assertThat(account.isLockedAt(now)).isFalse();
    assertThat(account.failedLogins()).isZero();
  }

  @Test
  void rolesRoundTrip() {
    Account artisan = new Account("a@x.vn", "A", "h", Set.of(Role.ARTISAN, Role.SHOPPER), now);
    assertThat(artisan.roles()).containsExactlyInAnyOrder(Role.ARTISAN, Role.SHOPPER);
  }
}
