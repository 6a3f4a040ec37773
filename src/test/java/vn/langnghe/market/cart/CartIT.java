package vn.langnghe.market.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** Carts before and after sign-in, re-checked against the catalogue on every view. */
class CartIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void prepare() {
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  /** A cart request as a browser sends it: with its token if signed in, with its cookie if any. */
  static Api.Reply cart(String method, String path, Object body, String token, String cookie) {
    HttpRequest.Builder request = api.request(path, token);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
    }
    return api.send(request.build());
  }

  static String json(Object body) {
    try {
      return Api.JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String cookieOf(Api.Reply reply) {
    String setCookie = reply.header("Set-Cookie");
    assertThat(setCookie).as("Set-Cookie of " + reply).isNotNull();
    return setCookie.split(";")[0];
  }

  static Map<String, Object> add(String sku, int quantity) {
    return Map.of("sku", sku, "quantity", quantity);
  }

  @Test
  void anAnonymousCartLivesInAnHttpOnlyCookieAndMergesIntoTheShoppersCartAtSignIn() {
    String bowl = TestShops.sku("BOWL");
    String spoon = TestShops.sku("SPOON");
    shops.product(silversmith, bowl, 5, 1_800_000, "Bát bạc chạm hoa");
    shops.product(silversmith, spoon, 5, 350_000, "Thìa bạc");

    Api.Reply first = cart("POST", "/api/cart/lines", add(bowl, 1), null, null);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.header("Set-Cookie")).contains("HttpOnly").contains("Path=/api")
        .containsIgnoringCase("SameSite=Lax");
    String cookie = cookieOf(first);
    Api.Reply again = cart("POST", "/api/cart/lines", add(bowl, 1), null, cookie);
    assertThat(again.json().at("/lines/0/quantity").asInt()).isEqualTo(2);
    assertThat(cart("GET", "/api/cart", null, null, null).json().get("lines")).isEmpty();

    String shopper = api.newAccount("SHOPPER", "cart");
    cart("POST", "/api/cart/lines", add(spoon, 3), shopper, null);
    cart("POST", "/api/cart/lines", add(bowl, 1), shopper, null);
    Api.Reply merged = cart("GET", "/api/cart", null, shopper, cookie);
    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.header("Set-Cookie")).contains("Max-Age=0");
    JsonNode lines = merged.json().get("lines");
    assertThat(lines).hasSize(2);
    assertThat(quantityOf(lines, bowl)).isEqualTo(3);
    assertThat(quantityOf(lines, spoon)).isEqualTo(3);
    assertThat(merged.json().get("subtotalVnd").asLong()).isEqualTo(3 * 1_800_000 + 3 * 350_000);
    assertThat(merged.json().get("readyForCheckout").asBoolean()).isTrue();
    // the anonymous cart is gone: its cookie now finds nothing
    assertThat(cart("GET", "/api/cart", null, null, cookie).json().get("lines")).isEmpty();

    // checkout without lines takes the cart, and what was bought leaves it
    Api.Reply order = new TestOrders(api).checkout(Map.of("shippingAddress",
        TestOrders.address(TestOrders.TRA_GIANG), "paymentMethod", "VIETQR"), shopper, null);
    assertThat(order.status()).as(order.toString()).isEqualTo(201);
    assertThat(order.json().at("/shopOrders/0/lines")).hasSize(2);
    assertThat(cart("GET", "/api/cart", null, shopper, null).json().get("lines")).isEmpty();
  }

  @Test
  void linesThatCanNoLongerBeBoughtAreFlaggedNotLost() {
    String gone = TestShops.sku("GONE");
    String sold = TestShops.sku("SOLD");
    String dearer = TestShops.sku("DEAR");
    String goneId = shops.product(silversmith, gone, 2, 500_000, "Nhẫn sẽ ngừng bán");
    String soldId = shops.product(silversmith, sold, 2, 600_000, "Nhẫn sẽ hết hàng");
    String dearerId = shops.product(silversmith, dearer, 2, 700_000, "Nhẫn sẽ tăng giá");
    String shopper = api.newAccount("SHOPPER", "flags");
    for (String sku : List.of(gone, sold, dearer)) {
      assertThat(cart("POST", "/api/cart/lines", add(sku, 1), shopper, null).status()).isEqualTo(200);
    }

    assertThat(api.delete("/api/my/products/" + goneId, silversmith.token()).status()).isEqualTo(200);
    assertThat(api.put("/api/my/products/" + soldId + "/variants/" + sold + "/stock",
        Map.of("onHand", 0), silversmith.token()).status()).isEqualTo(200);
    JsonNode product = api.get("/api/my/products/" + dearerId, silversmith.token()).json();
    Api.Reply repriced = api.put("/api/my/products/" + dearerId, Map.of(
        "title", "Nhẫn sẽ tăng giá", "description", "<p>Hàng thủ công</p>", "categoryId", 2,
        "status", "ACTIVE", "version", product.get("version").asLong(),
        "variants", List.of(Map.of("sku", dearer, "priceVnd", 750_000, "onHand", 2))), silversmith.token());
    assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);

    JsonNode view = cart("GET", "/api/cart", null, shopper, null).json();
    JsonNode lines = view.get("lines");
    assertThat(lines).hasSize(3);
    assertThat(line(lines, gone).get("state").asText()).isEqualTo("UNAVAILABLE");
    assertThat(line(lines, sold).get("state").asText()).isEqualTo("SOLD_OUT");
    JsonNode dearerLine = line(lines, dearer);
    assertThat(dearerLine.get("state").asText()).isEqualTo("OK");
    assertThat(dearerLine.get("priceChanged").asBoolean()).isTrue();
    assertThat(dearerLine.get("unitPriceVnd").asLong()).isEqualTo(750_000);
    assertThat(dearerLine.get("priceWhenAddedVnd").asLong()).isEqualTo(700_000);
    assertThat(view.get("subtotalVnd").asLong()).isEqualTo(750_000);
    assertThat(view.get("readyForCheckout").asBoolean()).isFalse();

    // checking out such a cart is refused and reserves nothing
    Api.Reply refused = new TestOrders(api).checkout(Map.of("shippingAddress",
        TestOrders.address(TestOrders.LE_LOI), "paymentMethod", "VNPAY"), shopper, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(TestDatabase.count("SELECT reserved FROM variant WHERE sku = ?", dearer)).isZero();

    assertThat(cart("DELETE", "/api/cart/lines/" + gone, null, shopper, null).json().get("lines")).hasSize(2);
  }

  @Test
  void cartInputIsCheckedAndOnlyShoppersHaveCarts() {
    String sku = TestShops.sku("LIMIT");
    shops.product(silversmith, sku, 3, 250_000, "Cúc áo bạc");
    String shopper = api.newAccount("SHOPPER", "limits");
    assertThat(cart("POST", "/api/cart/lines", add(sku, 0), shopper, null).status()).isEqualTo(400);
    assertThat(cart("POST", "/api/cart/lines", add(sku, 100), shopper, null).status()).isEqualTo(400);
    Api.Reply unknown = cart("POST", "/api/cart/lines", add("NO-SUCH-SKU-1", 1), shopper, null);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("sku");
    Api.Reply tooMany = cart("POST", "/api/cart/lines", add(sku, 4), shopper, null);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.contentType()).startsWith("application/problem+json");
    assertThat(cart("PUT", "/api/cart/lines/" + sku, Map.of("quantity", 2), shopper, null).status())
        .as("changing a line that is not in the cart").isEqualTo(404);
    assertThat(cart("POST", "/api/cart/lines", add(sku, 2), shopper, null).status()).isEqualTo(200);
    Api.Reply changed = cart("PUT", "/api/cart/lines/" + sku, Map.of("quantity", 3), shopper, null);
    assertThat(changed.json().at("/lines/0/quantity").asInt()).isEqualTo(3);
    assertThat(cart("GET", "/api/cart", null, silversmith.token(), null).status()).isEqualTo(403);
  }

  static JsonNode line(JsonNode lines, String sku) {
    for (JsonNode line : lines) {
      if (line.get("sku").asText().equals(sku)) {
        return line;
      }
    }
    throw new AssertionError("no line " + sku + " in " + lines);
  }

  static int quantityOf(JsonNode lines, String sku) {
    return line(lines, sku).get("quantity").asInt();
  }
}
