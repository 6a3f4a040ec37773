package vn.langnghe.market.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** Set-up through the public API: a shopper's paid order of one piece, and its way to delivery. */
final class Purchases {

  private final Api api;
  private final TestOrders orders;

  Purchases(Api api) {
    this.api = api;
    this.orders = new TestOrders(api);
  }

  /** A paid order of one piece of the listing; answers the order's number and its one shop part. */
  record Bought(String orderNumber, long shopOrderId) {}

  Bought paid(String shopper, TestShops.Listing listing) {
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(listing.sku(), 1)));
    orders.pay(placed);
    return new Bought(placed.json().get("orderNumber").asText(),
        placed.json().at("/shopOrders/0/id").asLong());
  }

  /** The artisan confirms, ships by hand and marks the part delivered. */
  void deliver(Bought bought, TestShops.Listing listing) {
    step(bought, "confirm", Map.of(), listing);
    step(bought, "ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + bought.shopOrderId()), listing);
    step(bought, "deliver", Map.of(), listing);
  }

  Bought delivered(String shopper, TestShops.Listing listing) {
    Bought bought = paid(shopper, listing);
    deliver(bought, listing);
    return bought;
  }

  private void step(Bought bought, String step, Object body, TestShops.Listing listing) {
    Api.Reply reply = api.post("/api/my/orders/" + bought.shopOrderId() + "/" + step, body, listing.token());
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
  }

  Api.Reply review(String shopper, Bought bought, String sku, int stars, String text) {
    return api.post("/api/orders/" + bought.orderNumber() + "/reviews",
        Map.of("sku", sku, "stars", stars, "text", text), shopper);
  }
}
