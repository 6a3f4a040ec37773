package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.onHand;
import static vn.langnghe.market.testing.TestDatabase.reserved;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** Orders after checkout: payment, fulfilment, cancellation, expiry, and the e-mails they send. */
class OrderLifecycleIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static final String ADMIN = "admin@demo.langnghe.vn";
  static String shopper;
  static String shopperEmail;
  static TestShops.Artisan silversmith;
  static String silversmithEmail;
  static TestShops.Artisan weaver;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "buyer");
    shopperEmail = api.get("/api/me", shopper).json().get("email").asText();
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    silversmithEmail = api.get("/api/me", silversmith.token()).json().get("email").asText();
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
  }

  static JsonNode order(String number) {
    Api.Reply reply = api.get("/api/orders/" + number, shopper);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static long partOf(JsonNode order, long shopId) {
    for (JsonNode part : order.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part.get("id").asLong();
      }
    }
    throw new AssertionError("no part of shop " + shopId);
  }

  static Api.Reply step(long partId, String step, Object body, TestShops.Artisan artisan) {
    return api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token());
  }

  static void overdue(String number) {
    TestDatabase.update("UPDATE customer_order SET payment_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE"
        + " WHERE number = ?", number);
  }

  static void sweepExpiry() {
    Api.Reply swept = api.post("/api/admin/orders/expire-overdue", Map.of(), api.login(ADMIN, Api.PASSWORD));
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
  }

  @Test
  void aPaidOrderIsConfirmedShippedAndDeliveredWithMailsAndAnAuditTrail() {
    String sku = TestShops.sku("PAY");
    shops.product(silversmith, sku, 3, 1_250_000, "Hộp trầu bạc");
    Api.Reply placed = orders.placed(shopper, List.of(line(sku, 2)));
    String number = placed.json().get("orderNumber").asText();
    long partId = partOf(placed.json(), silversmith.shopId());

    // nothing to confirm before the money has come
    assertThat(step(partId, "confirm", Map.of(), silversmith).status()).isEqualTo(409);

    assertThat(orders.pay(placed)).isEqualTo("PAID");
    assertThat(orders.pay(placed)).as("a repeated confirmation").isEqualTo("ALREADY_PAID");
    assertThat(order(number).get("status").asText()).isEqualTo("PAID");
    assertThat(onHand(sku)).isEqualTo(1);
    assertThat(reserved(sku)).isZero();
    // 2 × 1.250.000 ₫ plus GHN's shipping within Trà Giang of 800 g: 16.500 ₫ + 5.500 ₫ for the extra 300 g
    assertThat(placed.json().get("totalVnd").asLong()).isEqualTo(2_522_000);
    TestMail.Mail paidMail = TestMail.await(shopperEmail, number);
    assertThat(paidMail.body()).contains("2.522.000 ₫").contains("Hộp trầu bạc");
    assertThat(TestMail.await(silversmithEmail, number).subject()).contains("đã thanh toán");

    assertThat(step(partId, "deliver", Map.of(), silversmith).status()).as("deliver before shipping").isEqualTo(409);
    assertThat(step(partId, "confirm", Map.of(), silversmith).status()).isEqualTo(200);
    assertThat(step(partId, "confirm", Map.of(), silversmith).status()).as("confirm twice").isEqualTo(409);
    Api.Reply badShip = step(partId, "ship", Map.of("carrier", ""), silversmith);
    assertThat(badShip.status()).isEqualTo(400);
    Api.Reply shipped = step(partId, "ship",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP123456789"), silversmith);
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    assertThat(shipped.json().get("trackingCode").asText()).isEqualTo("VTP123456789");
    assertThat(TestMail.await(shopperEmail, "đã gửi đi").body()).contains("VTP123456789");
    // a shipped parcel can no longer be cancelled, by either side
    assertThat(api.post("/api/orders/" + number + "/cancel", Map.of(), shopper).status()).isEqualTo(409);
    assertThat(step(partId, "cancel", Map.of(), silversmith).status()).isEqualTo(409);

    assertThat(step(partId, "deliver", Map.of(), silversmith).status()).isEqualTo(200);
    // delivered by the shop's word: the order waits for the shopper's "received" (or the while
    // after which it completes by itself, OrderReceiptIT)
    assertThat(order(number).get("status").asText()).isEqualTo("PAID");
    assertThat(api.post("/api/orders/" + number + "/received", Map.of(), shopper).status()).isEqualTo(200);
    JsonNode done = order(number);
    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("history")).extracting(h -> h.get("to").asText())
        .containsExactly("PENDING_PAYMENT", "PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "COMPLETED");
    assertThat(done.get("history")).extracting(h -> h.get("by").asText())
        .containsExactly("SHOPPER", "PAYMENT", "SHOP", "SHOP", "SHOP", "SHOPPER");
    assertThat(onHand(sku)).isEqualTo(1);
  }

  @Test
  void cancellingAnUnpaidOrderReleasesItsStockOnce() {
    String sku = TestShops.sku("CANC");
    shops.product(weaver, sku, 2, 300_000, "Khăn đũi nhuộm lá");
    String number = orders.placed(shopper, List.of(line(sku, 2))).json().get("orderNumber").asText();
    assertThat(reserved(sku)).isEqualTo(2);

    Api.Reply cancelled = api.post("/api/orders/" + number + "/cancel", Map.of("reason", "Đặt nhầm"), shopper);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().at("/payment/status").asText()).isEqualTo("CANCELLED");
    assertThat(reserved(sku)).isZero();
    assertThat(api.post("/api/orders/" + number + "/cancel", Map.of(), shopper).status()).isEqualTo(409);
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).isEqualTo(2);
    assertThat(TestMail.await(shopperEmail, number + " đã huỷ").body()).contains("Đặt nhầm");
  }

  @Test
  void cancellingAPaidTwoShopOrderPutsStockBackAndOwesTheWholeAmount() {
    String ring = TestShops.sku("PCR");
    String scarf = TestShops.sku("PCS");
    shops.product(silversmith, ring, 1, 2_100_000, "Nhẫn bạc khảm");
    shops.product(weaver, scarf, 1, 750_000, "Khăn choàng đũi");
    Api.Reply placed = orders.placed(shopper, List.of(line(ring, 1), line(scarf, 1)));
    String number = placed.json().get("orderNumber").asText();
    orders.pay(placed);
    assertThat(onHand(ring)).isZero();

    // one shop cannot make its part: that part alone goes back and is owed
    long scarfPart = partOf(placed.json(), weaver.shopId());
    Api.Reply partCancelled = step(scarfPart, "cancel", Map.of("reason", "Vải bị lỗi"), weaver);
    assertThat(partCancelled.status()).as(partCancelled.toString()).isEqualTo(200);
    JsonNode afterPart = order(number);
    assertThat(afterPart.get("status").asText()).isEqualTo("PAID");
    long scarfPartTotal = 0;
    for (JsonNode part : placed.json().get("shopOrders")) {
      if (part.get("id").asLong() == scarfPart) {
        scarfPartTotal = part.get("totalVnd").asLong();
      }
    }
    assertThat(scarfPartTotal).isGreaterThan(750_000);
    assertThat(afterPart.get("refundsDueVnd").asLong()).isEqualTo(scarfPartTotal);
    assertThat(onHand(scarf)).isEqualTo(1);

    Api.Reply cancelled = api.post("/api/orders/" + number + "/cancel", Map.of(), shopper);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().get("refundsDueVnd").asLong()).isEqualTo(placed.json().get("totalVnd").asLong());
    assertThat(onHand(ring)).isEqualTo(1);
    assertThat(onHand(scarf)).isEqualTo(1);
  }

  @Test
  void anExpiredOrderReturnsItsStockOnceAndALatePaymentIsOwedBack() {
    String sku = TestShops.sku("EXP");
    shops.product(silversmith, sku, 2, 800_000, "Khuyên tai bạc");
    Api.Reply placed = orders.placed(shopper, List.of(line(sku, 2)));
    String number = placed.json().get("orderNumber").asText();
    overdue(number);
    sweepExpiry();
    sweepExpiry();
    JsonNode expired = order(number);
    assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(expired.at("/payment/status").asText()).isEqualTo("EXPIRED");
    assertThat(expired.get("history").get(1).get("by").asText()).isEqualTo("SYSTEM");
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).isEqualTo(2);

    assertThat(orders.pay(placed)).isEqualTo("REFUND_DUE");
    JsonNode after = order(number);
    assertThat(after.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(after.get("refundsDueVnd").asLong()).isEqualTo(placed.json().get("totalVnd").asLong());
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).isEqualTo(2);
  }

  @Test
  void expiryRacingPaymentSettlesEveryOrderOneWayOrTheOther() {
    String sku = TestShops.sku("RACE");
    int count = 12;
    shops.product(weaver, sku, count, 400_000, "Quạt lụa");
    List<Api.Reply> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      placed.add(orders.placed(shopper, List.of(line(sku, 1))));
    }
    placed.forEach(p -> overdue(p.json().get("orderNumber").asText()));
    String admin = api.login(ADMIN, Api.PASSWORD);
    List<Callable<String>> racers = new ArrayList<>();
    for (Api.Reply p : placed) {
      racers.add(() -> orders.pay(p));
      racers.add(() -> String.valueOf(api.post("/api/admin/orders/expire-overdue", Map.of(), admin).status()));
    }
    List<String> outcomes = TestOrders.all(racers, 8);
    assertThat(outcomes).doesNotContain("500");

    int paid = 0;
    for (Api.Reply p : placed) {
      JsonNode o = order(p.json().get("orderNumber").asText());
      String status = o.get("status").asText();
      assertThat(status).isIn("PAID", "EXPIRED");
      if (status.equals("PAID")) {
        paid++;
        assertThat(o.get("refundsDueVnd").asLong()).isZero();
      } else {
        // the money came after the order had expired: it is owed back in full, never lost
        assertThat(o.get("refundsDueVnd").asLong()).isEqualTo(o.get("totalVnd").asLong());
      }
    }
    assertThat(reserved(sku)).isZero();
    assertThat(onHand(sku)).isEqualTo(count - paid);
  }
}
