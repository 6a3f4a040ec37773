package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestBudgetsTest {

  @Test
  void aSizeReadsAsCountPerPeriod() {
    assertThat(RequestLimit.Size.parse("60/PT1M")).isEqualTo(new RequestLimit.Size(60, Duration.ofMinutes(1)));
    assertThatThrownBy(() -> RequestLimit.Size.parse("60")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestLimit.Size.parse("0/PT1M")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachClientHasItsOwnBudgetAndIsToldHowLongToWait() {
    RequestBudgets budgets = RequestBudgets.perClient(new RequestLimit.Size(3, Duration.ofMinutes(1)));
    for (int i = 0; i < 3; i++) {
      assertThat(budgets.take("127.0.0.7")).isZero();
    }

    assertThat(budgets.take("127.0.0.7")).isBetween(1L, 20L);
    assertThat(budgets.take("127.0.0.1")).isZero();
  }

  @Test
  void everyDefaultLimitIsWellFormed() {
    for (RequestLimit limit : RequestLimit.values()) {
      assertThat(RequestLimit.Size.parse(limit.byDefault()).requests()).isPositive();
    }
  }
}
