package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.ordering.CheckoutQuote.Change;

/** What "changed" means for a quote: anything that would make the checkout charge otherwise. */
class CheckoutQuoteTest {

  static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  static final ParcelRates.Rate TARIFF = new ParcelRates.Rate(15_000, ShippingTariff.LABEL, 1, true);

  static Order.Destination to(String commune) {
    return new Order.Destination("Nguyễn Thị Hoa", "0912345678", "Số 5", commune, "Xã Trà Giang", "33", "Tỉnh Hưng Yên");
  }

  static OrderLine.Sold line(String sku, long price, int quantity) {
    return new OrderLine.Sold(1, 1, sku, "Vòng bạc", "", price, quantity, 400);
  }

  static Checkout.Basket basket(String commune, ParcelRates.Rate rate, OrderLine.Sold... sold) {
    List<OrderLine.Sold> lines = List.of(sold);
    long goods = lines.stream().mapToLong(l -> l.unitPriceVnd() * l.quantity()).sum();
    int grams = lines.stream().mapToInt(l -> l.weightGrams() * l.quantity()).sum();
    return new Checkout.Basket(to(commune), Map.of(), false, "lines", Map.of(), lines,
        List.of(new Checkout.Part(7, "xuong-bac", "Xưởng bạc", lines, grams, goods, rate)));
  }

  final CheckoutQuote quote = new CheckoutQuote("Q1", 42,
      basket("13093", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2)),
      NOW, NOW.plus(Duration.ofMinutes(15)));

  @Test
  void theSameCheckoutWithinTheValidityIsChargedTheQuote() {
    assertThat(quote.totalVnd()).isEqualTo(1_250_000 + 2 * 900_000 + 15_000);
    assertThat(quote.changeFor(basket("13093", TARIFF, line("CUP-1", 900_000, 2), line("RING-1", 1_250_000, 1)),
        NOW.plusSeconds(60))).isEmpty();
  }

  @Test
  void anExpiredOrChargedQuoteNoLongerHolds() {
    Checkout.Basket same = basket("13093", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2));
    assertThat(quote.changeFor(same, NOW.plus(Duration.ofMinutes(15)))).contains(Change.EXPIRED);
    quote.chargedBy(99);
    assertThat(quote.changeFor(same, NOW)).contains(Change.USED);
  }

  @Test
  void anotherCommuneLinesQuantityPriceOrFeeIsAChange() {
    assertThat(quote.changeFor(basket("13120", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2)), NOW))
        .contains(Change.DESTINATION);
    assertThat(quote.changeFor(basket("13093", TARIFF, line("RING-1", 1_250_000, 1)), NOW)).contains(Change.LINES);
    assertThat(quote.changeFor(basket("13093", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 3)), NOW))
        .contains(Change.LINES);
    assertThat(quote.changeFor(basket("13093", TARIFF, line("RING-1", 1_300_000, 1), line("CUP-1", 900_000, 2)), NOW))
        .contains(Change.PRICE);
    ParcelRates.Rate dearer = new ParcelRates.Rate(20_000, ShippingTariff.LABEL, 1, true);
    assertThat(quote.changeFor(basket("13093", dearer, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2)), NOW))
        .contains(Change.SHIPPING);
  }

  @Test
  void quoteIdsAreLongRandomAndOfTheAcceptedShape() {
    String id = CheckoutQuotes.newId();
    assertThat(id).matches(OrderViews.QUOTE_ID_PATTERN);
    assertThat(CheckoutQuotes.newId()).isNotEqualTo(id);
  }
}
