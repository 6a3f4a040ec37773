package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.onHand;
import static vn.langnghe.market.testing.TestDatabase.reserved;
import static vn.langnghe.market.testing.TestOrders.checkoutOf;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** Checkout on the real server and database: racing shoppers, repeats, splitting per shop. */
class CheckoutIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static List<String> shoppers;
  static TestShops.Artisan silversmith;
  static TestShops.Artisan weaver;

  @BeforeAll
  static void prepare() {
    shoppers = orders.shoppers(10);
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
  }

  @Test
  void fiftyCheckoutsForFivePiecesSellExactlyFive() {
    String sku = TestShops.sku("LAST");
    shops.product(silversmith, sku, 5, 2_000_000, "Vòng bạc chạm rồng");
    List<Callable<Api.Reply>> checkouts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String shopper = shoppers.get(i % shoppers.size());
      checkouts.add(() -> orders.checkout(checkoutOf(List.of(line(sku, 1))), shopper, null));
    }
    List<Api.Reply> replies = TestOrders.all(checkouts, 25);

    assertThat(replies).extracting(Api.Reply::status).containsOnly(201, 409);
    assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(5);
    replies.stream().filter(r -> r.status() == 409).forEach(r -> {
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains(sku);
    });
    assertThat(reserved(sku)).isEqualTo(5);
    assertThat(onHand(sku)).isEqualTo(5);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_line WHERE sku = ?", sku)).isEqualTo(5);
  }

  @Test
  void cartsHoldingTwoSkusInOppositeOrdersNeverFailWithAServerError() {
    String ring = TestShops.sku("RING");
    String cup = TestShops.sku("CUP");
    shops.product(silversmith, ring, 5, 900_000, "Nhẫn bạc trơn");
    shops.product(silversmith, cup, 5, 3_100_000, "Chén bạc chạm");
    List<Callable<Api.Reply>> checkouts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String shopper = shoppers.get(i % shoppers.size());
      List<Map<String, Object>> lines = i % 2 == 0
          ? List.of(line(ring, 1), line(cup, 1))
          : List.of(line(cup, 1), line(ring, 1));
      checkouts.add(() -> orders.checkout(checkoutOf(lines), shopper, null));
    }
    List<Api.Reply> replies = TestOrders.all(checkouts, 25);

    assertThat(replies).extracting(Api.Reply::status).containsOnly(201, 409);
    assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(5);
    assertThat(reserved(ring)).isEqualTo(5);
    assertThat(reserved(cup)).isEqualTo(5);
  }

  @Test
  void theSameIdempotencyKeyTenTimesAtOnceMakesOneOrder() {
    String sku = TestShops.sku("IDEM");
    shops.product(silversmith, sku, 3, 450_000, "Trâm cài tóc bạc");
    String shopper = api.newAccount("SHOPPER", "repeater");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = checkoutOf(List.of(line(sku, 1)));
    List<Callable<Api.Reply>> repeats = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      repeats.add(() -> orders.checkout(body, shopper, key));
    }
    List<Api.Reply> replies = TestOrders.all(repeats, 10);

    assertThat(replies).extracting(Api.Reply::status).containsOnly(201);
    Set<String> numbers = new HashSet<>();
    replies.forEach(r -> numbers.add(r.json().get("orderNumber").asText()));
    assertThat(numbers).hasSize(1);
    assertThat(replies.stream().filter(r -> "false".equals(r.header("Idempotent-Replayed")))).hasSize(1);
    assertThat(reserved(sku)).isEqualTo(1);
    assertThat(api.get("/api/orders", shopper).json().get("total").asInt()).isEqualTo(1);

    Api.Reply otherBody = orders.checkout(checkoutOf(List.of(line(sku, 2))), shopper, key);
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    assertThat(reserved(sku)).isEqualTo(1);
  }

  /**
   * Order numbers are drawn at random, so two orders may draw the same one: the database's refusal
   * must be the one {@link Checkout#numberTaken} recognises, so the checkout runs again with a new
   * number instead of answering 500. The refusal here is MariaDB's own, on our schema.
   */
  @Test
  void aTakenOrderNumberIsRecognisedInMariaDbsOwnRefusal() {
    String sku = TestShops.sku("TAKEN");
    shops.product(silversmith, sku, 2, 300_000, "Nhẫn bạc trơn");
    String first = orders.placed(shoppers.get(1), List.of(line(sku, 1))).json().get("orderNumber").asText();
    String second = orders.placed(shoppers.get(1), List.of(line(sku, 1))).json().get("orderNumber").asText();

    SQLException refusal = null;
    try (Connection db = TestDatabase.connect();
        PreparedStatement collide = db.prepareStatement("UPDATE customer_order SET number = ? WHERE number = ?")) {
      collide.setString(1, first);
      collide.setString(2, second);
      collide.executeUpdate();
    } catch (SQLException e) {
      refusal = e;
    }
    assertThat((Object) refusal).as("the database let two orders share a number").isNotNull();
    assertThat(Checkout.numberTaken(refusal)).as(refusal.toString()).isTrue();
    assertThat(Checkout.numberTaken(new SQLException("Duplicate entry 'x' for key 'uk_variant_sku'", "23000", 1062)))
        .isFalse();
  }

  @Test
  void aTwoShopCheckoutSplitsIntoPartsThatAddUpAndEachShopSeesOnlyItsOwn() {
    String bracelet = TestShops.sku("BRAC");
    String scarf = TestShops.sku("SCARF");
    shops.product(silversmith, bracelet, 2, 1_250_000, "Vòng tay bạc Đồng Xâm");
    shops.product(weaver, scarf, 4, 680_000, "Khăn lụa đũi Nam Cao");
    String shopper = shoppers.get(0);

    Api.Reply placed = orders.placed(shopper, List.of(line(bracelet, 1), line(scarf, 2)));
    JsonNode order = placed.json();
    assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(order.get("shopOrders")).hasSize(2);
    long items = 0;
    long shipping = 0;
    for (JsonNode part : order.get("shopOrders")) {
      assertThat(part.get("totalVnd").asLong())
          .isEqualTo(part.get("itemsTotalVnd").asLong() + part.get("shippingVnd").asLong());
      assertThat(part.get("shippingVnd").asLong()).isPositive();
      items += part.get("itemsTotalVnd").asLong();
      shipping += part.get("shippingVnd").asLong();
    }
    assertThat(items).isEqualTo(1_250_000 + 2 * 680_000);
    assertThat(order.get("itemsTotalVnd").asLong()).isEqualTo(items);
    assertThat(order.get("shippingTotalVnd").asLong()).isEqualTo(shipping);
    assertThat(order.get("totalVnd").asLong()).isEqualTo(items + shipping);
    assertThat(order.at("/payment/status").asText()).isEqualTo("PENDING");
    assertThat(order.at("/payment/amountVnd").asLong()).isEqualTo(items + shipping);
    // the silversmith ships within Trà Giang itself; the weaver's parcel crosses communes
    JsonNode silverPart = partOf(order, silversmith.shopId());
    JsonNode silkPart = partOf(order, weaver.shopId());
    // GHN's prices (its simulator's list): within one ward, within the province plus 500 g more
    assertThat(silverPart.get("shippingVnd").asLong()).isEqualTo(16_500);
    assertThat(silkPart.get("shippingVnd").asLong()).isEqualTo(22_000 + 5_500);

    String number = order.get("orderNumber").asText();
    JsonNode silverQueue = api.get("/api/my/orders", silversmith.token()).json();
    assertThat(silverQueue.get("items")).anySatisfy(task -> {
      assertThat(task.get("orderNumber").asText()).isEqualTo(number);
      assertThat(task.get("lines")).hasSize(1);
      assertThat(task.at("/lines/0/sku").asText()).isEqualTo(bracelet);
    });
    assertThat(silverQueue.toString()).doesNotContain(scarf);
    long silkPartId = silkPart.get("id").asLong();
    assertThat(api.get("/api/my/orders/" + silkPartId, silversmith.token()).status()).isEqualTo(404);
    assertThat(api.post("/api/my/orders/" + silkPartId + "/confirm", Map.of(), silversmith.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/my/orders/" + silkPartId, weaver.token()).json().at("/lines/0/sku").asText())
        .isEqualTo(scarf);
    // another shopper cannot see the order at all
    assertThat(api.get("/api/orders/" + number, shoppers.get(1)).status()).isEqualTo(404);
  }

  @Test
  void checkoutWorksWhileSearchIsDown() throws Exception {
    String sku = TestShops.sku("NOSOLR");
    shops.product(weaver, sku, 2, 520_000, "Túi đũi thêu tay");
    IntegrationEnvironment.solr().stop();
    try {
      Api.Reply placed = orders.placed(shoppers.get(2), List.of(line(sku, 1)));
      assertThat(placed.json().get("status").asText()).isEqualTo("PENDING_PAYMENT");
      assertThat(reserved(sku)).isEqualTo(1);
    } finally {
      IntegrationEnvironment.solr().start();
    }
  }

  @Test
  void takingTheLastPiecesShowsTheProductSoldOutAndCancellingShowsItBack() throws Exception {
    String sku = TestShops.sku("GONE");
    String productId = shops.product(weaver, sku, 2, 450_000, "Khăn đũi nhuộm vỏ cây");
    eventually("the new product in the index, in stock", () -> Boolean.TRUE.equals(indexedInStock(productId)));

    Api.Reply placed = orders.placed(shoppers.get(3), List.of(line(sku, 2)));
    eventually("the sold-out product in the index, out of stock", () -> Boolean.FALSE.equals(indexedInStock(productId)));

    String number = placed.json().get("orderNumber").asText();
    assertThat(api.post("/api/orders/" + number + "/cancel", Map.of(), shoppers.get(3)).status()).isEqualTo(200);
    eventually("the released product in the index, in stock again", () -> Boolean.TRUE.equals(indexedInStock(productId)));
  }

  /** What Solr holds for the product: whether it is in stock, or null while it holds nothing. */
  private static Boolean indexedInStock(String productId) {
    try (SolrClient solr = new HttpJdkSolrClient.Builder(IntegrationEnvironment.solr().coreUrl()).build()) {
      SolrDocumentList docs = solr.query(new SolrQuery("id:" + productId).setFields("in_stock")).getResults();
      return docs.isEmpty() ? null : (Boolean) docs.get(0).getFirstValue("in_stock");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode partOf(JsonNode order, long shopId) {
    for (JsonNode part : order.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part;
      }
    }
    throw new AssertionError("no part of shop " + shopId + " in " + order);
  }
}
