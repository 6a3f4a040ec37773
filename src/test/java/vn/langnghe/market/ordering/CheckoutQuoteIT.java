package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.reserved;
import static vn.langnghe.market.testing.TestOrders.LE_LOI;
import static vn.langnghe.market.testing.TestOrders.TRA_GIANG;
import static vn.langnghe.market.testing.TestOrders.address;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Shipping quoted before the order is placed, on the real server: fees by the shop's commune, the
 * destination and the weight; the order charges exactly the quote; a quote that no longer holds
 * answers 409 with fresh figures and nothing is placed or reserved. (Shoppers across Vietnam:
 * {@link CheckoutQuoteNationwideIT}.)
 */
class CheckoutQuoteIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  /**
   * GHN's figures, as its simulator prices (GhnSimulator.fee): GHN prices every parcel of a shop
   * with a commune (the tariff only when GHN cannot answer: CheckoutQuoteNationwideIT).
   */
  static final long SAME_COMMUNE = 16_500;
  static final long SAME_PROVINCE = 22_000;
  static final long PER_500G = 5_500;
  static TestShops.Artisan silversmith;
  static String shopper;

  @BeforeAll
  static void prepare() {
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    shopper = api.newAccount("SHOPPER", "quoted");
  }

  static Map<String, Object> quoteBody(List<Map<String, Object>> lines, String commune) {
    return Map.of("lines", lines, "shippingAddress", address(commune));
  }

  static Api.Reply quote(List<Map<String, Object>> lines, String commune, String token) {
    return api.post("/api/checkout/quote", quoteBody(lines, commune), token);
  }

  static JsonNode quoted(List<Map<String, Object>> lines, String commune, String token) {
    Api.Reply reply = quote(lines, commune, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static Map<String, Object> checkoutBody(List<Map<String, Object>> lines, String commune, String quoteId) {
    Map<String, Object> body = new HashMap<>(quoteBody(lines, commune));
    body.put("paymentMethod", "VNPAY");
    if (quoteId != null) {
      body.put("quoteId", quoteId);
    }
    return body;
  }

  /** The one 400 g piece of a new product of the silversmith's. */
  static String piece(int onHand, long priceVnd) {
    String sku = TestShops.sku("QUOTE");
    shops.product(silversmith, sku, onHand, priceVnd, "Vòng bạc chạm hoa");
    return sku;
  }

  @Test
  void theFeeDependsOnTheShopsCommuneTheDestinationAndTheWeight() {
    String sku = piece(10, 1_250_000);
    JsonNode home = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper);
    JsonNode province = quoted(List.of(line(sku, 1)), LE_LOI, shopper);
    JsonNode heavy = quoted(List.of(line(sku, 3)), LE_LOI, shopper);

    JsonNode part = home.at("/shopOrders/0");
    assertThat(part.get("shopSlug").asText()).isEqualTo(silversmith.shopSlug());
    assertThat(part.get("goodsVnd").asLong()).isEqualTo(1_250_000);
    assertThat(part.get("shippingVnd").asLong()).isEqualTo(SAME_COMMUNE);
    assertThat(part.get("carrier").asText()).isEqualTo("GHN");
    assertThat(part.get("fromTariff").asBoolean()).isFalse();
    assertThat(part.get("etaDays").asInt()).isEqualTo(1);
    assertThat(home.get("totalVnd").asLong()).isEqualTo(1_250_000 + SAME_COMMUNE);
    assertThat(home.get("quoteId").asText()).matches(OrderViews.QUOTE_ID_PATTERN);
    assertThat(home.get("expiresAt").asText()).isNotBlank();

    assertThat(province.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(SAME_PROVINCE);
    // GHN's leadtime within one province: the next day
    assertThat(province.at("/shopOrders/0/etaDays").asInt()).isEqualTo(1);
    // 1,200 g: 700 g past the 500 g the base fee covers, so two further half kilos
    assertThat(heavy.at("/shopOrders/0/weightGrams").asInt()).isEqualTo(1_200);
    assertThat(heavy.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(SAME_PROVINCE + 2 * PER_500G);
    assertThat(heavy.get("totalVnd").asLong()).isEqualTo(3 * 1_250_000 + SAME_PROVINCE + 2 * PER_500G);
  }

  @Test
  void theOrderChargesExactlyTheQuoteAndTheQuoteOnlyOnce() {
    String sku = piece(10, 680_000);
    JsonNode quote = quoted(List.of(line(sku, 2)), LE_LOI, shopper);
    String quoteId = quote.get("quoteId").asText();

    Api.Reply placed = orders.checkout(checkoutBody(List.of(line(sku, 2)), LE_LOI, quoteId), shopper, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    JsonNode order = placed.json();
    assertThat(order.get("totalVnd").asLong()).isEqualTo(quote.get("totalVnd").asLong());
    assertThat(order.get("shippingTotalVnd").asLong()).isEqualTo(quote.get("shippingTotalVnd").asLong());
    assertThat(order.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(quote.at("/shopOrders/0/shippingVnd").asLong());
    assertThat(order.at("/shopOrders/0/itemsTotalVnd").asLong()).isEqualTo(quote.at("/shopOrders/0/goodsVnd").asLong());
    assertThat(order.at("/payment/amountVnd").asLong()).isEqualTo(quote.get("totalVnd").asLong());
    assertThat(reserved(sku)).isEqualTo(2);

    // the same quote a second time: it was charged already
    Api.Reply again = orders.checkout(checkoutBody(List.of(line(sku, 2)), LE_LOI, quoteId), shopper, null);
    assertConflictOnQuote(again, "USED");
    assertThat(reserved(sku)).isEqualTo(2);
  }

  @Test
  void aPriceEditedMeanwhileAnswers409WithTheNewFiguresAndReservesNothing() {
    String sku = TestShops.sku("EDIT");
    String productId = shops.product(silversmith, sku, 5, 900_000, "Nhẫn bạc trơn");
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper).get("quoteId").asText();
    long ordersBefore = ordersOf(shopper);

    editVariant(productId, sku, 950_000, 400);
    Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, quoteId), shopper, null);

    JsonNode fresh = assertConflictOnQuote(refused, "PRICE");
    assertThat(fresh.at("/shopOrders/0/goodsVnd").asLong()).isEqualTo(950_000);
    assertThat(fresh.get("totalVnd").asLong()).isEqualTo(950_000 + SAME_COMMUNE);
    assertThat(reserved(sku)).isZero();
    assertThat(ordersOf(shopper)).isEqualTo(ordersBefore);

    // confirming the new figures by naming the fresh quote places the order at exactly those
    Api.Reply confirmed = orders.checkout(
        checkoutBody(List.of(line(sku, 1)), TRA_GIANG, fresh.get("quoteId").asText()), shopper, null);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    assertThat(confirmed.json().get("totalVnd").asLong()).isEqualTo(950_000 + SAME_COMMUNE);
    assertThat(reserved(sku)).isEqualTo(1);
  }

  @Test
  void aHeavierParcelMeanwhileChangesTheFeeAndAnswers409() {
    String sku = TestShops.sku("WEIGHT");
    String productId = shops.product(silversmith, sku, 5, 400_000, "Khay bạc");
    String quoteId = quoted(List.of(line(sku, 1)), LE_LOI, shopper).get("quoteId").asText();

    editVariant(productId, sku, 400_000, 1_400);
    Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 1)), LE_LOI, quoteId), shopper, null);

    JsonNode fresh = assertConflictOnQuote(refused, "SHIPPING");
    assertThat(fresh.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(SAME_PROVINCE + 2 * PER_500G);
    assertThat(reserved(sku)).isZero();
  }

  @Test
  void anotherQuantityOrAnotherCommuneIsNotWhatWasQuoted() {
    String sku = piece(5, 300_000);
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper).get("quoteId").asText();

    assertConflictOnQuote(orders.checkout(checkoutBody(List.of(line(sku, 2)), TRA_GIANG, quoteId), shopper, null), "LINES");
    JsonNode fresh = assertConflictOnQuote(
        orders.checkout(checkoutBody(List.of(line(sku, 1)), LE_LOI, quoteId), shopper, null), "DESTINATION");
    assertThat(fresh.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(SAME_PROVINCE);
    assertThat(reserved(sku)).isZero();
  }

  @Test
  void anExpiredQuoteAnswers409AndReservesNothing() {
    String sku = piece(5, 300_000);
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper).get("quoteId").asText();
    // the same figures, sealed with the marketplace's key as they would be 16 minutes ago
    CheckoutQuote figures = opened(quoteId);
    String expired = resealed(new CheckoutQuote(figures.buyerAccountId(), figures.nonce(),
        Instant.now().minusSeconds(60), figures.communeCode(), figures.lines(), figures.parts()));

    Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, expired), shopper, null);
    JsonNode fresh = assertConflictOnQuote(refused, "EXPIRED");
    assertThat(fresh.get("quoteId").asText()).isNotEqualTo(expired);
    assertThat(fresh.get("totalVnd").asLong()).isEqualTo(300_000 + SAME_COMMUNE);
    assertThat(reserved(sku)).isZero();
  }

  @Test
  void aTamperedQuoteIsNotFoundAndReservesNothing() {
    String sku = piece(5, 300_000);
    String quoteId = quoted(List.of(line(sku, 2)), LE_LOI, shopper).get("quoteId").asText();
    CheckoutQuote figures = opened(quoteId);
    CheckoutQuote.Part part = figures.parts().get(0);
    CheckoutQuote cheaper = new CheckoutQuote(figures.buyerAccountId(), figures.nonce(),
        Instant.now().plusSeconds(3_600), figures.communeCode(), figures.lines(),
        List.of(new CheckoutQuote.Part(part.shopId(), part.goodsVnd(), 0, part.weightGrams(),
            part.carrier(), part.etaDays(), part.fromTariff())));
    String seal = quoteId.substring(quoteId.indexOf('.'));
    String figuresChanged = "Q" + Base64.getUrlEncoder().withoutPadding().encodeToString(cheaper.bytes()) + seal;
    String otherKey = QuoteSeal.withKeys("not the marketplace's key, but 32 bytes long"
        .getBytes(StandardCharsets.UTF_8)).seal(cheaper);

    for (String forged : List.of(figuresChanged, otherKey)) {
      Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 2)), LE_LOI, forged), shopper, null);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
      assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("quoteId");
    }
    assertThat(reserved(sku)).isZero();

    // even sealed with the right key, figures that are not today's are never charged
    Api.Reply resealed = orders.checkout(checkoutBody(List.of(line(sku, 2)), LE_LOI, resealed(cheaper)), shopper, null);
    JsonNode fresh = assertConflictOnQuote(resealed, "SHIPPING");
    assertThat(fresh.at("/shopOrders/0/shippingVnd").asLong()).isEqualTo(SAME_PROVINCE + PER_500G);
    assertThat(reserved(sku)).isZero();
  }

  @Test
  void aUsedQuoteRespelledPlacesNoSecondOrder() {
    String sku = piece(10, 310_000);
    String buyer = api.newAccount("SHOPPER", "respelled");
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, buyer).get("quoteId").asText();
    Api.Reply placed = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, quoteId), buyer, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    String seal = quoteId.substring(quoteId.indexOf('.') + 1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM customer_order WHERE quote_ref = ?", seal)).isEqualTo(1);

    // the seal's last character carries 2 bits the base64 decoder ignores: 3 other spellings of it
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(quoteId.charAt(quoteId.length() - 1));
    for (int lowBits = 1; lowBits < 4; lowBits++) {
      String respelled = quoteId.substring(0, quoteId.length() - 1) + alphabet.charAt(last ^ lowBits);
      Api.Reply again = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, respelled), buyer, null);
      assertThat(again.status()).as(again.toString()).isEqualTo(404);
      assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("quoteId");
    }
    assertThat(ordersOf(buyer)).isEqualTo(1);
    assertThat(reserved(sku)).isEqualTo(1);
  }

  @Test
  void aQuoteIdOfTheFormerShapeHasExpiredAndItsFreshQuoteOrders() {
    String sku = piece(5, 320_000);
    String buyer = api.newAccount("SHOPPER", "former-quote");
    // as quotes were numbered when they were rows (CheckoutQuotes.newId before sealing)
    String former = "Q7K2M9XRT4VZ0H8N3PQ6WD5SJB";
    assertThat(former).matches(OrderViews.FORMER_QUOTE_ID_PATTERN);

    Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, former), buyer, null);
    JsonNode fresh = assertConflictOnQuote(refused, "EXPIRED");
    assertThat(fresh.get("totalVnd").asLong()).isEqualTo(320_000 + SAME_COMMUNE);
    assertThat(reserved(sku)).isZero();
    assertThat(ordersOf(buyer)).isZero();

    Api.Reply placed = orders.checkout(
        checkoutBody(List.of(line(sku, 1)), TRA_GIANG, fresh.get("quoteId").asText()), buyer, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.json().get("totalVnd").asLong()).isEqualTo(320_000 + SAME_COMMUNE);
  }

  @Test
  void anotherShoppersQuoteIsNotFoundAndReservesNothing() {
    String sku = piece(5, 300_000);
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper).get("quoteId").asText();
    String stranger = api.newAccount("SHOPPER", "stranger");

    Api.Reply refused = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, quoteId), stranger, null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("quoteId");
    assertThat(reserved(sku)).isZero();
    assertThat(ordersOf(stranger)).isZero();

    Api.Reply unknown = orders.checkout(
        checkoutBody(List.of(line(sku, 1)), TRA_GIANG, "Q" + "A".repeat(60) + "." + "B".repeat(43)), shopper, null);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void theCartIsQuotedAndChargedLikeLines() {
    String sku = piece(5, 520_000);
    String buyer = api.newAccount("SHOPPER", "cart-quote");
    assertThat(api.post("/api/cart/lines", line(sku, 2), buyer).status()).isIn(200, 201);
    Api.Reply quote = api.post("/api/checkout/quote", Map.of("shippingAddress", address(LE_LOI)), buyer);
    assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
    assertThat(quote.json().get("itemsTotalVnd").asLong()).isEqualTo(2 * 520_000);

    Map<String, Object> body = Map.of("shippingAddress", address(LE_LOI), "paymentMethod", "VNPAY",
        "quoteId", quote.json().get("quoteId").asText());
    Api.Reply placed = orders.checkout(body, buyer, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.json().get("totalVnd").asLong()).isEqualTo(quote.json().get("totalVnd").asLong());
  }

  @Test
  void aRepeatedCheckoutWithItsIdempotencyKeyIsTheSameOrder() {
    String sku = piece(5, 450_000);
    String quoteId = quoted(List.of(line(sku, 1)), TRA_GIANG, shopper).get("quoteId").asText();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = checkoutBody(List.of(line(sku, 1)), TRA_GIANG, quoteId);

    Api.Reply first = orders.checkout(body, shopper, key);
    Api.Reply repeat = orders.checkout(body, shopper, key);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(repeat.status()).as(repeat.toString()).isEqualTo(201);
    assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(repeat.json().get("orderNumber").asText()).isEqualTo(first.json().get("orderNumber").asText());
    assertThat(reserved(sku)).isEqualTo(1);
  }

  @Test
  void aQuoteIsCheckedLikeACheckout() {
    String sku = piece(1, 300_000);
    assertThat(quote(List.of(line(sku, 1)), TRA_GIANG, null).status()).isEqualTo(401);
    assertThat(quote(List.of(line(sku, 1)), TRA_GIANG, silversmith.token()).status()).isEqualTo(403);

    Api.Reply unknownSku = quote(List.of(line("NO-SUCH-SKU", 1)), TRA_GIANG, shopper);
    assertThat(unknownSku.status()).isEqualTo(400);
    assertThat(unknownSku.json().at("/errors/0/field").asText()).isEqualTo("lines[0].sku");

    Api.Reply badCommune = quote(List.of(line(sku, 1)), "99999", shopper);
    assertThat(badCommune.status()).isEqualTo(400);
    assertThat(badCommune.json().at("/errors/0/field").asText()).isEqualTo("shippingAddress.communeCode");

    Api.Reply tooMany = quote(List.of(line(sku, 2)), TRA_GIANG, shopper);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.json().at("/errors/0/field").asText()).isEqualTo("lines[0].quantity");

    Api.Reply badId = orders.checkout(checkoutBody(List.of(line(sku, 1)), TRA_GIANG, "not a quote"), shopper, null);
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().at("/errors/0/field").asText()).isEqualTo("quoteId");
    assertThat(reserved(sku)).isZero();
  }

  /** The figures of a quote the server sealed, opened with the marketplace's key (from its database). */
  static CheckoutQuote opened(String quoteId) {
    return QuoteSeal.withKeys(marketKey()).open(quoteId).orElseThrow();
  }

  /** What only the marketplace can do: seal figures with its key. */
  static String resealed(CheckoutQuote figures) {
    return QuoteSeal.withKeys(marketKey()).seal(figures);
  }

  static byte[] marketKey() {
    try (var db = TestDatabase.connect();
         var read = db.prepareStatement("SELECT secret FROM quote_signing_key ORDER BY id LIMIT 1");
         var key = read.executeQuery()) {
      key.next();
      return key.getBytes(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 409 naming quoteId, for the reason given, with a fresh quote; answers that quote. */
  static JsonNode assertConflictOnQuote(Api.Reply reply, String change) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("quoteId");
    assertThat(reply.json().get("change").asText()).isEqualTo(change);
    JsonNode fresh = reply.json().get("quote");
    assertThat(fresh.get("quoteId").asText()).matches(OrderViews.QUOTE_ID_PATTERN);
    return fresh;
  }

  static long ordersOf(String token) {
    return api.get("/api/orders", token).json().get("total").asLong();
  }

  static void editVariant(String productId, String sku, long priceVnd, int weightGrams) {
    editVariant(silversmith.token(), productId, sku, priceVnd, weightGrams);
  }

  /** The artisan edits the product's one variant: its price and weight. */
  static void editVariant(String artisanToken, String productId, String sku, long priceVnd, int weightGrams) {
    JsonNode mine = api.get("/api/my/products/" + productId, artisanToken).json();
    Map<String, Object> edit = Map.of(
        "title", mine.get("title").asText(),
        "description", "<p>Hàng thủ công</p>",
        "categoryId", 2,
        "status", "ACTIVE",
        "version", mine.get("version").asLong(),
        "variants", List.of(Map.of("sku", sku, "priceVnd", priceVnd,
            "onHand", mine.at("/variants/0/onHand").asInt(), "weightGrams", weightGrams)));
    Api.Reply edited = api.put("/api/my/products/" + productId, edit, artisanToken);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
  }
}
