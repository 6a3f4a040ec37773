package vn.langnghe.market.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

class ReviewsIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final Purchases purchases = new Purchases(api);

  @Test
  void aReviewIsAcceptedOnlyAfterDeliveryAndOncePerProductPerShopOrder() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "REV", 10, 450_000, "Vòng bạc chạm rồng");
    String buyer = api.newAccount("SHOPPER", "reviewer");
    Purchases.Bought bought = purchases.paid(buyer, listing);

    Api.Reply early = purchases.review(buyer, bought, listing.sku(), 5, "Chưa nhận mà đã khen");
    assertThat(early.status()).as(early.toString()).isEqualTo(422);
    assertThat(early.json().at("/errors/0/field").asText()).isEqualTo("sku");

    purchases.deliver(bought, listing);
    String stranger = api.newAccount("SHOPPER", "not-the-buyer");
    assertThat(purchases.review(stranger, bought, listing.sku(), 1, "Tôi không mua").status()).isEqualTo(404);
    assertThat(purchases.review(buyer, bought, "NO-SUCH-SKU", 4, "?").status()).isEqualTo(400);
    Api.Reply noStars = api.post("/api/orders/" + bought.orderNumber() + "/reviews",
        Map.of("sku", listing.sku(), "stars", 6), buyer);
    assertThat(noStars.status()).isEqualTo(400);
    assertThat(noStars.json().at("/errors/0/field").asText()).isEqualTo("stars");

    Api.Reply first = purchases.review(buyer, bought, listing.sku(), 4, "Bạc sáng, chạm khéo");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Reply again = purchases.review(buyer, bought, listing.sku(), 1, "Lần hai");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(TestDatabase.count("select count(*) from review where shop_order_id = ?", bought.shopOrderId()))
        .isEqualTo(1);

    // a second order of the same product is a new shop order: it may be reviewed again
    Purchases.Bought second = purchases.delivered(buyer, listing);
    assertThat(purchases.review(buyer, second, listing.sku(), 5, "Mua lần nữa").status()).isEqualTo(201);

    JsonNode page = api.get("/api/products/" + listing.productId() + "/reviews").json();
    assertThat(page.at("/total").asLong()).isEqualTo(2);
    assertThat(page.at("/rating/count").asInt()).isEqualTo(2);
    assertThat(page.at("/rating/average").asDouble()).isEqualTo(4.5);

    // the author edits within the window; after 30 days the review stands as it is
    long id = first.json().at("/id").asLong();
    Api.Reply edited = api.put("/api/reviews/" + id, Map.of("stars", 3, "text", "Sau một tuần hơi xỉn"), buyer);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(api.put("/api/reviews/" + id, Map.of("stars", 5), stranger).status()).isEqualTo(404);
    TestDatabase.update("update review set created_at = created_at - interval 31 day where id = ?", id);
    assertThat(api.put("/api/reviews/" + id, Map.of("stars", 5), buyer).status()).isEqualTo(409);
    assertThat(api.get("/api/products/" + listing.productId()).json().at("/rating/average").asDouble())
        .isEqualTo(4.0);
  }

  @Test
  void aRepeatedReviewWithTheSameIdempotencyKeyAnswersTheFirst() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "IDEM", 5, 300_000, "Hộp trầu bạc");
    String buyer = api.newAccount("SHOPPER", "idem");
    Purchases.Bought bought = purchases.delivered(buyer, listing);
    String key = UUID.randomUUID().toString();
    String body = "{\"sku\": \"" + listing.sku() + "\", \"stars\": 5, \"text\": \"Đẹp\"}";
    List<Api.Reply> replies = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      replies.add(api.send(api.request("/api/orders/" + bought.orderNumber() + "/reviews", buyer)
          .header("Content-Type", "application/json").header("Idempotency-Key", key)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build()));
    }
    assertThat(replies.get(0).status()).isEqualTo(201);
    assertThat(replies.get(1).status()).isEqualTo(200);
    assertThat(replies.get(1).json().at("/id").asLong()).isEqualTo(replies.get(0).json().at("/id").asLong());
  }

  @Test
  void theRatingReachesSearchWithinSecondsThroughTheOutbox() throws InterruptedException {
    String word = "danhgia" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "RANK", 10, 520_000, "Khay bạc " + word);
    String query = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    eventually("the product indexed", () -> api.get(query).json().at("/total").asLong() == 1);
    assertThat(api.get(query).json().at("/items/0/rating/count").asInt()).isZero();
    assertThat(api.get(query + "&ratingMin=4").json().at("/total").asLong()).isZero();

    String buyer = api.newAccount("SHOPPER", "ranker");
    Purchases.Bought bought = purchases.delivered(buyer, listing);
    assertThat(purchases.review(buyer, bought, listing.sku(), 5, "Tuyệt").status()).isEqualTo(201);

    long deadline = System.nanoTime() + 5_000_000_000L;
    JsonNode item = null;
    while (System.nanoTime() < deadline) {
      item = api.get(query).json().at("/items/0");
      if (item.at("/rating/count").asInt() == 1) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(item.at("/rating/count").asInt()).as("search within 5 s: " + item).isEqualTo(1);
    assertThat(item.at("/rating/average").asDouble()).isEqualTo(5.0);
    assertThat(api.get(query + "&ratingMin=4").json().at("/total").asLong()).isEqualTo(1);
    assertThat(api.get(query + "&ratingMin=5&sort=rating").json().at("/items/0/slug").asText())
        .isEqualTo(item.at("/slug").asText());
    JsonNode rated = api.get("/api/search?ratingMin=5&sort=rating&size=100").json();
    assertThat(rated.at("/facets/rating/0/value").asText()).isEqualTo("4");
    rated.at("/items").forEach(i -> assertThat(i.at("/rating/average").asDouble()).isEqualTo(5.0));
    assertThat(api.get("/api/search?ratingMin=6").status()).isEqualTo(400);
    assertThat(api.get("/api/shops/" + listing.artisan().shopSlug()).json().at("/shop/rating/count").asInt())
        .isEqualTo(1);
  }

  @Test
  void aHiddenReviewLeavesThePagesAndTheAverages() throws InterruptedException {
    String word = "anbot" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "HIDE", 10, 610_000, "Bình bạc " + word);
    String kind = api.newAccount("SHOPPER", "kind");
    String rude = api.newAccount("SHOPPER", "rude");
    Api.Reply good = purchases.review(kind, purchases.delivered(kind, listing), listing.sku(), 5, "Rất đẹp");
    Purchases.Bought rudeOrder = purchases.delivered(rude, listing);

    Api.Reply photo = api.upload("/api/reviews/photos", "anh.jpg", "image/jpeg", TestImages.jpeg(640, 480), rude);
    assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
    long imageId = photo.json().at("/imageId").asLong();
    String photoUrl = photo.json().at("/thumbUrl").asText();
    assertThat(api.get(photoUrl).status()).as("not public before its review shows").isEqualTo(404);
    String other = api.newAccount("SHOPPER", "other");
    long othersPhoto = api.upload("/api/reviews/photos", "b.png", "image/png", TestImages.png(64, 64), other)
        .json().at("/imageId").asLong();
    Api.Reply stolen = api.post("/api/orders/" + rudeOrder.orderNumber() + "/reviews",
        Map.of("sku", listing.sku(), "stars", 1, "imageIds", List.of(othersPhoto)), rude);
    assertThat(stolen.status()).as(stolen.toString()).isEqualTo(400);
    assertThat(stolen.json().at("/errors/0/field").asText()).isEqualTo("imageIds");
    Api.Reply bad = api.post("/api/orders/" + rudeOrder.orderNumber() + "/reviews",
        Map.of("sku", listing.sku(), "stars", 1, "text", "Đồ lừa đảo!!!", "imageIds", List.of(imageId)), rude);
    assertThat(bad.status()).as(bad.toString()).isEqualTo(201);
    long badId = bad.json().at("/id").asLong();
    assertThat(api.get(photoUrl).status()).as("public with its review").isEqualTo(200);

    String product = "/api/products/" + listing.productId();
    assertThat(api.get(product).json().at("/rating/average").asDouble()).isEqualTo(3.0);
    String query = "/api/search?q=" + word;
    eventually("both reviews in search", () -> api.get(query).json().at("/items/0/rating/count").asInt() == 2);

    // the shop replies once; the reviewer's answer carries it
    Api.Reply reply = api.post("/api/reviews/" + badId + "/reply", Map.of("text", "Xin lỗi bạn, xưởng sẽ liên hệ."), listing.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(api.post("/api/reviews/" + badId + "/reply", Map.of("text", "Lần hai"), listing.token()).status()).isEqualTo(409);
    TestShops.Artisan otherShop = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    assertThat(api.post("/api/reviews/" + good.json().at("/id").asLong() + "/reply", Map.of("text", "Không phải của tôi"),
        otherShop.token()).status()).isEqualTo(404);

    // readers report it, each counted once; officers see it
    assertThat(api.post("/api/reviews/" + badId + "/report", Map.of("reason", "Xúc phạm"), kind).status()).isEqualTo(201);
    Api.Reply twice = api.post("/api/reviews/" + badId + "/report", Map.of("reason", "Xúc phạm"), kind);
    assertThat(twice.status()).isEqualTo(200);
    assertThat(twice.json().at("/reportCount").asInt()).isEqualTo(1);
    assertThat(api.post("/api/reviews/" + badId + "/report", Map.of(), null).status()).isEqualTo(401);
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    assertThat(api.get("/api/officer/reviews", kind).status()).isEqualTo(403);
    assertThat(ids(api.get("/api/officer/reviews?size=100", officer).json(), "/review/id")).contains(badId);

    assertThat(api.post("/api/officer/reviews/" + badId + "/hide", Map.of("reason", ""), officer).status()).isEqualTo(400);
    assertThat(api.post("/api/officer/reviews/" + badId + "/hide", Map.of("reason", "x"), kind).status()).isEqualTo(403);
    Api.Reply hidden = api.post("/api/officer/reviews/" + badId + "/hide", Map.of("reason", "Lời lẽ xúc phạm"), officer);
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
    assertThat(api.post("/api/officer/reviews/" + badId + "/hide", Map.of("reason", "Lần hai"), officer).status())
        .isEqualTo(200);

    JsonNode page = api.get(product + "/reviews").json();
    assertThat(ids(page, "/id")).containsExactly(good.json().at("/id").asLong());
    assertThat(page.at("/rating/average").asDouble()).isEqualTo(5.0);
    assertThat(api.get(product).json().at("/rating/count").asInt()).isEqualTo(1);
    assertThat(api.get("/api/shops/" + listing.artisan().shopSlug()).json().at("/shop/rating/average").asDouble())
        .isEqualTo(5.0);
    assertThat(api.get(photoUrl).status()).as("its photo leaves public view").isEqualTo(404);
    assertThat(ids(api.get("/api/officer/reviews?size=100", officer).json(), "/review/id")).doesNotContain(badId);
    assertThat(ids(api.get("/api/officer/reviews?status=hidden&size=100", officer).json(), "/review/id")).contains(badId);
    assertThat(ids(api.get("/api/my/reviews", listing.token()).json(), "/id")).doesNotContain(badId);
    eventually("search follows the hiding", () -> {
      JsonNode item = api.get(query).json().at("/items/0");
      return item.at("/rating/count").asInt() == 1 && item.at("/rating/average").asDouble() == 5.0;
    });
    assertThat(api.put("/api/reviews/" + badId, Map.of("stars", 5), rude).status()).isEqualTo(409);
  }

  private static List<Long> ids(JsonNode page, String pointer) {
    List<Long> ids = new ArrayList<>();
    page.at("/items").forEach(i -> ids.add(i.at(pointer).asLong()));
    return ids;
  }
}
