package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Shipping through GHN against the simulator: "Gửi hàng" books one carrier order however often
 * it is pressed, the webhook is believed only with its secret, its statuses move a prepaid part
 * to DELIVERED once, a failed delivery ends returned, and GHN down changes nothing.
 */
class GhnShippingIT extends MarketIT {

  static final String WEBHOOK = "/api/shipping/ghn/webhook?token=" + GhnSettings.DEMO_WEBHOOK_SECRET;
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static String admin;
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "ghn-buyer");
    admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  /** A paid part of the silversmith's, confirmed and ready to ship; answers its id and order number. */
  static Part confirmedPart(String title) {
    Api.Reply placed = orders.paidPiece(shops, silversmith, shopper, 450_000, title);
    long id = placed.json().at("/shopOrders/0/id").asLong();
    Api.Reply confirmed = api.post("/api/my/orders/" + id + "/confirm", Map.of(), silversmith.token());
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return new Part(id, placed.json().get("orderNumber").asText());
  }

  record Part(long id, String number) {}

  static Api.Reply shipWithGhn(Part part) {
    return api.post("/api/my/orders/" + part.id() + "/ship", Map.of("carrier", "GHN"), silversmith.token());
  }

  static JsonNode shopOrderOf(Part part) {
    return orders.detail(shopper, part.number()).at("/shopOrders/0");
  }

  /** The orders the simulated GHN holds for a part: one, whatever happened on our side. */
  static List<String> ghnOrdersOf(Part part) {
    Api.Reply codes = api.get("/api/sandbox/ghn/orders?clientOrderCode=" + part.number() + "-" + part.id());
    assertThat(codes.status()).as(codes.toString()).isEqualTo(200);
    List<String> found = new ArrayList<>();
    codes.json().forEach(c -> found.add(c.asText()));
    return found;
  }

  static Map<String, Object> notice(String orderCode, String status, long shopId) {
    Map<String, Object> n = new HashMap<>();
    n.put("OrderCode", orderCode);
    n.put("Status", status);
    n.put("Type", "switch_status");
    n.put("Time", "2026-12-07T03:52:50.158Z");
    n.put("CODAmount", 0);
    n.put("CODTransferDate", null);
    n.put("ShopID", shopId);
    return n;
  }

  /** Throws GHN simulator's fault switch, as an administrator (other classes call it too). */
  static void fault(String mode) {
    String administrator = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
    Api.Reply set = api.post("/api/sandbox/ghn/fault", Map.of("mode", mode), administrator);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  static List<String> advance(String orderCode, String to) {
    Api.Reply moved = api.post("/api/sandbox/ghn/orders/" + orderCode + "/advance", Map.of("to", to), null);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    List<String> reached = new ArrayList<>();
    for (JsonNode step : moved.json()) {
      assertThat(step.get("webhookStatus").asInt()).as("our webhook's answer to " + step).isEqualTo(200);
      reached.add(step.get("status").asText());
    }
    return reached;
  }

  /** The switch stops every shop's shipping: a stranger or a shopper may not throw it. */
  @Test
  void onlyAnAdministratorSwitchesTheCarriersFaults() {
    assertThat(api.post("/api/sandbox/ghn/fault", Map.of("mode", "ERROR"), null).status()).isEqualTo(401);
    assertThat(api.post("/api/sandbox/ghn/fault", Map.of("mode", "ERROR"), shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/sandbox/ghn/fault").json().get("mode").asText()).isEqualTo("NONE");
  }

  /**
   * While GHN carries a parcel, only GHN's notices end it: neither the shopper's "received" nor
   * the artisan's "delivered" or "came back" may (a refund written for a parcel GHN then delivers
   * would pay twice; a sale recorded for one GHN then brings back would keep its stock away).
   */
  @Test
  void aParcelGhnCarriesIsEndedOnlyByGhnsNotices() {
    Part part = confirmedPart("Đĩa bạc chạm tứ linh");
    String code = shipWithGhn(part).json().get("trackingCode").asText();
    advance(code, "delivering");

    Api.Reply received = api.post("/api/orders/" + part.number() + "/received", Map.of(), shopper);
    assertThat(received.status()).as(received.toString()).isEqualTo(409);
    assertThat(orders.detail(shopper, part.number()).get("receivable").asBoolean()).isFalse();
    for (String step : List.of("deliver", "returned")) {
      Api.Reply refused = api.post("/api/my/orders/" + part.id() + "/" + step, Map.of(), silversmith.token());
      assertThat(refused.status()).as(step + ": " + refused).isEqualTo(409);
    }
    assertThat(shopOrderOf(part).get("status").asText()).isEqualTo("SHIPPED");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " JOIN customer_order o ON o.id = p.order_id WHERE o.number = ?", part.number())).isZero();

    advance(code, "delivered");
    JsonNode delivered = orders.detail(shopper, part.number());
    assertThat(delivered.get("receivable").asBoolean()).isTrue();
    Api.Reply confirmed = api.post("/api/orders/" + part.number() + "/received", Map.of(), shopper);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void pressingShipTwiceOrAtOnceBooksOneCarrierOrder() {
    Part part = confirmedPart("Vòng bạc chạm hoa sen");
    Api.Reply first = shipWithGhn(part);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    String code = first.json().get("trackingCode").asText();
    assertThat(first.json().get("carrier").asText()).isEqualTo("GHN");
    assertThat(first.json().get("status").asText()).isEqualTo("SHIPPED");
    assertThat(first.json().at("/parcel/orderCode").asText()).isEqualTo(code);
    assertThat(first.json().get("trackingUrl").asText()).isEqualTo("https://donhang.ghn.vn/?order_code=" + code);
    Api.Reply again = shipWithGhn(part);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("trackingCode").asText()).isEqualTo(code);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", part.id())).isEqualTo(1);
    assertThat(ghnOrdersOf(part)).containsExactly(code);

    Part racing = confirmedPart("Khay bạc chạm rồng");
    List<Callable<Api.Reply>> presses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      presses.add(() -> shipWithGhn(racing));
    }
    List<Api.Reply> replies = TestOrders.all(presses, 4);
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
    assertThat(replies).extracting(r -> r.json().get("trackingCode").asText()).containsOnly(
        replies.get(0).json().get("trackingCode").asText());
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", racing.id())).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change WHERE shop_order_id = ? AND to_status = 'SHIPPED'",
        racing.id())).isEqualTo(1);
    assertThat(ghnOrdersOf(racing)).containsExactly(replies.get(0).json().get("trackingCode").asText());
  }

  @Test
  void aForgedNoticeChangesNothing() {
    Part part = confirmedPart("Nhẫn bạc trơn");
    String code = shipWithGhn(part).json().get("trackingCode").asText();

    Api.Reply unsigned = api.post("/api/shipping/ghn/webhook", notice(code, "delivered", GhnSettings.DEMO_SHOP_ID), null);
    assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(401);
    Api.Reply wrongToken = api.post("/api/shipping/ghn/webhook?token=" + GhnSettings.DEMO_WEBHOOK_SECRET + "x",
        notice(code, "delivered", GhnSettings.DEMO_SHOP_ID), null);
    assertThat(wrongToken.status()).as(wrongToken.toString()).isEqualTo(401);
    assertThat(wrongToken.contentType()).startsWith("application/problem+json");
    Api.Reply otherShop = api.post(WEBHOOK, notice(code, "delivered", 4242), null);
    assertThat(otherShop.status()).as(otherShop.toString()).isEqualTo(403);
    Api.Reply garbage = api.post(WEBHOOK, Map.of("hello", "world"), null);
    assertThat(garbage.status()).as(garbage.toString()).isEqualTo(400);

    JsonNode part1 = shopOrderOf(part);
    assertThat(part1.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(part1.at("/parcel/status").asText()).isEqualTo("ready_to_pick");
    assertThat(part1.at("/parcel/steps")).hasSize(1);

    // the same notice with the secret is believed
    Api.Reply genuine = api.post(WEBHOOK, notice(code, "picking", GhnSettings.DEMO_SHOP_ID), null);
    assertThat(genuine.status()).as(genuine.toString()).isEqualTo(200);
    assertThat(shopOrderOf(part).at("/parcel/status").asText()).isEqualTo("picking");
  }

  @Test
  void deliveredMovesAPrepaidPartToDeliveredOnceHoweverOftenTheNoticeRepeats() {
    Part part = confirmedPart("Bát bạc chạm khắc");
    String code = shipWithGhn(part).json().get("trackingCode").asText();

    assertThat(advance(code, "delivered")).containsExactly("picking", "picked", "delivering", "delivered");
    for (int i = 0; i < 3; i++) {
      Api.Reply repeated = api.post("/api/sandbox/ghn/orders/" + code + "/resend", Map.of(), null);
      assertThat(repeated.json().get("webhookStatus").asInt()).isEqualTo(200);
      assertThat(api.post(WEBHOOK, notice(code, "delivered", GhnSettings.DEMO_SHOP_ID), null).status()).isEqualTo(200);
    }
    // a late notice of an earlier status is kept in the history but moves nothing back
    Api.Reply late = api.post(WEBHOOK, notice(code, "money_collect_delivering", GhnSettings.DEMO_SHOP_ID), null);
    assertThat(late.status()).isEqualTo(200);

    JsonNode order = orders.detail(shopper, part.number());
    JsonNode shopOrder = order.at("/shopOrders/0");
    assertThat(shopOrder.get("status").asText()).isEqualTo("DELIVERED");
    // delivered: the order waits for the shopper's "Đã nhận hàng" (or completes by itself later)
    assertThat(order.get("status").asText()).isEqualTo("PAID");
    assertThat(order.get("receivable").asBoolean()).isTrue();
    assertThat(shopOrder.at("/parcel/status").asText()).isEqualTo("delivered");
    assertThat(shopOrder.at("/parcel/statusLabel").asText()).isEqualTo("Đã giao hàng");
    assertThat(shopOrder.at("/parcel/steps")).extracting(s -> s.get("step").asText())
        .containsExactlyInAnyOrder("ready_to_pick", "picking", "picked", "delivering", "delivered",
            "money_collect_delivering");
    assertThat(order.get("history")).filteredOn(h -> h.get("to").asText().equals("DELIVERED"))
        .singleElement().satisfies(h -> assertThat(h.get("by").asText()).isEqualTo("CARRIER"));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change WHERE shop_order_id = ? AND to_status = 'DELIVERED'",
        part.id())).isEqualTo(1);

    // GHN hands the collected money over (CODTransferDate): one step, however often it says so
    assertThat(advance(code, "cod_transferred")).containsExactly("delivered");
    api.post("/api/sandbox/ghn/orders/" + code + "/resend", Map.of(), null);
    JsonNode remitted = shopOrderOf(part).get("parcel");
    assertThat(remitted.get("codTransferredAt").asText()).isNotBlank();
    assertThat(remitted.get("steps")).filteredOn(s -> s.get("step").asText().equals("cod_transferred"))
        .singleElement().satisfies(s -> assertThat(s.get("label").asText()).isEqualTo("Đã chuyển tiền thu hộ"));
    assertThat(shopOrderOf(part).get("status").asText()).isEqualTo("DELIVERED");
  }

  @Test
  void aFailedDeliveryEndsReturned() {
    Part part = confirmedPart("Đĩa bạc chạm tứ linh");
    String code = shipWithGhn(part).json().get("trackingCode").asText();

    assertThat(advance(code, "returned")).containsExactly("picking", "picked", "delivering",
        "delivery_fail", "waiting_to_return", "return", "returned");
    // a late in-transit notice cannot undo the return, and the part is not delivered
    api.post(WEBHOOK, notice(code, "delivering", GhnSettings.DEMO_SHOP_ID), null);
    JsonNode shopOrder = shopOrderOf(part);
    assertThat(shopOrder.at("/parcel/status").asText()).isEqualTo("returned");
    assertThat(shopOrder.at("/parcel/statusLabel").asText()).isEqualTo("Đã trả hàng cho người gửi");
    assertThat(shopOrder.get("status").asText()).isNotEqualTo("DELIVERED");
  }

  @Test
  void carrierDownIsAClear503AndNothingHalfDone() {
    Part part = confirmedPart("Hộp trầu bạc nhỏ");
    try {
      fault("ERROR");
      Api.Reply failed = shipWithGhn(part);
      assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
      assertThat(failed.contentType()).startsWith("application/problem+json");
      assertThat(failed.json().get("title").asText()).isEqualTo("Carrier unavailable");
      assertThat(shopOrderOf(part).get("status").asText()).isEqualTo("CONFIRMED");
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", part.id())).isZero();

      // GHN takes the order but answers too late: the artisan is told to retry...
      fault("TIMEOUT");
      Api.Reply slow = shipWithGhn(part);
      assertThat(slow.status()).as(slow.toString()).isEqualTo(503);
      assertThat(shopOrderOf(part).get("status").asText()).isEqualTo("CONFIRMED");
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", part.id())).isZero();
    } finally {
      fault("NONE");
    }
    // ...and the retry finds the order GHN made instead of booking a second one
    Api.Reply retried = shipWithGhn(part);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.json().get("status").asText()).isEqualTo("SHIPPED");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", part.id())).isEqualTo(1);
    assertThat(ghnOrdersOf(part)).containsExactly(retried.json().get("trackingCode").asText());
  }

  @Test
  void aCarrierWithoutAnApiIsShippedByHandWithItsTrackingLink() {
    Part part = confirmedPart("Thìa bạc");
    Api.Reply noCode = api.post("/api/my/orders/" + part.id() + "/ship", Map.of("carrier", "Viettel Post"),
        silversmith.token());
    assertThat(noCode.status()).as(noCode.toString()).isEqualTo(400);
    assertThat(noCode.body()).contains("trackingCode");
    Api.Reply shipped = api.post("/api/my/orders/" + part.id() + "/ship",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP987654321"), silversmith.token());
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    JsonNode shopOrder = shopOrderOf(part);
    assertThat(shopOrder.get("trackingUrl").asText()).contains("viettelpost.com.vn").endsWith("VTP987654321");
    assertThat(shopOrder.path("parcel").isNull() || shopOrder.path("parcel").isMissingNode()).isTrue();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", part.id())).isZero();
  }
}
