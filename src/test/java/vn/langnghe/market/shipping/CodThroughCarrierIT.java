package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.shipping.GhnShippingIT.WEBHOOK;
import static vn.langnghe.market.shipping.GhnShippingIT.advance;
import static vn.langnghe.market.shipping.GhnShippingIT.notice;
import static vn.langnghe.market.testing.TestDatabase.onHand;
import static vn.langnghe.market.testing.TestDatabase.reserved;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * Cash on delivery through GHN end to end: the carrier order collects the shop order's total,
 * its delivered notice turns the reservation into a sale, its CODTransferDate settles the part and
 * writes its ledger line and sales facts once however often GHN repeats itself, a parcel brought
 * back puts the stock back and nets to zero, and a transfer notice without the secret is ignored.
 */
class CodThroughCarrierIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "ghn-cod-buyer");
  }

  /** A COD order of one product of the artisan, confirmed and shipped with GHN. */
  record Shipped(TestShops.Artisan artisan, String sku, String number, long partId, long total, String code) {}

  static Shipped shippedCod(String village, int onHand, int quantity, long price, String title) {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop(village);
    String sku = TestShops.sku("GCOD");
    shops.product(artisan, sku, onHand, price, title);
    Map<String, Object> body = new HashMap<>(TestOrders.checkoutOf(List.of(line(sku, quantity))));
    body.put("paymentMethod", "COD");
    Api.Reply placed = orders.checkout(body, shopper, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    String number = placed.json().get("orderNumber").asText();
    long partId = placed.json().at("/shopOrders/0/id").asLong();
    long total = placed.json().get("totalVnd").asLong();
    assertThat(placed.json().at("/shopOrders/0/codVnd").asLong()).isEqualTo(total);
    assertThat(reserved(sku)).isEqualTo(quantity);

    Api.Reply confirmed = api.post("/api/my/orders/" + partId + "/confirm", Map.of(), artisan.token());
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    Api.Reply shipped = api.post("/api/my/orders/" + partId + "/ship", Map.of("carrier", "GHN"), artisan.token());
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    assertThat(shipped.json().get("status").asText()).isEqualTo("SHIPPED");
    String code = shipped.json().get("trackingCode").asText();
    assertThat(shipped.json().at("/parcel/codVnd").asLong()).as("the parcel collects the total").isEqualTo(total);
    return new Shipped(artisan, sku, number, partId, total, code);
  }

  /** The order as the simulated GHN holds it, asked through GHN's own detail API. */
  static JsonNode ghnDetail(String code) {
    Api.Reply detail = api.send(api.request("/api/sandbox/ghn/shiip/public-api/v2/shipping-order/detail", null)
        .header("Content-Type", "application/json")
        .header("Token", GhnSettings.DEMO_TOKEN)
        .header("ShopId", String.valueOf(GhnSettings.DEMO_SHOP_ID))
        .POST(HttpRequest.BodyPublishers.ofString("{\"order_code\":\"" + code + "\"}", StandardCharsets.UTF_8))
        .build());
    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    return detail.json().get("data");
  }

  static void resend(String code) {
    Api.Reply repeated = api.post("/api/sandbox/ghn/orders/" + code + "/resend", Map.of(), null);
    assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
    assertThat(repeated.json().get("webhookStatus").asInt()).isEqualTo(200);
  }

  static Map<String, Object> transferNotice(String code, long amount, String transferredAt) {
    Map<String, Object> n = notice(code, "delivered", GhnSettings.DEMO_SHOP_ID);
    n.put("CODAmount", amount);
    n.put("CODTransferDate", transferredAt);
    return n;
  }

  static JsonNode task(Shipped s) {
    Api.Reply task = api.get("/api/my/orders/" + s.partId(), s.artisan().token());
    assertThat(task.status()).as(task.toString()).isEqualTo(200);
    return task.json();
  }

  static long ledgerLines(long partId) {
    return TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ?", partId);
  }

  static long remittances(long partId) {
    return TestDatabase.count("SELECT COUNT(*) FROM cod_remittance WHERE shop_order_id = ?", partId);
  }

  static long refunds(Shipped s) {
    return TestDatabase.count("SELECT COUNT(*) FROM refund WHERE shop_order_id = ?", s.partId())
        + TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
            + " JOIN customer_order o ON o.id = p.order_id WHERE o.number = ?", s.number());
  }

  static long factOrders(Shipped s) {
    return TestDatabase.count("SELECT COALESCE(SUM(orders), 0) FROM sales_fact WHERE shop_id = ?"
        + " AND payment_method = 'COD'", s.artisan().shopId());
  }

  static long factGross(Shipped s) {
    return TestDatabase.count("SELECT COALESCE(SUM(gross_vnd), 0) FROM sales_fact WHERE shop_id = ?"
        + " AND payment_method = 'COD'", s.artisan().shopId());
  }

  /** Everything the money side of a settled part holds, to compare before and after repeats. */
  static List<Long> books(Shipped s) {
    return List.of(ledgerLines(s.partId()), remittances(s.partId()), factOrders(s), factGross(s),
        TestDatabase.count("SELECT COALESCE(SUM(net_vnd), 0) FROM ledger_entry WHERE shop_order_id = ?", s.partId()),
        (long) onHand(s.sku()), (long) reserved(s.sku()),
        TestDatabase.count("SELECT COUNT(*) FROM order_status_change WHERE shop_order_id = ?", s.partId()));
  }

  @Test
  void aCodParcelDeliveredByGhnIsSettledOnceByItsTransferHoweverOftenTheWebhookRepeats() {
    Shipped s = shippedCod("dong-xam-cham-bac", 3, 2, 400_000, "Bình bạc chạm hoa sen");
    JsonNode atGhn = ghnDetail(s.code());
    assertThat(atGhn.get("cod_amount").asLong()).as("GHN collects the shop order's total").isEqualTo(s.total());
    assertThat(atGhn.get("client_order_code").asText()).isEqualTo(s.number() + "-" + s.partId());
    assertThat(reserved(s.sku())).as("reserved, not sold, while on its way").isEqualTo(2);
    assertThat(onHand(s.sku())).isEqualTo(3);

    assertThat(advance(s.code(), "delivered")).containsExactly("picking", "picked", "delivering", "delivered");
    JsonNode delivered = task(s);
    assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(reserved(s.sku())).isZero();
    assertThat(onHand(s.sku())).as("delivered: the reservation became a sale").isEqualTo(1);
    assertThat(ledgerLines(s.partId())).as("no money yet, no ledger line").isZero();
    assertThat(delivered.path("codSettledAt").isTextual()).isFalse();
    assertThat(factOrders(s)).isZero();
    assertThat(ghnDetail(s.code()).get("is_cod_transferred").asBoolean()).isFalse();
    // the shopper says it arrived long before GHN remits: the order completes, still no money
    Api.Reply received = api.post("/api/orders/" + s.number() + "/received", Map.of(), shopper);
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().get("status").asText()).isEqualTo("COMPLETED");
    assertThat(ledgerLines(s.partId())).isZero();
    assertThat(onHand(s.sku())).isEqualTo(1);

    // GHN hands the cash over: its notice carries CODTransferDate
    assertThat(advance(s.code(), "cod_transferred")).containsExactly("delivered");
    JsonNode settled = task(s);
    assertThat(settled.path("codSettledAt").isTextual()).as(settled.toString()).isTrue();
    assertThat(settled.get("ledger")).hasSize(1);
    assertThat(TestDatabase.string("SELECT kind FROM ledger_entry WHERE shop_order_id = ?", s.partId())).isEqualTo("SALE");
    long goods = 800_000;
    assertThat(TestDatabase.count("SELECT gross_vnd FROM ledger_entry WHERE shop_order_id = ?", s.partId()))
        .isEqualTo(s.total());
    assertThat(TestDatabase.count("SELECT commission_vnd FROM ledger_entry WHERE shop_order_id = ?", s.partId()))
        .as("5 % commission on the goods").isEqualTo(goods * 5 / 100);
    assertThat(TestDatabase.count("SELECT vat_withheld_vnd + pit_withheld_vnd FROM ledger_entry WHERE shop_order_id = ?",
        s.partId())).as("Decree 117 withholding, 1 % + 0.5 %").isEqualTo(goods * 15 / 1000);
    assertThat(TestDatabase.count("SELECT cod_remitted_vnd FROM shop_order WHERE id = ?", s.partId())).isEqualTo(s.total());
    assertThat(factOrders(s)).as("counted in the facts once").isEqualTo(1);
    assertThat(factGross(s)).isEqualTo(s.total());
    assertThat(remittances(s.partId())).isEqualTo(1);
    assertThat(TestDatabase.string("SELECT result FROM cod_remittance WHERE shop_order_id = ?", s.partId()))
        .isEqualTo("SETTLED");
    assertThat(TestDatabase.count("SELECT amount_vnd FROM cod_remittance WHERE shop_order_id = ?", s.partId()))
        .isEqualTo(s.total());
    String transferredAt = settled.at("/parcel/codTransferredAt").asText();
    assertThat(transferredAt).isNotBlank();
    assertThat(ghnDetail(s.code()).get("is_cod_transferred").asBoolean()).isTrue();
    List<Long> books = books(s);

    // GHN repeating itself: its own resend, the same notice posted again, a later transfer date,
    // and the plain delivered notice without the transfer
    for (int i = 0; i < 3; i++) {
      resend(s.code());
      Api.Reply same = api.post(WEBHOOK, transferNotice(s.code(), s.total(), transferredAt), null);
      assertThat(same.status()).as(same.toString()).isEqualTo(200);
      Api.Reply later = api.post(WEBHOOK, transferNotice(s.code(), s.total(), "2026-12-08T03:00:00Z"), null);
      assertThat(later.status()).as(later.toString()).isEqualTo(200);
      Api.Reply plain = api.post(WEBHOOK, notice(s.code(), "delivered", GhnSettings.DEMO_SHOP_ID), null);
      assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
    }
    // the simulator transferring once more (a new CODTransferDate) is a repeat too
    assertThat(advance(s.code(), "cod_transferred")).containsExactly("delivered");
    assertThat(books(s)).as("ledger, remittances, facts, stock and history unchanged").isEqualTo(books);
    assertThat(ledgerLines(s.partId())).isEqualTo(1);
    assertThat(factOrders(s)).isEqualTo(1);
    JsonNode after = task(s);
    assertThat(after.get("codSettledAt").asText()).isEqualTo(settled.get("codSettledAt").asText());
    assertThat(after.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(after.at("/parcel/steps")).filteredOn(st -> st.get("step").asText().equals("cod_transferred"))
        .hasSize(1);
  }

  @Test
  void aCodParcelGhnBringsBackPutsTheStockBackAndNetsToZeroHoweverOftenItSaysSo() {
    Shipped s = shippedCod("nam-cao-det-dui", 2, 1, 350_000, "Khăn lụa tơ tằm");
    assertThat(ghnDetail(s.code()).get("cod_amount").asLong()).isEqualTo(s.total());
    assertThat(reserved(s.sku())).isEqualTo(1);
    assertThat(onHand(s.sku())).isEqualTo(2);

    assertThat(advance(s.code(), "returned")).containsExactly("picking", "picked", "delivering",
        "delivery_fail", "waiting_to_return", "return", "returned");
    JsonNode part = task(s);
    assertThat(part.get("status").asText()).isEqualTo("RETURNED");
    assertThat(reserved(s.sku())).isZero();
    assertThat(onHand(s.sku())).as("back as before the order").isEqualTo(2);
    JsonNode order = orders.detail(shopper, s.number());
    assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(order.get("refundsDueVnd").asLong()).as("no money was received, none is owed").isZero();
    assertThat(ledgerLines(s.partId())).isZero();
    assertThat(refunds(s)).isZero();
    assertThat(factOrders(s)).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM sales_fact WHERE shop_id = ?", s.artisan().shopId())).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change WHERE shop_order_id = ? AND to_status = 'RETURNED'",
        s.partId())).isEqualTo(1);
    List<Long> books = books(s);

    // GHN repeating the return, and a stray delivered notice: the part stays returned, nothing sold
    for (int i = 0; i < 3; i++) {
      resend(s.code());
      assertThat(api.post(WEBHOOK, notice(s.code(), "returned", GhnSettings.DEMO_SHOP_ID), null).status()).isEqualTo(200);
      assertThat(api.post(WEBHOOK, notice(s.code(), "delivered", GhnSettings.DEMO_SHOP_ID), null).status()).isEqualTo(200);
    }
    assertThat(books(s)).as("stock, ledger and history unchanged").isEqualTo(books);
    assertThat(task(s).get("status").asText()).isEqualTo("RETURNED");
    assertThat(api.post("/api/sandbox/ghn/orders/" + s.code() + "/advance", Map.of("to", "cod_transferred"), null)
        .status()).as("GHN collected nothing to transfer").isEqualTo(409);

    // GHN remitting money for it anyway: held for a person, nothing booked, still nets to zero
    Api.Reply money = api.post(WEBHOOK, transferNotice(s.code(), s.total(), "2026-12-08T03:00:00Z"), null);
    assertThat(money.status()).as(money.toString()).isEqualTo(200);
    assertThat(TestDatabase.string("SELECT result FROM cod_remittance WHERE shop_order_id = ?", s.partId()))
        .isEqualTo("REVIEW");
    assertThat(ledgerLines(s.partId())).isZero();
    assertThat(refunds(s)).isZero();
    assertThat(factOrders(s)).isZero();
    assertThat(reserved(s.sku())).isZero();
    assertThat(onHand(s.sku())).isEqualTo(2);
    assertThat(task(s).path("codSettledAt").isTextual()).isFalse();
  }

  @Test
  void aForgedCodTransferNoticeChangesNothing() {
    Shipped s = shippedCod("dong-xam-cham-bac", 2, 1, 300_000, "Nhẫn bạc khắc tên");
    advance(s.code(), "delivered");
    List<Long> books = books(s);
    Map<String, Object> forged = transferNotice(s.code(), s.total(), "2026-12-07T03:00:00Z");

    Api.Reply wrongToken = api.post("/api/shipping/ghn/webhook?token=" + GhnSettings.DEMO_WEBHOOK_SECRET + "x",
        forged, null);
    assertThat(wrongToken.status()).as(wrongToken.toString()).isEqualTo(401);
    Api.Reply noToken = api.post("/api/shipping/ghn/webhook", forged, null);
    assertThat(noToken.status()).as(noToken.toString()).isEqualTo(401);
    Map<String, Object> otherShop = transferNotice(s.code(), s.total(), "2026-12-07T03:00:00Z");
    otherShop.put("ShopID", 4242);
    Api.Reply foreign = api.post(WEBHOOK, otherShop, null);
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);

    JsonNode part = task(s);
    assertThat(part.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(part.path("codSettledAt").isTextual()).isFalse();
    assertThat(part.at("/parcel/codTransferredAt").isTextual()).isFalse();
    assertThat(books(s)).isEqualTo(books);
    assertThat(ledgerLines(s.partId())).isZero();
    assertThat(remittances(s.partId())).isZero();

    // the same notice with the secret is believed
    assertThat(api.post(WEBHOOK, forged, null).status()).isEqualTo(200);
    assertThat(task(s).path("codSettledAt").isTextual()).isTrue();
    assertThat(ledgerLines(s.partId())).isEqualTo(1);
  }
}
