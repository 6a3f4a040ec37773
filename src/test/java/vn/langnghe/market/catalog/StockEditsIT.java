package vn.langnghe.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.onHand;
import static vn.langnghe.market.testing.TestDatabase.reserved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Stock moves only through sales, cancellations and the artisan's explicit counts and adjustments:
 * a product form loaded before a sale and saved after it never puts the sold pieces back.
 */
class StockEditsIT extends MarketIT {

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void aFormLoadedBeforeAPaidSaleAndSavedAfterItLeavesTheSoldPieceSold() {
    TestShops.Listing tray = shops.listing("dong-xam-cham-bac", "ONE", 3, 4_500_000, "Khay bạc chạm rồng");
    JsonNode form = api.get(tray.path(), tray.token()).json();
    assertThat(form.at("/variants/0/onHand").asInt()).isEqualTo(3);

    String shopper = api.newAccount("SHOPPER", "buyer");
    assertThat(orders.pay(orders.placed(shopper, List.of(TestOrders.line(tray.sku(), 1))))).isEqualTo("PAID");
    assertThat(onHand(tray.sku())).isEqualTo(2);

    Api.Reply saved = api.put(tray.path(), editOf(form, "Khay bạc chạm rồng phượng"), tray.token());

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().at("/title").asText()).isEqualTo("Khay bạc chạm rồng phượng");
    assertThat(saved.json().at("/variants/0/onHand").asInt()).isEqualTo(2);
    assertThat(onHand(tray.sku())).isEqualTo(2);
    assertThat(api.get("/api/products/" + tray.productId()).json().at("/variants/0/available").asInt()).isEqualTo(2);
  }

  @Test
  void aNewVariantStartsWithTheCountTheArtisanGaveAndNeedsOne() {
    TestShops.Listing bangle = shops.listing("dong-xam-cham-bac", "NEW", 3, 900_000, "Vòng bạc trơn");
    JsonNode form = api.get(bangle.path(), bangle.token()).json();
    ObjectNode edit = editOf(form, "Vòng bạc trơn");
    ObjectNode added = edit.withArray("variants").addObject();
    added.put("sku", bangle.sku() + "-B");
    added.put("priceVnd", 950_000);

    Api.Reply withoutCount = api.put(bangle.path(), edit, bangle.token());
    assertThat(withoutCount.status()).as(withoutCount.toString()).isEqualTo(400);
    assertThat(withoutCount.json().at("/errors/0/field").asText()).isEqualTo("variants[1].onHand");

    added.put("onHand", 4);
    Api.Reply saved = api.put(bangle.path(), edit, bangle.token());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(onHand(bangle.sku() + "-B")).isEqualTo(4);
    assertThat(onHand(bangle.sku())).isEqualTo(3);
  }

  @Test
  void aCountAppliesOnlyToTheStockItSawAndAnAdjustmentAddsOrRemoves() {
    TestShops.Listing ring = shops.listing("dong-xam-cham-bac", "CNT", 3, 1_250_000, "Nhẫn bạc chạm hoa sen");
    String stock = ring.path() + "/variants/" + ring.sku() + "/stock";
    String shopper = api.newAccount("SHOPPER", "buyer");
    orders.pay(orders.placed(shopper, List.of(TestOrders.line(ring.sku(), 1))));

    Api.Reply stale = api.put(stock, Map.of("onHand", 5, "expectedOnHand", 3), ring.token());
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().at("/onHand").asInt()).isEqualTo(2);
    assertThat(stale.json().at("/sku").asText()).isEqualTo(ring.sku());
    assertThat(stale.json().at("/errors/0/field").asText()).isEqualTo("expectedOnHand");
    assertThat(onHand(ring.sku())).isEqualTo(2);

    Api.Reply counted = api.put(stock, Map.of("onHand", 5, "expectedOnHand", 2), ring.token());
    assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
    assertThat(counted.json().at("/variants/0/onHand").asInt()).isEqualTo(5);

    Api.Reply added = api.put(stock, Map.of("adjustBy", 2), ring.token());
    assertThat(added.json().at("/variants/0/onHand").asInt()).isEqualTo(7);
    Api.Reply removed = api.put(stock, Map.of("adjustBy", -3), ring.token());
    assertThat(removed.json().at("/variants/0/onHand").asInt()).isEqualTo(4);

    // two pieces held by an unpaid order: on hand may not fall below them
    orders.placed(shopper, List.of(TestOrders.line(ring.sku(), 2)));
    assertThat(reserved(ring.sku())).isEqualTo(2);
    Api.Reply belowHeld = api.put(stock, Map.of("onHand", 1), ring.token());
    assertThat(belowHeld.status()).isEqualTo(409);
    assertThat(belowHeld.json().at("/reserved").asInt()).isEqualTo(2);
    assertThat(api.put(stock, Map.of("adjustBy", -3), ring.token()).status()).isEqualTo(409);
    Api.Reply belowZero = api.put(stock, Map.of("adjustBy", -5), ring.token());
    assertThat(belowZero.status()).isEqualTo(422);
    assertThat(belowZero.json().at("/errors/0/field").asText()).isEqualTo("adjustBy");
    assertThat(onHand(ring.sku())).isEqualTo(4);

    for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of(), Map.of("onHand", 1, "adjustBy", 1),
        Map.of("expectedOnHand", 4, "adjustBy", 1), Map.of("onHand", -1))) {
      Api.Reply refused = api.put(stock, bad, ring.token());
      assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
    }
    assertThat(onHand(ring.sku())).isEqualTo(4);
  }

  @Test
  void twentyStaleEditsRacingTwentyPaidSalesLeaveExactlyWhatWasNotSold() {
    int initial = 30;
    int pairs = 20;
    TestShops.Listing scarf = shops.listing("nam-cao-det-dui", "RACE", initial, 650_000, "Khăn đũi Nam Cao");
    JsonNode staleForm = api.get(scarf.path(), scarf.token()).json();
    List<String> shoppers = orders.shoppers(4);

    List<Callable<String>> racers = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      String shopper = shoppers.get(i % shoppers.size());
      int n = i;
      racers.add(() -> orders.pay(orders.placed(shopper, List.of(TestOrders.line(scarf.sku(), 1)))));
      racers.add(() -> {
        // the stock the form shows is from before every sale; only the version is fresh
        ObjectNode edit = editOf(staleForm, "Khăn đũi Nam Cao " + n);
        edit.put("version", api.get(scarf.path(), scarf.token()).json().at("/version").asLong());
        Api.Reply saved = api.put(scarf.path(), edit, scarf.token());
        assertThat(saved.status()).as(saved.toString()).isIn(200, 409);
        return saved.status() == 200 ? "EDITED" : saved.json().at("/errors/0/field").asText();
      });
    }
    List<String> results = TestOrders.all(racers, 8);

    assertThat(results).filteredOn("PAID"::equals).hasSize(pairs);
    assertThat(results).filteredOn("EDITED"::equals).isNotEmpty();
    assertThat(results).filteredOn(r -> !r.equals("PAID") && !r.equals("EDITED")).allMatch("version"::equals);
    assertThat(onHand(scarf.sku())).isEqualTo(initial - pairs);
    assertThat(reserved(scarf.sku())).isZero();
  }

  /** The body the edit form sends back: what it loaded, with a new title. */
  private static ObjectNode editOf(JsonNode form, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", form.at("/description").asText());
    body.put("categoryId", form.at("/category/id").asLong());
    body.put("status", form.at("/status").asText());
    body.put("version", form.at("/version").asLong());
    List<Map<String, Object>> variants = new ArrayList<>();
    for (JsonNode v : form.get("variants")) {
      variants.add(Map.of("sku", v.get("sku").asText(), "priceVnd", v.get("priceVnd").asLong(),
          "onHand", v.get("onHand").asInt(), "weightGrams", v.get("weightGrams").asInt()));
    }
    body.put("variants", variants);
    return (ObjectNode) Api.JSON.valueToTree(body);
  }
}
