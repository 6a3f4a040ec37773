package vn.langnghe.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.ledger.LedgerRates.Figures;

class LedgerRatesTest {

  /** The defaults: 5% commission, 1% VAT and 0.5% PIT withheld. */
  final LedgerRates rates = new LedgerRates(500, 100, 50);

  @Test
  void commissionAndWithholdingAreTakenOnTheGoodsAndTheShopKeepsTheRestWithTheShipping() {
    Figures f = rates.of(1_250_000, 20_000);
    assertThat(f).isEqualTo(new Figures(1_250_000, 20_000, 1_270_000, 62_500, 12_500, 6_250,
        1_270_000 - 62_500 - 12_500 - 6_250));
  }

  @Test
  void nothingSoldMeansNothingTakenAndTheShippingPassesThrough() {
    assertThat(rates.of(0, 15_000)).isEqualTo(new Figures(0, 15_000, 15_000, 0, 0, 0, 15_000));
    assertThat(rates.of(0, 0)).isEqualTo(new Figures(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void oneDongIsTooLittleToShareAtTheseRates() {
    assertThat(rates.of(1, 0)).isEqualTo(new Figures(1, 0, 1, 0, 0, 0, 1));
  }

  @Test
  void sharesRoundHalfUpToTheWholeDong() {
    assertThat(LedgerRates.share(10, 500)).as("0.5 rounds up").isEqualTo(1);
    assertThat(LedgerRates.share(9, 500)).as("0.45 rounds down").isEqualTo(0);
    assertThat(LedgerRates.share(900, 50)).as("4.5").isEqualTo(5);
    assertThat(LedgerRates.share(899, 50)).as("4.495").isEqualTo(4);
    assertThat(LedgerRates.share(99, 100)).as("0.99").isEqualTo(1);
    assertThat(LedgerRates.share(1, 5_000)).as("0.5").isEqualTo(1);
    assertThat(rates.of(100, 0)).isEqualTo(new Figures(100, 0, 100, 5, 1, 1, 93));
    assertThat(rates.of(99, 0)).isEqualTo(new Figures(99, 0, 99, 5, 1, 0, 93));
  }

  @Test
  void theLargestAmountsNeitherOverflowNorLoseADong() {
    assertThat(LedgerRates.share(Long.MAX_VALUE, 500)).isEqualTo(halfUp(Long.MAX_VALUE, 500));
    assertThat(LedgerRates.share(Long.MAX_VALUE, 10_000)).isEqualTo(Long.MAX_VALUE);
    assertThat(LedgerRates.share(Long.MAX_VALUE - 4_999, 1)).isEqualTo(halfUp(Long.MAX_VALUE - 4_999, 1));
    SplittableRandom random = new SplittableRandom(117);
    for (int i = 0; i < 10_000; i++) {
      long amount = i % 2 == 0 ? random.nextLong(1_000_000_000L) : random.nextLong(Long.MAX_VALUE);
      int bp = random.nextInt(10_001);
      assertThat(LedgerRates.share(amount, bp)).as("%d × %d bp", amount, bp).isEqualTo(halfUp(amount, bp));
    }
  }

  @Test
  void aSaleTooLargeForALongIsRefusedRatherThanWrapped() {
    assertThatThrownBy(() -> rates.of(Long.MAX_VALUE, 1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ratesOutsideZeroToOneHundredPercentAreRefused() {
    assertThatThrownBy(() -> new LedgerRates(-1, 100, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LedgerRates(500, 10_001, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LedgerRates(9_000, 1_000, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rates.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new LedgerRates(0, 0, 0).of(500_000, 0).netVnd()).isEqualTo(500_000);
  }

  /** The same sum in decimal arithmetic, as the independent check. */
  private static long halfUp(long amount, int basisPoints) {
    return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(basisPoints))
        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
