package vn.langnghe.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.ledger.LedgerRates.Figures;

/**
 * RETURN lines computed as figures(remaining after) − figures(remaining before): over thousands of
 * random sales, rates and ways to return them piece by piece, no return ever gives back more than
 * the sale, and returning everything cancels the sale to the đồng in every column.
 */
class ReturnFiguresPropertyTest {

  private static Figures plus(Figures a, Figures b) {
    return new Figures(a.goodsVnd() + b.goodsVnd(), a.shippingVnd() + b.shippingVnd(),
        a.grossVnd() + b.grossVnd(), a.commissionVnd() + b.commissionVnd(),
        a.vatWithheldVnd() + b.vatWithheldVnd(), a.pitWithheldVnd() + b.pitWithheldVnd(),
        a.netVnd() + b.netVnd());
  }

  private static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0);

  @Test
  void returningEveryLineInAnyStepsCancelsTheSaleExactlyAndNeverMore() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int trial = 0; trial < 20_000; trial++) {
      LedgerRates rates = new LedgerRates(random.nextInt(0, 2_001), random.nextInt(0, 201), random.nextInt(0, 201));
      int lineCount = random.nextInt(1, 6);
      List<Long> lines = new ArrayList<>();
      long goods = 0;
      for (int i = 0; i < lineCount; i++) {
        long unit = random.nextLong(1, 5_000_000);
        int quantity = random.nextInt(1, 4);
        for (int q = 0; q < quantity; q++) {
          lines.add(unit); // each piece can be returned on its own
        }
        goods += unit * quantity;
      }
      long shipping = random.nextLong(0, 80_000);
      Figures sale = rates.of(goods, shipping);
      Figures returned = ZERO;
      long goodsLeft = goods;
      long shippingLeft = shipping;
      java.util.Collections.shuffle(lines, new java.util.Random(random.nextLong()));
      int i = 0;
      while (i < lines.size()) {
        int take = random.nextInt(1, lines.size() - i + 1);
        long pieceGoods = 0;
        for (int k = 0; k < take; k++) {
          pieceGoods += lines.get(i + k);
        }
        i += take;
        // the shipping goes back only with the last pieces, when all of it is given back
        long pieceShipping = i == lines.size() ? shippingLeft : 0;
        Figures line = rates.returned(goodsLeft, shippingLeft, pieceGoods, pieceShipping);
        assertThat(line.goodsVnd()).isEqualTo(-pieceGoods);
        assertThat(line.shippingVnd()).isEqualTo(-pieceShipping);
        assertThat(line.commissionVnd()).isLessThanOrEqualTo(0);
        assertThat(line.vatWithheldVnd()).isLessThanOrEqualTo(0);
        assertThat(line.pitWithheldVnd()).isLessThanOrEqualTo(0);
        assertThat(line.grossVnd())
            .isEqualTo(line.netVnd() + line.commissionVnd() + line.vatWithheldVnd() + line.pitWithheldVnd());
        returned = plus(returned, line);
        goodsLeft -= pieceGoods;
        shippingLeft -= pieceShipping;
        Figures standing = plus(sale, returned);
        // never more given back than the sale held, in any column
        assertThat(standing.commissionVnd()).isBetween(0L, sale.commissionVnd());
        assertThat(standing.vatWithheldVnd()).isBetween(0L, sale.vatWithheldVnd());
        assertThat(standing.pitWithheldVnd()).isBetween(0L, sale.pitWithheldVnd());
        assertThat(standing.netVnd()).isBetween(0L, sale.netVnd());
        // what stands is exactly what a sale of the remaining goods would have been
        assertThat(standing).isEqualTo(rates.of(goodsLeft, shippingLeft));
      }
      assertThat(plus(sale, returned)).as("sale + all its returns, trial " + trial).isEqualTo(ZERO);
    }
  }

  @Test
  void aReturnOfMoreThanRemainsIsRefused() {
    LedgerRates rates = new LedgerRates(800, 100, 50);
    assertThatThrownBy(() -> rates.returned(100_000, 30_000, 100_001, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rates.returned(100_000, 30_000, 0, 30_001))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
