package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
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
 * An accepted return's parcel going back through GHN, against the simulator: the pickup is a
 * carrier order of its own (addresses swapped, COD 0) that never touches the shop order's
 * outbound parcel, is booked once however often it is asked, and its delivery back to the shop
 * moves only the return; GHN down is a 503 and the parcel still goes back by hand; a pickup
 * is cancelled before GHN takes it.
 */
class ReturnParcelIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "ghn-return");
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  record Delivered(long partId, String number, String sku, String outboundCode) {}

  /** A paid piece shipped through GHN and delivered by GHN's notices. */
  static Delivered deliveredByGhn(String title) {
    Api.Reply placed = orders.paidPiece(shops, silversmith, shopper, 450_000, title);
    long id = placed.json().at("/shopOrders/0/id").asLong();
    String number = placed.json().get("orderNumber").asText();
    String sku = placed.json().at("/shopOrders/0/lines/0/sku").asText();
    assertThat(api.post("/api/my/orders/" + id + "/confirm", Map.of(), silversmith.token()).status()).isEqualTo(200);
    Api.Reply shipped = api.post("/api/my/orders/" + id + "/ship", Map.of("carrier", "GHN"), silversmith.token());
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    String code = shipped.json().get("trackingCode").asText();
    GhnShippingIT.advance(code, "delivered");
    assertThat(shopOrder(number).get("status").asText()).isEqualTo("DELIVERED");
    return new Delivered(id, number, sku, code);
  }

  static JsonNode shopOrder(String number) {
    return orders.detail(shopper, number).at("/shopOrders/0");
  }

  /** A return of the piece, accepted by the shop. */
  static long acceptedReturn(Delivered d) {
    Api.Reply asked = api.post("/api/orders/" + d.number() + "/returns", Map.of("shopOrderId", d.partId(),
        "lines", List.of(Map.of("sku", d.sku(), "quantity", 1)), "reason", "DAMAGED",
        "text", "Đĩa bị móp khi nhận"), shopper);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    Api.Reply accepted = api.post("/api/my/returns/" + id + "/accept", Map.of(), silversmith.token());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return id;
  }

  /** The order as the simulated GHN keeps it (its detail API, with our GHN shop's headers). */
  static JsonNode ghnDetail(String orderCode) {
    HttpRequest request = api.request("/api/sandbox/ghn/shiip/public-api/v2/shipping-order/detail", null)
        .header("Token", GhnSettings.DEMO_TOKEN)
        .header("ShopId", String.valueOf(GhnSettings.DEMO_SHOP_ID))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"order_code\":\"" + orderCode + "\"}"))
        .build();
    Api.Reply reply = api.send(request);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().get("data");
  }

  @Test
  void aReturnGoesBackThroughGhnWithoutTouchingTheShopOrdersParcel() throws InterruptedException {
    Delivered d = deliveredByGhn("Đĩa bạc chạm tứ linh");
    JsonNode outboundBefore = shopOrder(d.number()).get("parcel");
    JsonNode outboundDetail = ghnDetail(d.outboundCode());
    long id = acceptedReturn(d);

    Api.Reply booked = api.post("/api/returns/" + id + "/pickup", Map.of(), shopper);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String code = booked.json().at("/pickup/orderCode").asText();
    assertThat(code).isNotBlank().isNotEqualTo(d.outboundCode());
    assertThat(booked.json().get("carrier").asText()).isEqualTo("GHN");
    assertThat(booked.json().get("trackingCode").asText()).isEqualTo(code);
    assertThat(booked.json().at("/pickup/trackingUrl").asText()).isEqualTo("https://donhang.ghn.vn/?order_code=" + code);
    assertThat(booked.json().at("/pickup/codVnd").asLong()).isZero();

    // asked again, by the buyer or by the shop: the same pickup, one GHN order
    Api.Reply again = api.post("/api/returns/" + id + "/pickup", Map.of(), shopper);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().at("/pickup/orderCode").asText()).isEqualTo(code);
    Api.Reply byShop = api.post("/api/my/returns/" + id + "/pickup", Map.of(), silversmith.token());
    assertThat(byShop.status()).as(byShop.toString()).isEqualTo(200);
    assertThat(byShop.json().at("/pickup/orderCode").asText()).isEqualTo(code);
    Api.Reply ghnOrders = api.get("/api/sandbox/ghn/orders?clientOrderCode=" + d.number() + "-" + d.partId() + "-R" + id);
    assertThat(ghnOrders.json()).hasSize(1);
    assertThat(ghnOrders.json().get(0).asText()).isEqualTo(code);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", d.partId())).isEqualTo(2);

    // GHN holds it from the buyer's delivery address to the shop's, COD 0, naming the return
    JsonNode pickup = ghnDetail(code);
    assertThat(pickup.get("cod_amount").asLong()).isZero();
    assertThat(pickup.get("to_ward_name").asText()).isEqualTo(outboundDetail.get("from_ward_name").asText());
    assertThat(pickup.get("to_province_name").asText()).isEqualTo(outboundDetail.get("from_province_name").asText());
    assertThat(pickup.get("from_ward_name").asText()).isEqualTo(outboundDetail.get("to_ward_name").asText());
    assertThat(pickup.get("from_address").asText()).isEqualTo(outboundDetail.get("to_address").asText());
    assertThat(pickup.get("from_name").asText()).isEqualTo(outboundDetail.get("to_name").asText());
    assertThat(pickup.get("content").asText()).contains("#" + id);
    assertThat(pickup.get("weight").asInt()).isPositive();

    // the shop order's own parcel is the outbound one, untouched
    JsonNode outboundAfter = shopOrder(d.number());
    assertThat(outboundAfter.at("/parcel/orderCode").asText()).isEqualTo(d.outboundCode());
    assertThat(outboundAfter.get("trackingCode").asText()).isEqualTo(d.outboundCode());
    assertThat(outboundAfter.get("parcel")).isEqualTo(outboundBefore);

    // the shop sees the carrier's code and status
    JsonNode seenByShop = shopReturn(id);
    assertThat(seenByShop.at("/pickup/orderCode").asText()).isEqualTo(code);
    assertThat(seenByShop.at("/pickup/status").asText()).isEqualTo("ready_to_pick");

    // GHN delivers it back to the shop: the return's parcel arrived, the shop order stays DELIVERED
    GhnShippingIT.advance(code, "delivered");
    seenByShop = shopReturn(id);
    assertThat(seenByShop.at("/pickup/status").asText()).isEqualTo("delivered");
    assertThat(seenByShop.hasNonNull("parcelDeliveredAt")).isTrue();
    assertThat(seenByShop.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(seenByShop.get("steps").toString()).contains("PARCEL_DELIVERED");
    JsonNode part = shopOrder(d.number());
    assertThat(part.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(part.at("/parcel/orderCode").asText()).isEqualTo(d.outboundCode());
    assertThat(part.at("/parcel/status").asText()).isEqualTo("delivered");
    assertThat(orders.detail(shopper, d.number()).get("status").asText()).isNotEqualTo("COMPLETED");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change WHERE shop_order_id = ?"
        + " AND to_status <> 'DELIVERED' AND changed_at > (SELECT MAX(changed_at) FROM order_status_change"
        + " WHERE shop_order_id = ? AND to_status = 'DELIVERED')", d.partId(), d.partId())).isZero();

    // the shop confirms receipt: refunded as before
    Api.Reply received = api.post("/api/my/returns/" + id + "/received", Map.of(), silversmith.token());
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().get("status").asText()).isEqualTo("REFUNDED");
    assertThat(received.json().get("refundedVnd").asLong()).isEqualTo(450_000);
  }

  @Test
  void withGhnDownTheParcelGoesByHandAndAPickupIsCancelledBeforeGhnTakesIt() {
    Delivered d = deliveredByGhn("Khay bạc chạm rồng");
    long id = acceptedReturn(d);

    GhnShippingIT.fault("ERROR");
    try {
      Api.Reply down = api.post("/api/returns/" + id + "/pickup", Map.of(), shopper);
      assertThat(down.status()).as(down.toString()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
    } finally {
      GhnShippingIT.fault("NONE");
    }
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM parcel WHERE shop_order_id = ?", d.partId())).isEqualTo(1);

    Api.Reply booked = api.post("/api/returns/" + id + "/pickup", Map.of(), shopper);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String code = booked.json().at("/pickup/orderCode").asText();
    Api.Reply cancelled = api.delete("/api/returns/" + id + "/pickup", shopper);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().at("/pickup/status").asText()).isEqualTo("cancel");
    assertThat(cancelled.json().hasNonNull("trackingCode")).isFalse();
    assertThat(ghnDetail(code).get("status").asText()).isEqualTo("cancel");
    assertThat(shopOrder(d.number()).at("/parcel/orderCode").asText()).isEqualTo(d.outboundCode());
    assertThat(shopOrder(d.number()).get("status").asText()).isEqualTo("DELIVERED");

    // by hand still works
    Api.Reply byHand = api.post("/api/returns/" + id + "/parcel",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP123456789"), shopper);
    assertThat(byHand.status()).as(byHand.toString()).isEqualTo(200);
    assertThat(byHand.json().get("trackingCode").asText()).isEqualTo("VTP123456789");
  }

  static JsonNode shopReturn(long id) {
    Api.Reply list = api.get("/api/my/returns", silversmith.token());
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    for (JsonNode r : list.json()) {
      if (r.get("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("no return " + id);
  }
}
