package vn.langnghe.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The commission and tax ledger over HTTP: a paid order writes one sale per shop, cancellations
 * write their exact reversals, and each artisan reads only their own shop's lines.
 */
class LedgerIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static final String[] AMOUNTS = {"goods_vnd", "shipping_vnd", "gross_vnd", "commission_vnd",
      "vat_withheld_vnd", "pit_withheld_vnd", "net_vnd"};
  static String shopper;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "buyer");
  }

  /** Two workshops of their own, so what each one's ledger shows comes from this test alone. */
  record TwoShops(TestShops.Artisan silversmith, TestShops.Artisan weaver) {}

  /**
   * A paid order of a ring (1.234.567 ₫) from the silversmith and two scarves (333.333 ₫ each)
   * from the weaver: prices where rounding to the đồng matters.
   */
  record PaidOrder(Api.Reply placed, String number, long ringPart, long scarfPart) {}

  static TwoShops twoShops() {
    return new TwoShops(shops.artisanWithApprovedShop("dong-xam-cham-bac"),
        shops.artisanWithApprovedShop("nam-cao-det-dui"));
  }

  static PaidOrder paidOrder(TwoShops two) {
    String ring = TestShops.sku("LR");
    String scarf = TestShops.sku("LS");
    shops.product(two.silversmith(), ring, 1, 1_234_567, "Nhẫn bạc chạm rồng");
    shops.product(two.weaver(), scarf, 2, 333_333, "Khăn đũi Nam Cao");
    Api.Reply placed = orders.placed(shopper, List.of(line(ring, 1), line(scarf, 2)));
    assertThat(orders.pay(placed)).isEqualTo("PAID");
    return new PaidOrder(placed, placed.json().get("orderNumber").asText(),
        partOf(placed.json(), two.silversmith().shopId()), partOf(placed.json(), two.weaver().shopId()));
  }

  static long partOf(JsonNode order, long shopId) {
    return part(order, shopId).get("id").asLong();
  }

  static JsonNode part(JsonNode order, long shopId) {
    for (JsonNode part : order.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part;
      }
    }
    throw new AssertionError("no part of shop " + shopId);
  }

  /** What a sale of the part must record: 5% commission, 1% VAT, 0.5% PIT of the goods, half-up. */
  static Map<String, Long> expectedSale(JsonNode part) {
    long goods = part.get("itemsTotalVnd").asLong();
    long shipping = part.get("shippingVnd").asLong();
    long commission = percentOf(goods, "5");
    long vat = percentOf(goods, "1");
    long pit = percentOf(goods, "0.5");
    return Map.of("goodsVnd", goods, "shippingVnd", shipping, "grossVnd", goods + shipping,
        "commissionVnd", commission, "vatWithheldVnd", vat, "pitWithheldVnd", pit,
        "netVnd", goods + shipping - commission - vat - pit);
  }

  static long percentOf(long amount, String percent) {
    return new BigDecimal(amount).multiply(new BigDecimal(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
  }

  static Map<String, Long> amountsOf(JsonNode entry) {
    return Map.of("goodsVnd", entry.get("goodsVnd").asLong(),
        "shippingVnd", entry.get("shippingVnd").asLong(), "grossVnd", entry.get("grossVnd").asLong(),
        "commissionVnd", entry.get("commissionVnd").asLong(),
        "vatWithheldVnd", entry.get("vatWithheldVnd").asLong(),
        "pitWithheldVnd", entry.get("pitWithheldVnd").asLong(), "netVnd", entry.get("netVnd").asLong());
  }

  static Map<String, Long> negated(Map<String, Long> amounts) {
    java.util.HashMap<String, Long> negated = new java.util.HashMap<>();
    amounts.forEach((k, v) -> negated.put(k, -v));
    return negated;
  }

  static JsonNode ledger(TestShops.Artisan artisan, String query) {
    Api.Reply reply = api.get("/api/my/ledger" + query, artisan.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static long rows(String number, String kind) {
    return TestDatabase.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer_order o ON o.id = e.order_id"
        + " WHERE o.number = ? AND e.kind = ?", number, kind);
  }

  static long partRows(long shopOrderId, String kind) {
    return TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ? AND kind = ?",
        shopOrderId, kind);
  }

  /** Every amount column summed over the order's lines, as the database holds them. */
  static List<Long> sums(String number) {
    List<Long> sums = new ArrayList<>();
    for (String column : AMOUNTS) {
      sums.add(TestDatabase.count("SELECT COALESCE(SUM(e." + column + "), 0) FROM ledger_entry e"
          + " JOIN customer_order o ON o.id = e.order_id WHERE o.number = ?", number));
    }
    return sums;
  }

  @Test
  void aPaidTwoShopOrderRecordsOneSalePerShopAndEachArtisanSeesOnlyTheirOwn() {
    TwoShops two = twoShops();
    PaidOrder paid = paidOrder(two);
    assertThat(orders.pay(paid.placed())).as("the gateway repeats its confirmation").isEqualTo("ALREADY_PAID");
    assertThat(rows(paid.number(), "SALE")).isEqualTo(2);
    assertThat(rows(paid.number(), "REVERSAL")).isZero();

    for (TestShops.Artisan artisan : List.of(two.silversmith(), two.weaver())) {
      JsonNode part = part(paid.placed().json(), artisan.shopId());
      Map<String, Long> expected = expectedSale(part);
      JsonNode mine = ledger(artisan, "");
      assertThat(mine.get("total").asLong()).as("only this shop's part").isEqualTo(1);
      JsonNode entry = mine.get("items").get(0);
      assertThat(entry.get("kind").asText()).isEqualTo("SALE");
      assertThat(entry.get("orderNumber").asText()).isEqualTo(paid.number());
      assertThat(entry.get("shopOrderId").asLong()).isEqualTo(part.get("id").asLong());
      assertThat(amountsOf(entry)).isEqualTo(expected);
      assertThat(entry.get("commissionBasisPoints").asInt()).isEqualTo(500);
      assertThat(entry.get("vatBasisPoints").asInt()).isEqualTo(100);
      assertThat(entry.get("pitBasisPoints").asInt()).isEqualTo(50);
      JsonNode totals = mine.get("totals");
      assertThat(totals.get("grossVnd").asLong()).isEqualTo(expected.get("grossVnd"));
      assertThat(totals.get("commissionVnd").asLong()).isEqualTo(expected.get("commissionVnd"));
      assertThat(totals.get("vatWithheldVnd").asLong()).isEqualTo(expected.get("vatWithheldVnd"));
      assertThat(totals.get("pitWithheldVnd").asLong()).isEqualTo(expected.get("pitWithheldVnd"));
      assertThat(totals.get("netVnd").asLong()).isEqualTo(expected.get("netVnd"));

      // the part as the artisan works on it carries the same line
      Api.Reply task = api.get("/api/my/orders/" + part.get("id").asLong(), artisan.token());
      assertThat(task.status()).as(task.toString()).isEqualTo(200);
      assertThat(amountsOf(task.json().get("ledger").get(0))).isEqualTo(expected);
    }
    // the rounding cases this order was priced for: 5% of 1.234.567 = 61.728,35; 1% of 666.666 = 6.666,66
    assertThat(expectedSale(part(paid.placed().json(), two.silversmith().shopId())).get("commissionVnd"))
        .isEqualTo(61_728);
    assertThat(expectedSale(part(paid.placed().json(), two.weaver().shopId())).get("vatWithheldVnd"))
        .isEqualTo(6_667);
    // and the order's money is all accounted for: gross of the parts = what the shopper paid
    assertThat(sums(paid.number()).get(2)).isEqualTo(paid.placed().json().get("totalVnd").asLong());
  }

  @Test
  void cancellingAPaidTwoShopOrderReversesEveryPartAndTheLedgerNetsToZero() {
    TwoShops two = twoShops();
    PaidOrder paid = paidOrder(two);
    Api.Reply cancelled = api.post("/api/orders/" + paid.number() + "/cancel",
        Map.of("reason", "Đổi ý"), shopper);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

    assertThat(rows(paid.number(), "SALE")).isEqualTo(2);
    assertThat(rows(paid.number(), "REVERSAL")).isEqualTo(2);
    assertThat(sums(paid.number())).as(String.join(", ", AMOUNTS)).containsOnly(0L);

    JsonNode mine = ledger(two.silversmith(), "");
    assertThat(mine.get("total").asLong()).isEqualTo(2);
    JsonNode reversal = mine.get("items").get(0);
    JsonNode sale = mine.get("items").get(1);
    assertThat(reversal.get("kind").asText()).isEqualTo("REVERSAL");
    assertThat(reversal.get("reason").asText()).isEqualTo("Đổi ý");
    assertThat(amountsOf(reversal)).isEqualTo(negated(amountsOf(sale)));
    assertThat(reversal.get("commissionBasisPoints").asInt()).isEqualTo(sale.get("commissionBasisPoints").asInt());
    mine.get("totals").forEach(total -> assertThat(total.asLong()).isZero());
  }

  @Test
  void aShopCancellingItsPaidPartReversesThatPartAloneAndOnlyOnce() {
    TwoShops two = twoShops();
    PaidOrder paid = paidOrder(two);
    Api.Reply partCancelled = api.post("/api/my/orders/" + paid.scarfPart() + "/cancel",
        Map.of("reason", "Vải bị lỗi"), two.weaver().token());
    assertThat(partCancelled.status()).as(partCancelled.toString()).isEqualTo(200);
    assertThat(partRows(paid.scarfPart(), "REVERSAL")).isEqualTo(1);
    assertThat(partRows(paid.ringPart(), "REVERSAL")).isZero();
    ledger(two.weaver(), "").get("totals").forEach(total -> assertThat(total.asLong()).isZero());
    Map<String, Long> ring = expectedSale(part(paid.placed().json(), two.silversmith().shopId()));
    assertThat(ledger(two.silversmith(), "").get("totals").get("netVnd").asLong()).isEqualTo(ring.get("netVnd"));

    // the shopper then cancels the rest: the ring is reversed, the scarves not a second time
    Api.Reply cancelled = api.post("/api/orders/" + paid.number() + "/cancel", Map.of(), shopper);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(partRows(paid.scarfPart(), "REVERSAL")).isEqualTo(1);
    assertThat(partRows(paid.ringPart(), "REVERSAL")).isEqualTo(1);
    assertThat(sums(paid.number())).containsOnly(0L);
  }

  @Test
  void theLedgerReadsWholeDaysInVietnamsTime() {
    TwoShops two = twoShops();
    paidOrder(two);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String around = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    assertThat(ledger(two.silversmith(), around).get("total").asLong()).isEqualTo(1);
    JsonNode later = ledger(two.silversmith(), "?from=" + today.plusDays(2));
    assertThat(later.get("total").asLong()).isZero();
    assertThat(later.get("items")).isEmpty();
    assertThat(later.at("/totals/netVnd").asLong()).isZero();
    assertThat(ledger(two.silversmith(), "?to=" + today.minusDays(2)).get("total").asLong()).isZero();
  }

  @Test
  void onlyArtisansReadALedgerAndBadDatesAreNamed() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    assertThat(api.get("/api/my/ledger", shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/my/ledger").status()).isEqualTo(401);

    for (String[] bad : new String[][] {
        {"?from=2025-13-01", "from"}, {"?to=hôm-qua", "to"}, {"?from=2025-07-02&to=2025-07-01", "to"},
        {"?size=0", "size"}, {"?page=-1", "page"}}) {
      Api.Reply reply = api.get("/api/my/ledger" + bad[0].replace("ô", "%C3%B4"), artisan.token());
      assertThat(reply.status()).as(bad[0] + ": " + reply).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("errors").findValuesAsText("field")).as(reply.toString()).containsExactly(bad[1]);
    }
  }
}
