package vn.langnghe.market.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** Public questions and the private thread of a shop order, through the public API. */
class ConversationsIT extends MarketIT {

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void aThreadIsReadByItsBuyerAndItsShopOnlyAndShowsNeitherSidesContactDetails() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "MSG", 3, 250_000, "Thìa bạc");
    String buyer = api.newAccount("SHOPPER", "thread-buyer");
    Api.Reply placed = orders.placed(buyer, List.of(TestOrders.line(listing.sku(), 1)));
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().at("/shopOrders/0/id").asLong();
    String buyerPath = "/api/orders/" + number + "/shop-orders/" + part + "/messages";
    String shopPath = "/api/my/orders/" + part + "/messages";

    Api.Reply first = api.post(buyerPath, Map.of("text", "Gọi em số 0912 345 678 hoặc mail em@vi.du nhé"), buyer);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Reply answer = api.post(shopPath, Map.of("text", "Dạ, xưởng gửi ngay mai."), listing.token());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);

    JsonNode seenByBuyer = api.get(buyerPath, buyer).json();
    JsonNode seenByShop = api.get(shopPath, listing.token()).json();
    for (JsonNode thread : List.of(seenByBuyer, seenByShop)) {
      assertThat(thread.get("messages")).hasSize(2);
      assertThat(thread.at("/messages/0/from").asText()).isEqualTo("BUYER");
      assertThat(thread.at("/messages/1/text").asText()).isEqualTo("Dạ, xưởng gửi ngay mai.");
      String text = thread.toString();
      assertThat(text).doesNotContain(email(buyer), email(listing.token()), "0912 345 678", "em@vi.du");
    }
    assertThat(seenByBuyer.at("/messages/0/mine").asBoolean()).isTrue();
    assertThat(seenByShop.at("/messages/1/mine").asBoolean()).isTrue();

    String stranger = api.newAccount("SHOPPER", "thread-stranger");
    TestShops.Artisan otherShop = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    assertThat(api.get(buyerPath, stranger).status()).isEqualTo(404);
    assertThat(api.post(buyerPath, Map.of("text", "xin chào"), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/my/orders/" + part + "/messages", otherShop.token()).status()).isEqualTo(404);
    assertThat(api.post("/api/my/orders/" + part + "/messages", Map.of("text", "chào"), otherShop.token()).status())
        .isEqualTo(404);
    assertThat(api.get(buyerPath, listing.token()).status()).isEqualTo(404);
    assertThat(api.get(buyerPath, null).status()).isEqualTo(401);
    assertThat(api.get(shopPath, buyer).status()).isEqualTo(403);
    assertThat(api.get(buyerPath, buyer).json().get("messages")).hasSize(2);
  }

  @Test
  void theInboxListsThreadsAwaitingTheShopFirst() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "INBOX", 5, 120_000, "Nhẫn bạc");
    String early = api.newAccount("SHOPPER", "inbox-a");
    String late = api.newAccount("SHOPPER", "inbox-b");
    Api.Reply a = orders.placed(early, List.of(TestOrders.line(listing.sku(), 1)));
    Api.Reply b = orders.placed(late, List.of(TestOrders.line(listing.sku(), 1)));
    long partA = a.json().at("/shopOrders/0/id").asLong();
    long partB = b.json().at("/shopOrders/0/id").asLong();
    api.post("/api/orders/" + a.json().get("orderNumber").asText() + "/shop-orders/" + partA + "/messages",
        Map.of("text", "Bao giờ gửi ạ?"), early);
    api.post("/api/orders/" + b.json().get("orderNumber").asText() + "/shop-orders/" + partB + "/messages",
        Map.of("text", "Có màu khác không?"), late);
    api.post("/api/my/orders/" + partB + "/messages", Map.of("text", "Có màu vàng ạ."), listing.token());

    JsonNode inbox = api.get("/api/my/inbox", listing.token()).json();
    assertThat(inbox.get("unanswered").asLong()).isEqualTo(1);
    assertThat(inbox.at("/items/0/shopOrderId").asLong()).isEqualTo(partA);
    assertThat(inbox.at("/items/0/unanswered").asBoolean()).isTrue();
    assertThat(inbox.at("/items/1/shopOrderId").asLong()).isEqualTo(partB);
    assertThat(inbox.at("/items/1/unanswered").asBoolean()).isFalse();
  }

  @Test
  void aQuestionIsPublicOnceAnsweredAndTheShopListsItsUnansweredFirst() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "QNA", 3, 90_000, "Hoa tai bạc");
    String asker = api.newAccount("SHOPPER", "asker");
    String path = "/api/products/" + listing.productId() + "/questions";
    long first = api.post(path, Map.of("text", "Có dây bạc dài hơn không?"), asker).json().get("id").asLong();
    Api.Reply second = api.post(path, Map.of("text", "Có bảo hành không?"), asker);
    assertThat(second.status()).isEqualTo(201);

    assertThat(api.get(path).json().get("items")).isEmpty();
    assertThat(api.get(path, asker).json().get("items")).hasSize(2);
    assertThat(api.post(path, Map.of("text", "hỏi"), null).status()).isEqualTo(401);
    Api.Reply blank = api.post(path, Map.of("text", "  "), asker);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("text");

    String other = shops.artisanWithApprovedShop("dong-xam-cham-bac").token();
    assertThat(api.post("/api/my/questions/" + first + "/answer", Map.of("text", "Có"), other).status()).isEqualTo(404);
    assertThat(api.post("/api/my/questions/" + first + "/answer", Map.of("text", "Có, 45 cm."), listing.token())
        .status()).isEqualTo(200);
    assertThat(api.post("/api/my/questions/" + first + "/answer", Map.of("text", "Lại"), listing.token())
        .status()).isEqualTo(409);

    JsonNode publicList = api.get(path).json().get("items");
    assertThat(publicList).hasSize(1);
    assertThat(publicList.get(0).get("answer").asText()).isEqualTo("Có, 45 cm.");
    JsonNode mine = api.get("/api/my/questions", listing.token()).json();
    assertThat(mine.get("unanswered").asLong()).isEqualTo(1);
    assertThat(mine.at("/items/0/answered").asBoolean()).isFalse();
    assertThat(mine.at("/items/1/id").asLong()).isEqualTo(first);

    JsonNode shop = api.get("/api/shops/" + listing.artisan().shopSlug()).json().get("shop");
    assertThat(shop.at("/responseTime/asked").asInt()).isEqualTo(2);
    assertThat(shop.at("/responseTime/answeredShare").asDouble()).isEqualTo(0.5);
  }

  @Test
  void aRepeatedQuestionOrMessageWithTheSameIdempotencyKeyIsWrittenOnce() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "IDEM", 3, 80_000, "Khuyên bạc");
    String buyer = api.newAccount("SHOPPER", "idem");
    String questions = "/api/products/" + listing.productId() + "/questions";
    Api.Reply first = withKey(questions, Map.of("text", "Có cỡ nhỏ không?"), buyer, "q-1");
    Api.Reply again = withKey(questions, Map.of("text", "Có cỡ nhỏ không?"), buyer, "q-1");
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    assertThat(api.get(questions, buyer).json().get("items")).hasSize(1);

    Api.Reply placed = orders.placed(buyer, List.of(TestOrders.line(listing.sku(), 1)));
    String thread = "/api/orders/" + placed.json().get("orderNumber").asText() + "/shop-orders/"
        + placed.json().at("/shopOrders/0/id").asLong() + "/messages";
    assertThat(withKey(thread, Map.of("text", "Gửi sớm giúp em"), buyer, "m-1").status()).isEqualTo(200);
    Api.Reply repeat = withKey(thread, Map.of("text", "Gửi sớm giúp em"), buyer, "m-1");
    assertThat(repeat.status()).isEqualTo(200);
    assertThat(repeat.json().get("messages")).hasSize(1);
  }

  private static Api.Reply withKey(String path, Object body, String token, String key) {
    try {
      return api.send(api.request(path, token).header("Content-Type", "application/json")
          .header("Idempotency-Key", key)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)))
          .build());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String email(String token) {
    return api.get("/api/me", token).json().get("email").asText();
  }
}
