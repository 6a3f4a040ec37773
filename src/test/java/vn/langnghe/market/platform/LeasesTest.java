package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LeasesTest {

  private static final Duration TTL = Duration.ofMinutes(1);

  @Test
  void eachTakingIsItsOwnHolder() {
    Leases leases = leases(() -> true);
    Leases.Lease first = leases.take("work", TTL).orElseThrow();
    Leases.Lease second = leases.take("work", TTL).orElseThrow();
    assertThat(first.name()).isEqualTo("work");
    assertThat(first.token()).isNotEqualTo(second.token());
  }

  @Test
  void aDatabaseThatFailsIsNotMistakenForAnotherHolder() {
    PersistenceException down = new PersistenceException(
        new SQLException("Communications link failure", "08S01", 0));
    Leases leases = leases(() -> {
      throw down;
    });
    assertThatThrownBy(() -> leases.take("work", TTL)).isSameAs(down);
    assertThat(DatabaseOutage.explains(down)).as("answered 503 by the error mapping").isTrue();

    // a periodic job just waits for its next turn
    AtomicBoolean ran = new AtomicBoolean();
    assertThat(leases.runAlone("work", TTL, () -> ran.set(true))).isFalse();
    assertThat(ran).isFalse();
  }

  @Test
  void losingARaceForTheLeaseIsNotTakingIt() {
    Leases leases = leases(() -> {
      throw new PersistenceException(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
    });
    assertThat(leases.take("work", TTL)).isEqualTo(Optional.empty());
    assertThat(leases(() -> false).take("work", TTL)).isEmpty();
  }

  /** Leases whose database answers each taking with {@code claim}. */
  private static Leases leases(Supplier<Boolean> claim) {
    Leases leases = new Leases();
    leases.self = new Leases() {
      @Override
      public boolean takeNow(Lease lease, Duration ttl) {
        return claim.get();
      }

      @Override
      public void releaseNow(Lease lease) {}
    };
    return leases;
  }
}
