package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class SignInAttemptsTest {

  private final SignInAttempts attempts = new SignInAttempts(5, Duration.ofSeconds(30));

  @Test
  void fiveAttemptsFromOneClientThenOnePerRefill() {
    for (int i = 0; i < 5; i++) {
      attempts.claim("127.0.0.5", "hoa@x.vn");
    }

    assertThatThrownBy(() -> attempts.claim("127.0.0.5", "hoa@x.vn"))
        .isInstanceOfSatisfying(Problems.TooManyAttemptsException.class,
            e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 30L));
  }

  @Test
  void anotherClientAndAnotherAccountKeepTheirOwnAttempts() {
    for (int i = 0; i < 5; i++) {
      attempts.claim("127.0.0.5", "hoa@x.vn");
    }

    attempts.claim("127.0.0.1", "hoa@x.vn");
    attempts.claim("127.0.0.5", "lan@x.vn");
  }

  @Test
  void theRightPasswordForgivesTheClientsEarlierMisses() {
    for (int i = 0; i < 5; i++) {
      attempts.claim("127.0.0.1", "hoa@x.vn");
    }
    attempts.succeeded("127.0.0.1", "hoa@x.vn");

    for (int i = 0; i < 5; i++) {
      attempts.claim("127.0.0.1", "hoa@x.vn");
    }
  }

  @Test
  void parallelAttemptsAreEachCounted() throws Exception {
    List<Callable<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tries.add(() -> {
        try {
          attempts.claim("127.0.0.6", "hoa@x.vn");
          return true;
        } catch (Problems.TooManyAttemptsException refused) {
          return false;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long passed = 0;
    try {
      for (Future<Boolean> result : pool.invokeAll(tries)) {
        passed += result.get() ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(passed).isEqualTo(5);
  }
}
