package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.address;
import static vn.langnghe.market.testing.TestOrders.line;

import java.util.ArrayList;
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

/** Whatever a client sends to checkout and orders, bad input gets a 4xx and reserves nothing. */
class CheckoutBadInputIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static String sku;

  @BeforeAll
  static void prepare() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    sku = TestShops.sku("BAD");
    shops.product(artisan, sku, 3, 990_000, "Lắc tay bạc");
    shopper = api.newAccount("SHOPPER", "careless");
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> body = new HashMap<>(Map.of("lines", List.of(line(sku, 1)),
        "shippingAddress", address(TestOrders.TRA_GIANG), "paymentMethod", "VNPAY"));
    body.put(key, value);
    return body;
  }

  static Map<String, Object> addressWith(String key, Object value) {
    Map<String, Object> address = new HashMap<>(address(TestOrders.TRA_GIANG));
    if (value == null) {
      address.remove(key);
    } else {
      address.put(key, value);
    }
    return with("shippingAddress", address);
  }

  record Case(String name, Object body, int status, String field) {}

  @Test
  void badCheckoutsAreRefusedNamingTheFieldAndReserveNothing() {
    List<Map<String, Object>> thousandLines = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      thousandLines.add(line("SKU-" + i, 1));
    }
    List<Case> cases = List.of(
        new Case("zero quantity", with("lines", List.of(line(sku, 0))), 400, "lines[0].quantity"),
        new Case("negative quantity", with("lines", List.of(line(sku, -2))), 400, "lines[0].quantity"),
        new Case("huge quantity", with("lines", List.of(line(sku, 1_000_000))), 400, "lines[0].quantity"),
        new Case("quantity beyond int", "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":99999999999}],"
            + "\"shippingAddress\":{\"name\":\"A\",\"phone\":\"0912345678\",\"line1\":\"x\",\"communeCode\":\"13093\"},"
            + "\"paymentMethod\":\"VNPAY\"}", 400, "lines[0].quantity"),
        new Case("fractional quantity", "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1.5}],"
            + "\"shippingAddress\":{\"name\":\"A\",\"phone\":\"0912345678\",\"line1\":\"x\",\"communeCode\":\"13093\"},"
            + "\"paymentMethod\":\"VNPAY\"}", 400, "lines[0].quantity"),
        new Case("unknown SKU", with("lines", List.of(line(sku, 1), line("NO-SUCH-SKU", 1))), 400, "lines[1].sku"),
        new Case("SKU listed twice", with("lines", List.of(line(sku, 1), line(sku, 1))), 400, "lines[1].sku"),
        new Case("no lines", with("lines", List.of()), 400, "lines"),
        new Case("a thousand lines", with("lines", thousandLines), 400, "lines"),
        new Case("no such commune", addressWith("communeCode", "99999"), 400, "shippingAddress.communeCode"),
        new Case("commune abolished in 2025", addressWith("communeCode", "13078"), 400, "shippingAddress.communeCode"),
        new Case("not a commune code", addressWith("communeCode", "ABC"), 400, "shippingAddress.communeCode"),
        new Case("no recipient", addressWith("name", null), 400, "shippingAddress.name"),
        new Case("no phone", addressWith("phone", null), 400, "shippingAddress.phone"),
        new Case("not a phone", addressWith("phone", "12345678901"), 400, "shippingAddress.phone"),
        new Case("no street", addressWith("line1", " "), 400, "shippingAddress.line1"),
        new Case("no address", with("shippingAddress", null), 400, "shippingAddress"),
        new Case("unknown payment method", with("paymentMethod", "CASH"), 400, "paymentMethod"),
        new Case("no payment method", with("paymentMethod", null), 400, "paymentMethod"),
        new Case("cut-off JSON", "{\"lines\": [", 400, "lines"),
        new Case("not JSON", "lines=1", 400, "body"));
    long ordersBefore = TestDatabase.count("SELECT COUNT(*) FROM customer_order");
    long reservedBefore = TestDatabase.count("SELECT reserved FROM variant WHERE sku = ?", sku);
    for (Case c : cases) {
      Api.Reply reply = orders.checkout(c.body(), shopper, null);
      assertThat(reply.status()).as(c.name() + ": " + reply).isEqualTo(c.status());
      assertThat(reply.contentType()).as(c.name()).startsWith("application/problem+json");
      assertThat(reply.json().get("errors").findValuesAsText("field")).as(c.name() + ": " + reply)
          .contains(c.field());
    }
    Api.Reply badKey = orders.checkout(with("note", "ok"), shopper, "k".repeat(101));
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM customer_order")).isEqualTo(ordersBefore);
    assertThat(TestDatabase.count("SELECT reserved FROM variant WHERE sku = ?", sku)).isEqualTo(reservedBefore);
  }

  @Test
  void onlySignedInShoppersCheckOutAndSeeTheirOwnOrders() {
    assertThat(orders.checkout(with("note", "x"), null, null).status()).isEqualTo(401);
    String artisan = shops.artisanWithPendingShop("nam-cao-det-dui").token();
    assertThat(orders.checkout(with("note", "x"), artisan, null).status()).isEqualTo(403);
    assertThat(api.get("/api/orders", artisan).status()).isEqualTo(403);
    assertThat(api.get("/api/my/orders", shopper).status()).isEqualTo(403);

    String emptyCart = orders.checkout(Map.of("shippingAddress", address(TestOrders.TRA_GIANG),
        "paymentMethod", "VNPAY"), api.newAccount("SHOPPER", "empty"), null).json().get("status").asText();
    assertThat(emptyCart).isEqualTo("422");

    long reservedBefore = TestDatabase.count("SELECT reserved FROM variant WHERE sku = ?", sku);
    String number = orders.placed(shopper, List.of(line(sku, 1))).json().get("orderNumber").asText();
    String stranger = api.newAccount("SHOPPER", "stranger");
    assertThat(api.get("/api/orders/" + number, stranger).status()).isEqualTo(404);
    assertThat(api.post("/api/orders/" + number + "/cancel", Map.of(), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/orders/" + number, shopper).status()).isEqualTo(200);
    assertThat(api.get("/api/orders?size=1000", shopper).status()).isEqualTo(400);
    assertThat(api.get("/api/my/orders?status=LOST", artisan).status()).isEqualTo(400);
    assertThat(api.post("/api/my/orders/abc/confirm", Map.of(), artisan).status()).isEqualTo(400);
    assertThat(api.post("/api/my/orders/999999999/confirm", Map.of(), artisan).status()).isEqualTo(404);
    assertThat(TestDatabase.count("SELECT reserved FROM variant WHERE sku = ?", sku)).isEqualTo(reservedBefore + 1);
  }
}
