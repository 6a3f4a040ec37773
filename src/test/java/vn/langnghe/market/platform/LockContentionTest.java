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

  @Test
  void aRefusalTheCallerNamesRunsAgainButOnlyForThatCaller() {
    RuntimeException numberTaken = new RuntimeException("flush failed",
        new SQLException("Duplicate entry 'LN261126-AAAAAAAA' for key 'uk_order_number'", "23000", 1062));
    AtomicInteger calls = new AtomicInteger();
    String result = LockContention.retried(() -> {
      if (calls.incrementAndGet() < 2) {
        throw numberTaken;
      }
      return "placed";
    }, sql -> sql.getErrorCode() == 1062);
    assertThat(result).isEqualTo("placed");
    assertThat(calls).hasValue(2);

    calls.set(0);
    assertThatThrownBy(() -> LockContention.retried(() -> {
      calls.incrementAndGet();
      throw numberTaken;
    })).isSameAs(numberTaken);
    assertThat(calls).hasValue(1);
  }
}
