package vn.langnghe.market.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Checkout and payment through the public API, and firing many requests at once. */
public final class TestOrders {

  /** Trà Giang, the commune of Đồng Xâm; Lê Lợi, the commune of Nam Cao. */
  public static final String TRA_GIANG = "13093";
  public static final String LE_LOI = "13120";

  private final Api api;

  public TestOrders(Api api) {
    this.api = api;
  }

  public static Map<String, Object> address(String communeCode) {
    return Map.of("name", "Nguyễn Thị Hoa", "phone", "0912 345 678",
        "line1", "Số 5, thôn Đồng Xâm", "communeCode", communeCode);
  }

  public static Map<String, Object> line(String sku, int quantity) {
    return Map.of("sku", sku, "quantity", quantity);
  }

  public static Map<String, Object> checkoutOf(List<Map<String, Object>> lines) {
    return Map.of("lines", lines, "shippingAddress", address(TRA_GIANG), "paymentMethod", "VNPAY");
  }

  public Api.Reply checkout(Object body, String token, String idempotencyKey) {
    HttpRequest.Builder request = api.request("/api/checkout", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return api.send(request.build());
  }

  /** Places an order of the lines paid by the given method; answers its checkout reply (201 asserted). */
  public Api.Reply placed(String token, List<Map<String, Object>> lines, String paymentMethod) {
    Map<String, Object> body = new HashMap<>(checkoutOf(lines));
    body.put("paymentMethod", paymentMethod);
    Api.Reply reply = checkout(body, token, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  /** Places an order of the lines and answers its checkout reply (201 asserted). */
  public Api.Reply placed(String token, List<Map<String, Object>> lines) {
    Api.Reply reply = checkout(checkoutOf(lines), token, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  /** The buyer's view of an order (200 asserted). */
  public JsonNode detail(String token, String number) {
    Api.Reply reply = api.get("/api/orders/" + number, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Pays an order's pending payment through the sandbox gateway; answers the settlement. */
  public String pay(Api.Reply checkout) {
    String reference = checkout.json().at("/payment/reference").asText();
    long amount = checkout.json().get("totalVnd").asLong();
    Api.Reply paid = api.post("/api/payments/sandbox/" + reference + "/succeed",
        Map.of("amountVnd", amount), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    return paid.json().get("settlement").asText();
  }

  /** One piece of a new product of the artisan's shop, ordered by the shopper and paid; answers the checkout reply. */
  public Api.Reply paidPiece(TestShops shops, TestShops.Artisan artisan, String shopper, long priceVnd, String title) {
    String sku = TestShops.sku("PIECE");
    shops.product(artisan, sku, 3, priceVnd, title);
    Api.Reply placed = placed(shopper, List.of(line(sku, 1)));
    pay(placed);
    return placed;
  }

  /** One piece of a new product of the artisan's shop, ordered by the shopper, not paid; answers its number. */
  public String unpaidPiece(TestShops shops, TestShops.Artisan artisan, String shopper) {
    String sku = TestShops.sku("UNPAID");
    shops.product(artisan, sku, 3, 150_000, "Khăn đũi chưa trả tiền");
    return placed(shopper, List.of(line(sku, 1))).json().get("orderNumber").asText();
  }

  /** Shoppers with their tokens, registered two at a time (password hashing is slow on purpose). */
  public List<String> shoppers(int count) {
    List<Callable<String>> registrations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      registrations.add(() -> api.newAccount("SHOPPER", "shopper"));
    }
    return all(registrations, 2);
  }

  /** Runs the calls together (as many at once as given) and answers their results in order. */
  public static <T> List<T> all(List<Callable<T>> calls, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = pool.invokeAll(calls);
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String raw ? raw : Api.JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
