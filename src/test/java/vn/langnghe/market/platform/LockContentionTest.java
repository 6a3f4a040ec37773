package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockContentionTest {

  static RuntimeException deadlock() {
    return new RuntimeException("commit failed",
        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
  }

  @Test
  void aDeadlockVictimRunsAgainUntilItSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    String result = LockContention.retried(() -> {
      if (calls.incrementAndGet() < 3) {
        throw deadlock();
      }
      return "placed";
    });
    assertThat(result).isEqualTo("placed");
    assertThat(calls).hasValue(3);
  }

  @Test
  void otherFailuresAndEndlessContentionAreNotHidden() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> LockContention.retried(() -> {
      calls.incrementAndGet();
      throw new Problems.ConflictException("out of stock");
    })).isInstanceOf(Problems.ConflictException.class);
    assertThat(calls).hasValue(1);
    assertThatThrownBy(() -> LockContention.retried(() -> {
      throw deadlock();
    })).hasRootCauseInstanceOf(SQLException.class);
    assertThat(LockContention.isTransient(new RuntimeException(new SQLException("lock wait", "HY000", 1205))))
        .isTrue();
    assertThat(LockContention.isTransient(new RuntimeException(new SQLException("dup", "23000", 1062))))
        .isFalse();
  }
}
