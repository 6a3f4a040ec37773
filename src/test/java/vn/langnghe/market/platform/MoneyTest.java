package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void vndIsGroupedWithDotsAndEndsWithTheDongSign() {
    assertThat(Money.formatVnd(1_250_000)).isEqualTo("1.250.000 ₫");
    assertThat(Money.formatVnd(45_000)).isEqualTo("45.000 ₫");
    assertThat(Money.formatVnd(999)).isEqualTo("999 ₫");
    assertThat(Money.formatVnd(0)).isEqualTo("0 ₫");
    assertThat(Money.formatVnd(-25_000_000)).isEqualTo("-25.000.000 ₫");
  }
}
