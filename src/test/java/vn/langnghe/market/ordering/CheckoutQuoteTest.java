package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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

  final CheckoutQuote quote = CheckoutQuote.of(42, 7L,
      basket("13093", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2)),
      NOW.plus(Duration.ofMinutes(15)));

  static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
  static final byte[] OLD_KEY = "the key before, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSameCheckoutWithinTheValidityIsChargedTheQuote() {
    assertThat(quote.changeFor(basket("13093", TARIFF, line("CUP-1", 900_000, 2), line("RING-1", 1_250_000, 1)),
        NOW.plusSeconds(60))).isEmpty();
    assertThat(quote.part(7).orElseThrow().shippingVnd()).isEqualTo(15_000);
  }

  @Test
  void anExpiredQuoteNoLongerHolds() {
    Checkout.Basket same = basket("13093", TARIFF, line("RING-1", 1_250_000, 1), line("CUP-1", 900_000, 2));
    assertThat(quote.changeFor(same, NOW.plus(Duration.ofMinutes(15)))).contains(Change.EXPIRED);
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
  void aSealedQuoteOpensToTheSameFiguresAndHasTheAcceptedShape() {
    String id = QuoteSeal.withKeys(KEY).seal(quote);
    assertThat(id).matches(OrderViews.QUOTE_ID_PATTERN);
    assertThat(QuoteSeal.withKeys(KEY).open(id)).contains(quote);
    // a rotation: the new key seals, the old one still opens what it sealed
    String old = QuoteSeal.withKeys(OLD_KEY).seal(quote);
    assertThat(QuoteSeal.withKeys(KEY, OLD_KEY).open(old)).contains(quote);
    assertThat(QuoteSeal.withKeys(KEY, OLD_KEY).seal(quote)).isEqualTo(id);
  }

  @Test
  void aTamperedOrForeignQuoteDoesNotOpen() {
    String id = QuoteSeal.withKeys(KEY).seal(quote);
    String figures = id.substring(1, id.indexOf('.'));
    String seal = id.substring(id.indexOf('.') + 1);
    // the same seal on cheaper figures: one byte of the shipping fee changed
    byte[] bytes = java.util.Base64.getUrlDecoder().decode(figures);
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 1;
      String tampered = "Q" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(changed) + "." + seal;
      assertThat(QuoteSeal.withKeys(KEY).open(tampered)).as("byte %d changed", i).isEmpty();
    }
    assertThat(QuoteSeal.withKeys(OLD_KEY).open(id)).as("sealed with another key").isEmpty();
    assertThat(QuoteSeal.withKeys(KEY).open(id.substring(0, id.length() - 1))).isEmpty();
    assertThat(QuoteSeal.withKeys(KEY).open("Q" + figures)).isEmpty();
    assertThat(QuoteSeal.withKeys(KEY).open("Q!!." + seal)).isEmpty();
  }

  @Test
  void aQuoteIdIsAcceptedInItsOneSpellingOnly() {
    String id = QuoteSeal.withKeys(KEY).seal(quote);
    String seal = id.substring(id.indexOf('.') + 1);
    assertThat(seal).hasSize(43);
    assertThat(QuoteSeal.ref(id)).isEqualTo(seal);
    // 32 bytes fill 43 characters but for 2 low bits of the last, which the decoder ignores
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(id.charAt(id.length() - 1));
    for (int lowBits = 1; lowBits < 4; lowBits++) {
      String respelled = id.substring(0, id.length() - 1) + alphabet.charAt(last ^ lowBits);
      assertThat(java.util.Base64.getUrlDecoder().decode(respelled.substring(respelled.indexOf('.') + 1)))
          .as("the decoder reads the same seal").isEqualTo(java.util.Base64.getUrlDecoder().decode(seal));
      assertThat(QuoteSeal.withKeys(KEY).open(respelled)).as(respelled).isEmpty();
    }
    // the seal padded: the same bytes to the decoder, not our spelling
    assertThat(java.util.Base64.getUrlDecoder().decode(seal + "=")).isEqualTo(java.util.Base64.getUrlDecoder().decode(seal));
    assertThat(QuoteSeal.withKeys(KEY).open(id + "=")).isEmpty();
    assertThat(QuoteSeal.withKeys(KEY).open(id)).contains(quote);
  }

  @Test
  void configuringKeysKeepsTheDatabaseKeysQuotesValid() {
    byte[] database = "the key the migration drew, 32 bytes".getBytes(StandardCharsets.UTF_8);
    String before = QuoteSeal.node(List.of(), database).seal(quote);

    QuoteSeal configured = QuoteSeal.node(List.of(KEY), database);
    assertThat(configured.open(before)).contains(quote);
    assertThat(configured.seal(quote)).as("the configured key seals").isEqualTo(QuoteSeal.withKeys(KEY).seal(quote))
        .isNotEqualTo(before);
    assertThat(QuoteSeal.withKeys(KEY).open(before)).as("the configured key alone").isEmpty();
  }

  @Test
  void keysShorterThan32BytesAreRefused() {
    assertThatThrownBy(() -> QuoteSeal.withKeys("short".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class);
  }
}
