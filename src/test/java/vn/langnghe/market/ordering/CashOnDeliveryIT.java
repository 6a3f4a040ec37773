package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.onHand;
import static vn.langnghe.market.testing.TestDatabase.reserved;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Cash on delivery over HTTP: placed without prepayment, stock reserved until the parcel is
 * delivered or comes back, the carrier's remittance (an uploaded statement) settling the part and
 * writing its ledger line once, the limits, and the officers' cashless share.
 */
class CashOnDeliveryIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static final String ADMIN = "admin@demo.langnghe.vn";
  static String shopper;
  static String admin;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "cod-buyer");
    admin = api.login(ADMIN, Api.PASSWORD);
  }

  static Api.Reply cod(List<Map<String, Object>> lines) {
    Map<String, Object> body = new HashMap<>(TestOrders.checkoutOf(lines));
    body.put("paymentMethod", "COD");
    return orders.checkout(body, shopper, null);
  }

  /** A COD order of the lines, placed (201 asserted): the checkout's answer. */
  static JsonNode placedCod(List<Map<String, Object>> lines) {
    Api.Reply placed = cod(lines);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    return placed.json();
  }

  static Api.Reply step(long partId, String step, Object body, TestShops.Artisan artisan) {
    Api.Reply reply = api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token());
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
    return reply;
  }

  static Api.Reply statement(String csv, String token) {
    return api.send(api.request("/api/admin/cod/remittances", token)
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
        .build());
  }

  static JsonNode uploaded(String csv) {
    Api.Reply reply = statement(csv, admin);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static long ledgerLines(long partId) {
    return TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ?", partId);
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
  }

  static void sweepExpiry() {
    Api.Reply swept = api.post("/api/admin/orders/expire-overdue", Map.of(), admin);
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
  }

  @Test
  void aCodOrderShippedByHandIsDeliveredAndSettledOnceByItsCarriersStatement() {
    TestShops.Artisan potter = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("COD");
    shops.product(potter, sku, 3, 400_000, "Bình bạc chạm hoa sen");
    JsonNode order = placedCod(List.of(line(sku, 2)));
    String number = order.get("orderNumber").asText();
    long total = order.get("totalVnd").asLong();
    JsonNode part = order.get("shopOrders").get(0);
    long partId = part.get("id").asLong();
    assertThat(order.get("status").asText()).isEqualTo("CASH_ON_DELIVERY");
    assertThat(order.path("payment").isMissingNode() || order.get("payment").isNull()).as("no gateway is called").isTrue();
    assertThat(order.path("expiresAt").isMissingNode() || order.get("expiresAt").isNull()).isTrue();
    assertThat(part.get("status").asText()).isEqualTo("CASH_ON_DELIVERY");
    assertThat(part.get("codVnd").asLong()).isEqualTo(total);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment p JOIN customer_order o ON o.id = p.order_id"
        + " WHERE o.number = ?", number)).isZero();
    assertThat(reserved(sku)).isEqualTo(2);

    // long past the 15 minutes an online payment gets: nothing expires, the stock stays reserved
    TestDatabase.update("UPDATE customer_order SET created_at = created_at - INTERVAL 2 HOUR WHERE number = ?", number);
    sweepExpiry();
    assertThat(orders.detail(shopper, number).get("status").asText()).isEqualTo("CASH_ON_DELIVERY");
    assertThat(reserved(sku)).isEqualTo(2);
    assertThat(onHand(sku)).isEqualTo(3);

    step(partId, "confirm", Map.of(), potter);
    String tracking = "VTP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    JsonNode shipped = step(partId, "ship", Map.of("carrier", "Viettel Post", "trackingCode", tracking), potter).json();
    assertThat(shipped.get("paymentMethod").asText()).isEqualTo("COD");
    assertThat(shipped.get("codVnd").asLong()).as("the amount to collect").isEqualTo(total);
    assertThat(reserved(sku)).as("reserved, not sold, while on its way").isEqualTo(2);
    assertThat(onHand(sku)).isEqualTo(3);

    step(partId, "deliver", Map.of(), potter);
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).as("delivered: the reservation became a sale").isEqualTo(1);
    assertThat(ledgerLines(partId)).as("no money yet, no ledger line").isZero();
    // delivered: the order waits for the shopper's "Đã nhận hàng" (or completes by itself later)
    JsonNode delivered = orders.detail(shopper, number);
    assertThat(delivered.get("status").asText()).isEqualTo("CASH_ON_DELIVERY");
    assertThat(delivered.get("receivable").asBoolean()).isTrue();

    String csv = "Đơn vị vận chuyển,Mã vận đơn,Số tiền,Ngày\nViettel Post," + tracking.toLowerCase()
        + ",\"" + String.format("%,d", total) + "\"," + today() + "\n";
    JsonNode first = uploaded(csv);
    assertThat(first.get("settled").asInt()).as(first.toString()).isEqualTo(1);
    assertThat(first.at("/results/0/orderNumber").asText()).isEqualTo(number);
    assertThat(ledgerLines(partId)).isEqualTo(1);
    long goods = 800_000;
    assertThat(TestDatabase.count("SELECT gross_vnd FROM ledger_entry WHERE shop_order_id = ?", partId)).isEqualTo(total);
    assertThat(TestDatabase.count("SELECT commission_vnd FROM ledger_entry WHERE shop_order_id = ?", partId))
        .as("5 % commission on the goods").isEqualTo(goods * 5 / 100);
    assertThat(TestDatabase.count("SELECT vat_withheld_vnd + pit_withheld_vnd FROM ledger_entry WHERE shop_order_id = ?",
        partId)).as("Decree 117 withholding, 1 % + 0.5 %").isEqualTo(goods * 15 / 1000);
    JsonNode task = api.get("/api/my/orders/" + partId, potter.token()).json();
    assertThat(task.path("codSettledAt").isTextual()).as(task.toString()).isTrue();
    assertThat(task.get("ledger")).hasSize(1);

    // the same file again, and the same money on another statement naming our shop order id
    JsonNode again = uploaded(csv);
    assertThat(again.get("repeated").asInt()).isEqualTo(1);
    assertThat(again.get("settled").asInt()).isZero();
    JsonNode other = uploaded("Viettel Post," + partId + "," + total + "," + today() + "\n");
    assertThat(other.at("/results/0/result").asText()).isEqualTo("ALREADY_SETTLED");
    assertThat(ledgerLines(partId)).as("written once however often the remittance comes").isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(gross_vnd), 0) FROM sales_fact WHERE shop_id = ?"
        + " AND payment_method = 'COD'", potter.shopId())).as("and counted in the facts once").isEqualTo(total);

    // another amount for the settled part is held for a person, never kept silently
    JsonNode surplus = uploaded("Viettel Post," + tracking + "," + (total + 1000) + "," + today() + "\n");
    assertThat(surplus.at("/results/0/result").asText()).isEqualTo("SURPLUS");
    assertThat(api.get("/api/admin/cod/reviews", admin).json().findValuesAsText("shopOrderId"))
        .contains(String.valueOf(partId));
    assertThat(ledgerLines(partId)).isEqualTo(1);
    assertThat(statement(csv, potter.token()).status()).as("artisans cannot upload statements").isEqualTo(403);
  }

  @Test
  void aReturnedCodParcelPutsItsStockBackAndNetsToZero() {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String sku = TestShops.sku("CODR");
    shops.product(weaver, sku, 2, 350_000, "Khăn lụa tơ tằm");
    JsonNode placed = placedCod(List.of(line(sku, 1)));
    String number = placed.get("orderNumber").asText();
    long partId = placed.at("/shopOrders/0/id").asLong();
    long total = placed.get("totalVnd").asLong();
    step(partId, "confirm", Map.of(), weaver);
    String tracking = "VN" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    step(partId, "ship", Map.of("carrier", "VNPost", "trackingCode", tracking), weaver);
    assertThat(reserved(sku)).isEqualTo(1);

    JsonNode returned = step(partId, "returned", Map.of("reason", "Người nhận không nghe máy"), weaver).json();
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).as("back on the shelf").isEqualTo(2);
    JsonNode order = orders.detail(shopper, number);
    assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(order.get("refundsDueVnd").asLong()).as("no money was received, none is owed").isZero();
    assertThat(order.get("history").findValuesAsText("reason")).contains("Người nhận không nghe máy");
    assertThat(api.post("/api/my/orders/" + partId + "/returned", Map.of(), weaver.token()).status())
        .as("returned twice").isEqualTo(409);

    // the carrier remitting money for it anyway: held for review, nothing booked
    JsonNode late = uploaded("VNPost," + tracking + "," + total + "," + today() + "\n");
    assertThat(late.at("/results/0/result").asText()).isEqualTo("REVIEW");
    assertThat(ledgerLines(partId)).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM sales_fact WHERE shop_id = ?", weaver.shopId())).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " JOIN customer_order o ON o.id = p.order_id WHERE o.number = ?", number)).isZero();
  }

  @Test
  void aCodOrderCancelledBeforeItShipsLetsItsReservationGoAndOwesNothing() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String ring = TestShops.sku("CODC");
    String scarf = TestShops.sku("CODD");
    shops.product(silversmith, ring, 2, 500_000, "Nhẫn bạc khắc tên");
    shops.product(weaver, scarf, 2, 300_000, "Khăn đũi");
    JsonNode placed = placedCod(List.of(line(ring, 1), line(scarf, 1)));
    String number = placed.get("orderNumber").asText();
    long scarfPart = 0;
    for (JsonNode part : placed.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == weaver.shopId()) {
        scarfPart = part.get("id").asLong();
      }
    }
    JsonNode cancelled = step(scarfPart, "cancel", Map.of("reason", "Hết vải"), weaver).json();
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(reserved(scarf)).isZero();
    assertThat(onHand(scarf)).isEqualTo(2);
    assertThat(orders.detail(shopper, number).get("status").asText()).isEqualTo("CASH_ON_DELIVERY");

    Api.Reply gone = api.post("/api/orders/" + number + "/cancel", Map.of("reason", "Đổi ý"), shopper);
    assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
    assertThat(gone.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(gone.json().get("refundsDueVnd").asLong()).isZero();
    assertThat(reserved(ring)).isZero();
    assertThat(onHand(ring)).isEqualTo(2);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer_order o ON o.id = e.order_id"
        + " WHERE o.number = ?", number)).isZero();
  }

  @Test
  void aPrepaidParcelThatComesBackIsPutBackReversedAndOwedBack() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("PRET");
    shops.product(silversmith, sku, 2, 900_000, "Khay bạc");
    Api.Reply placed = orders.placed(shopper, List.of(line(sku, 1)), "VNPAY");
    orders.pay(placed);
    long partId = placed.json().at("/shopOrders/0/id").asLong();
    step(partId, "confirm", Map.of(), silversmith);
    step(partId, "ship", Map.of("carrier", "VNPost", "trackingCode", "EE" + partId + "VN"), silversmith);
    assertThat(onHand(sku)).isEqualTo(1);

    step(partId, "returned", Map.of(), silversmith);
    assertThat(onHand(sku)).isEqualTo(2);
    JsonNode order = orders.detail(shopper, placed.json().get("orderNumber").asText());
    assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(order.get("refundsDueVnd").asLong()).isEqualTo(placed.json().get("totalVnd").asLong());
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(net_vnd), 0) FROM ledger_entry WHERE shop_order_id = ?", partId))
        .as("the sale and its reversal net to zero").isZero();
    assertThat(ledgerLines(partId)).isEqualTo(2);
  }

  @Test
  void codIsRefusedAboveTheLimitAndForAShopThatRefusesIt() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String dear = TestShops.sku("CODX");
    shops.product(silversmith, dear, 2, 4_990_000, "Mâm bạc chạm rồng");
    Api.Reply tooMuch = cod(List.of(line(dear, 1)));
    assertThat(tooMuch.status()).as("goods under 5.000.000 ₫, with shipping over it").isEqualTo(422);
    assertThat(tooMuch.json().at("/errors/0/field").asText()).isEqualTo("paymentMethod");
    assertThat(reserved(dear)).isZero();

    String cheap = TestShops.sku("CODN");
    shops.product(silversmith, cheap, 2, 200_000, "Nhẫn bạc trơn");
    JsonNode mine = api.get("/api/my/shop", silversmith.token()).json();
    Api.Reply refused = api.put("/api/my/shop", Map.of("name", mine.get("name").asText(),
        "villageSlug", "dong-xam-cham-bac", "acceptsCod", false), silversmith.token());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().get("acceptsCod").asBoolean()).isFalse();
    Api.Reply byShop = cod(List.of(line(cheap, 1)));
    assertThat(byShop.status()).isEqualTo(422);
    assertThat(byShop.json().at("/errors/0/field").asText()).isEqualTo("paymentMethod");
    assertThat(byShop.json().get("detail").asText()).contains(mine.get("name").asText());
    assertThat(reserved(cheap)).isZero();

    // what the checkout page asks before the shopper chooses
    String buyer = api.newAccount("SHOPPER", "cod-terms");
    assertThat(api.post("/api/cart/lines", Map.of("sku", cheap, "quantity", 1), buyer).status()).isLessThan(300);
    JsonNode terms = api.get("/api/checkout/cash-on-delivery", buyer).json();
    assertThat(terms.get("available").asBoolean()).isFalse();
    assertThat(terms.get("refusingShops").get(0).asText()).isEqualTo(mine.get("name").asText());
    assertThat(terms.get("reason").asText()).contains("không nhận thanh toán khi nhận hàng");
    assertThat(terms.get("maxTotalVnd").asLong()).isEqualTo(5_000_000);
    // a prepaid order of the same shop is still fine
    assertThat(orders.placed(shopper, List.of(line(cheap, 1))).status()).isEqualTo(201);
  }

  @Test
  void theCashlessShareOfOneVnpayAndOneCodOrderOfEqualValueIsHalf() {
    TestShops.Artisan carver = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("CODS");
    shops.product(carver, sku, 5, 300_000, "Trâm cài bạc");
    Api.Reply online = orders.placed(shopper, List.of(line(sku, 1)), "VNPAY");
    assertThat(orders.pay(online)).isEqualTo("PAID");
    JsonNode placed = placedCod(List.of(line(sku, 1)));
    long partId = placed.at("/shopOrders/0/id").asLong();
    assertThat(placed.get("totalVnd").asLong()).isEqualTo(online.json().get("totalVnd").asLong());
    step(partId, "confirm", Map.of(), carver);
    step(partId, "ship", Map.of("carrier", "Giao tận tay", "trackingCode", "HAND-" + partId), carver);

    String period = "from=" + today() + "&to=" + today() + "&shopId=" + carver.shopId();
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    JsonNode before = api.get("/api/reports/overview?" + period, officer).json();
    assertThat(before.get("cashlessShare").asDouble()).as("COD counts when its money comes").isEqualTo(1.0);

    // the statement names our shop order id; the cash it remits shows the parcel was delivered
    JsonNode remitted = uploaded("Giao tận tay," + partId + "," + placed.get("totalVnd").asLong() + "," + today() + "\n");
    assertThat(remitted.at("/results/0/result").asText()).as(remitted.toString()).isEqualTo("SETTLED");
    JsonNode overview = api.get("/api/reports/overview?" + period, officer).json();
    assertThat(overview.get("gmvVnd").asLong()).isEqualTo(2 * placed.get("totalVnd").asLong());
    assertThat(overview.get("cashlessShare").asDouble()).isEqualTo(0.5);
    assertThat(overview.get("codShare").asDouble()).isEqualTo(0.5);
    JsonNode byMethod = api.get("/api/reports/sales?" + period + "&groupBy=paymentMethod", officer).json();
    assertThat(byMethod.get("rows").findValuesAsText("label")).contains("Thanh toán khi nhận hàng", "VNPay");
    assertThat(byMethod.at("/totals/cashlessShare").asDouble()).isEqualTo(0.5);
    assertThat(onHand(sku)).isEqualTo(3);
    assertThat(reserved(sku)).isZero();

    // the facts rebuilt from the orders agree: COD on the day it was remitted
    Api.Reply rebuilt = api.post("/api/admin/reports/rebuild", Map.of(), admin);
    assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
    JsonNode after = api.get("/api/reports/overview?" + period, officer).json();
    assertThat(after.get("cashlessShare").asDouble()).isEqualTo(0.5);
    assertThat(after.get("gmvVnd").asLong()).isEqualTo(overview.get("gmvVnd").asLong());
  }
}
