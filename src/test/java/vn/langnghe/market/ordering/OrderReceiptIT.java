package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * "Đã nhận hàng" by the buyer, the completion a while after delivery when the buyer says nothing
 * (market.orders.auto-complete-after is PT6S in the tests), and the order list's status tabs.
 */
class OrderReceiptIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  private static void step(long part, String step, TestShops.Artisan artisan) {
    Object body = step.equals("ship") ? Map.of("carrier", "Viettel Post", "trackingCode", "VTP20261207") : Map.of();
    Api.Reply reply = api.post("/api/my/orders/" + part + "/" + step, body, artisan.token());
    assertThat(reply.status()).as(step + " " + reply).isEqualTo(200);
  }

  private static Api.Reply received(String number, String token) {
    return api.post("/api/orders/" + number + "/received", Map.of(), token);
  }

  @Test
  void theBuyerConfirmsReceiptOnceEveryPartHasShipped() {
    TestShops.Artisan silver = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String shopper = api.newAccount("SHOPPER", "received");
    String silverSku = TestShops.sku("RCV");
    String silkSku = TestShops.sku("RCV");
    shops.product(silver, silverSku, 3, 400_000, "Vòng bạc chạm hoa");
    shops.product(weaver, silkSku, 3, 300_000, "Khăn đũi");
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(silverSku, 1), TestOrders.line(silkSku, 1)));
    String number = placed.json().get("orderNumber").asText();
    assertThat(received(number, shopper).status()).as("unpaid").isEqualTo(409);
    orders.pay(placed);
    long silverPart = partOf(placed, silver.shopId());
    long silkPart = partOf(placed, weaver.shopId());
    assertThat(received(number, shopper).status()).as("nothing shipped").isEqualTo(409);

    step(silverPart, "confirm", silver);
    step(silverPart, "ship", silver);
    step(silkPart, "confirm", weaver);
    Api.Reply half = received(number, shopper);
    assertThat(half.status()).as("one part still at its workshop: " + half).isEqualTo(409);
    assertThat(orders.detail(shopper, number).get("receivable").asBoolean()).isFalse();

    step(silkPart, "ship", weaver);
    step(silkPart, "deliver", weaver);
    JsonNode before = orders.detail(shopper, number);
    assertThat(before.get("status").asText()).as("delivered alone no longer completes").isEqualTo("PAID");
    assertThat(before.get("receivable").asBoolean()).isTrue();

    String stranger = api.newAccount("SHOPPER", "not-the-buyer");
    assertThat(received(number, stranger).status()).isEqualTo(404);

    Api.Reply done = received(number, shopper);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.json().get("shopOrders")).extracting(p -> p.get("status").asText())
        .containsOnly("DELIVERED");
    JsonNode last = done.json().get("history").get(done.json().get("history").size() - 1);
    assertThat(last.get("to").asText()).isEqualTo("COMPLETED");
    assertThat(last.get("by").asText()).isEqualTo("SHOPPER");

    Api.Reply again = received(number, shopper);
    assertThat(again.status()).as("idempotent").isEqualTo(200);
    assertThat(again.json().get("status").asText()).isEqualTo("COMPLETED");
    assertThat(again.json().get("history").size()).isEqualTo(done.json().get("history").size());
  }

  @Test
  void aDeliveredOrderCompletesByItselfAfterTheConfiguredWhile() throws InterruptedException {
    TestShops.Artisan smith = shops.artisanWithApprovedShop("an-tiem-ren");
    String shopper = api.newAccount("SHOPPER", "auto-complete");
    Api.Reply placed = orders.paidPiece(shops, smith, shopper, 350_000, "Dao rèn An Tiêm");
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().get("shopOrders").get(0).get("id").asLong();
    step(part, "confirm", smith);
    step(part, "ship", smith);
    Thread.sleep(7_000);
    assertThat(orders.detail(shopper, number).get("status").asText())
        .as("shipped but not delivered never completes by itself").isEqualTo("PAID");

    step(part, "deliver", smith);
    assertThat(orders.detail(shopper, number).get("status").asText()).isEqualTo("PAID");
    eventually("the order completes after delivery", () ->
        orders.detail(shopper, number).get("status").asText().equals("COMPLETED"));
    JsonNode history = orders.detail(shopper, number).get("history");
    assertThat(history).extracting(h -> h.get("to").asText())
        .containsExactly("PENDING_PAYMENT", "PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "COMPLETED");
    assertThat(history.get(history.size() - 1).get("by").asText()).isEqualTo("SYSTEM");
    assertThat(received(number, shopper).status()).as("received after completion").isEqualTo(200);
  }

  @Test
  void theOrderListIsFilteredByStatusOnTheServer() {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String shopper = api.newAccount("SHOPPER", "tabs");
    String pending = orders.unpaidPiece(shops, weaver, shopper);
    Api.Reply processingOrder = orders.paidPiece(shops, weaver, shopper, 200_000, "Khăn đũi xanh");
    String processing = processingOrder.json().get("orderNumber").asText();
    Api.Reply shippingOrder = orders.paidPiece(shops, weaver, shopper, 210_000, "Khăn đũi đỏ");
    String shipping = shippingOrder.json().get("orderNumber").asText();
    long shippingPart = shippingOrder.json().get("shopOrders").get(0).get("id").asLong();
    step(shippingPart, "confirm", weaver);
    step(shippingPart, "ship", weaver);
    Api.Reply completedOrder = orders.paidPiece(shops, weaver, shopper, 220_000, "Khăn đũi vàng");
    String completed = completedOrder.json().get("orderNumber").asText();
    long completedPart = completedOrder.json().get("shopOrders").get(0).get("id").asLong();
    step(completedPart, "confirm", weaver);
    step(completedPart, "ship", weaver);
    assertThat(received(completed, shopper).status()).isEqualTo(200);
    String cancelled = orders.unpaidPiece(shops, weaver, shopper);
    assertThat(api.post("/api/orders/" + cancelled + "/cancel", Map.of(), shopper).status()).isEqualTo(200);

    assertThat(numbers(shopper, "")).containsExactlyInAnyOrder(pending, processing, shipping, completed, cancelled);
    assertThat(numbers(shopper, "PENDING_PAYMENT")).containsExactly(pending);
    assertThat(numbers(shopper, "PROCESSING")).containsExactly(processing);
    assertThat(numbers(shopper, "SHIPPING")).containsExactly(shipping);
    assertThat(numbers(shopper, "PAID")).containsExactlyInAnyOrder(processing, shipping);
    assertThat(numbers(shopper, "COMPLETED")).containsExactly(completed);
    assertThat(numbers(shopper, "CLOSED")).containsExactly(cancelled);
    assertThat(numbers(shopper, "cancelled,completed")).containsExactlyInAnyOrder(cancelled, completed);
    Api.Reply total = api.get("/api/orders?status=PAID", shopper);
    assertThat(total.json().get("total").asLong()).isEqualTo(2);

    Api.Reply bad = api.get("/api/orders?status=SOMEDAY", shopper);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("status");
    assertThat(numbers(api.newAccount("SHOPPER", "no-orders"), "COMPLETED")).isEmpty();
  }

  private static List<String> numbers(String shopper, String status) {
    Api.Reply reply = api.get("/api/orders?size=50&status=" + status, shopper);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return StreamSupport.stream(reply.json().get("items").spliterator(), false)
        .map(o -> o.get("orderNumber").asText()).toList();
  }

  private static long partOf(Api.Reply placed, long shopId) {
    for (JsonNode part : placed.json().get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part.get("id").asLong();
      }
    }
    throw new AssertionError("no part of shop " + shopId + " in " + placed);
  }
}
