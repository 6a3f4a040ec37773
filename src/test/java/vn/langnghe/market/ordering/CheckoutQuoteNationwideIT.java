package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Shoppers in Hà Nội and TP.HCM buy from a Đồng Xâm shop (Hưng Yên): GHN (its simulator, over
 * HTTP) prices the parcels, the fee grows with the distance (Hà Nội is another province of the
 * north, TP.HCM another region) and with the weight, and each order charges what its quote
 * showed. When GHN cannot answer, the marketplace's tariff prices the parcel, labelled as such,
 * and once GHN answers again the checkout shows its price again rather than charging either.
 */
class CheckoutQuoteNationwideIT extends MarketIT {

  /** Phường Ba Đình, Thành phố Hà Nội (01); Phường Bến Thành, Thành phố Hồ Chí Minh (79). */
  static final String BA_DINH = "00004";
  static final String BEN_THANH = "26743";

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static TestShops.Artisan silversmith;
  static String admin;

  @BeforeAll
  static void prepare() {
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
  }

  static void carrierFault(String mode) {
    Api.Reply set = api.post("/api/sandbox/ghn/fault", Map.of("mode", mode), admin);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  static Map<String, Object> address(String communeCode) {
    return Map.of("name", "Trần Văn Minh", "phone", "0987 654 321", "line1", "Số 12, phố Đội Cấn",
        "communeCode", communeCode);
  }

  static JsonNode quoted(String token, String sku, int quantity, String commune) {
    Api.Reply reply = api.post("/api/checkout/quote",
        Map.of("lines", List.of(line(sku, quantity)), "shippingAddress", address(commune)), token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void hanoiAndSaigonShoppersPayByDistanceAndWeightAndTheOrderChargesTheQuote() {
    String sku = TestShops.sku("FAR");
    shops.product(silversmith, sku, 20, 1_250_000, "Vòng bạc chạm rồng Đồng Xâm");
    String hanoiShopper = api.newAccount("SHOPPER", "ba-dinh");
    String saigonShopper = api.newAccount("SHOPPER", "ben-thanh");

    JsonNode hanoi = quoted(hanoiShopper, sku, 1, BA_DINH);
    JsonNode saigon = quoted(saigonShopper, sku, 1, BEN_THANH);
    JsonNode hanoiHeavy = quoted(hanoiShopper, sku, 4, BA_DINH);

    long toHanoi = hanoi.at("/shopOrders/0/shippingVnd").asLong();
    long toSaigon = saigon.at("/shopOrders/0/shippingVnd").asLong();
    assertThat(toSaigon).as("TP.HCM is further from Hưng Yên than Hà Nội").isGreaterThan(toHanoi);
    assertThat(saigon.at("/shopOrders/0/etaDays").asInt()).isGreaterThan(hanoi.at("/shopOrders/0/etaDays").asInt());
    assertThat(hanoiHeavy.at("/shopOrders/0/shippingVnd").asLong()).as("1.6 kg costs more than 400 g")
        .isGreaterThan(toHanoi);
    // GHN's price (the simulator's list: 30,000 within the north, 36,500 to another region for
    // the first 500 g), not the marketplace's tariff
    for (JsonNode quote : List.of(hanoi, saigon, hanoiHeavy)) {
      assertThat(quote.at("/shopOrders/0/carrier").asText()).isEqualTo("GHN");
      assertThat(quote.at("/shopOrders/0/fromTariff").asBoolean()).isFalse();
    }
    assertThat(toHanoi).isEqualTo(30_000);
    assertThat(toSaigon).isEqualTo(36_500);

    for (var shopper : List.of(Map.entry(hanoiShopper, Map.entry(BA_DINH, hanoi)),
        Map.entry(saigonShopper, Map.entry(BEN_THANH, saigon)))) {
      JsonNode quote = shopper.getValue().getValue();
      Api.Reply placed = orders.checkout(Map.of("lines", List.of(line(sku, 1)),
          "shippingAddress", address(shopper.getValue().getKey()), "paymentMethod", "VNPAY",
          "quoteId", quote.get("quoteId").asText()), shopper.getKey(), null);
      assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
      assertThat(placed.json().get("totalVnd").asLong()).isEqualTo(quote.get("totalVnd").asLong());
      assertThat(placed.json().at("/shopOrders/0/shippingVnd").asLong())
          .isEqualTo(quote.at("/shopOrders/0/shippingVnd").asLong());
    }
  }

  @Test
  void carrierDownTheTariffPricesItLabelledAndGhnBackTheQuoteIsShownAgain() {
    String sku = TestShops.sku("DOWN");
    shops.product(silversmith, sku, 20, 900_000, "Khay bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", "carrier-down");
    JsonNode tariffQuote;
    carrierFault("ERROR");
    try {
      tariffQuote = quoted(shopper, sku, 3, BEN_THANH);
    } finally {
      carrierFault("NONE");
    }
    assertThat(tariffQuote.at("/shopOrders/0/fromTariff").asBoolean()).isTrue();
    assertThat(tariffQuote.at("/shopOrders/0/carrier").asText()).isEqualTo(ShippingTariff.LABEL);
    // 1.2 kg to another region: 45,000 for the first 500 g, two more steps of 500 g
    assertThat(tariffQuote.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(45_000 + 2 * 5_000);

    // GHN answers again: its price differs from the tariff's, so the checkout charges neither
    // silently; it answers 409 with GHN's figures to confirm
    Api.Reply refused = orders.checkout(Map.of("lines", List.of(line(sku, 3)),
        "shippingAddress", address(BEN_THANH), "paymentMethod", "VNPAY",
        "quoteId", tariffQuote.get("quoteId").asText()), shopper, null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("change").asText()).isEqualTo("SHIPPING");
    JsonNode fresh = refused.json().get("quote");
    assertThat(fresh.at("/shopOrders/0/carrier").asText()).isEqualTo("GHN");
    assertThat(api.get("/api/orders", shopper).json().get("total").asLong()).isZero();

    Api.Reply placed = orders.checkout(Map.of("lines", List.of(line(sku, 3)),
        "shippingAddress", address(BEN_THANH), "paymentMethod", "VNPAY",
        "quoteId", fresh.get("quoteId").asText()), shopper, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.json().get("totalVnd").asLong()).isEqualTo(fresh.get("totalVnd").asLong());
  }
}
