package vn.langnghe.market.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * What a stranger reads before buying: the artisan's photo and story, the village and commune,
 * when the shop joined, and the pieces that reached buyers, on the shop, product, card and search.
 */
class ShopTrustIT extends MarketIT {

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void theShopViewCarriesTheArtisansStoryPhotoJoinedDateAndPiecesDelivered() throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String story = "Tôi theo nghề chạm bạc từ năm 15 tuổi,\nhọc từ ông nội ở Đồng Xâm.";
    JsonNode mine = api.get("/api/my/shop", artisan.token()).json();
    Api.Reply told = api.put("/api/my/shop", Map.of("name", mine.get("name").asText(),
        "description", "<p>Xưởng chạm bạc</p>", "villageSlug", "dong-xam-cham-bac", "story", story),
        artisan.token());
    assertThat(told.status()).as(told.toString()).isEqualTo(200);
    Api.Reply photo = api.upload("/api/my/shop/photo", "nghe-nhan.jpg", "image/jpeg",
        TestImages.jpeg(600, 600), artisan.token());
    assertThat(photo.status()).as(photo.toString()).isEqualTo(200);
    assertThat(api.upload("/api/my/shop/photo", "x.gif", "image/gif", TestImages.gif(10, 10),
        artisan.token()).status()).as("not a picture we take").isEqualTo(400);

    String word = "Trust" + UUID.randomUUID().toString().substring(0, 6);
    String sku = TestShops.sku("SOLD");
    String productId = shops.product(artisan, sku, 10, 200_000, "Vòng bạc " + word);
    String shopper = api.newAccount("SHOPPER", "trust");
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(sku, 2)));
    orders.pay(placed);
    long part = placed.json().at("/shopOrders/0/id").asLong();
    assertThat(step(part, "confirm", Map.of(), artisan)).isEqualTo(200);
    assertThat(step(part, "ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP987654321"),
        artisan)).isEqualTo(200);
    // shipped is not yet sold: only pieces delivered count
    assertThat(api.get("/api/products/" + productId).json().get("soldCount").asLong()).isZero();
    assertThat(step(part, "deliver", Map.of(), artisan)).isEqualTo(200);

    JsonNode shop = api.get("/api/shops/" + artisan.shopSlug()).json();
    JsonNode view = shop.get("shop");
    assertThat(view.get("story").asText()).isEqualTo(story);
    assertThat(view.get("soldCount").asLong()).isEqualTo(2);
    assertThat(Instant.parse(view.get("joinedAt").asText())).isBetween(before, Instant.now().plusSeconds(5));
    assertThat(view.at("/village/slug").asText()).isEqualTo("dong-xam-cham-bac");
    assertThat(view.at("/village/commune/name").asText()).isNotBlank();
    String photoUrl = view.get("ownerPhotoUrl").asText();
    assertThat(api.get(photoUrl).status()).as("the photo is public once the shop sells").isEqualTo(200);
    assertThat(shop.at("/products/items/0/soldCount").asLong()).isEqualTo(2);
    assertThat(api.get("/api/products/" + productId).json().get("soldCount").asLong()).isEqualTo(2);
    assertThat(view.has("taxId")).as("never public").isFalse();

    eventually("the product in search", () -> {
      Api.Reply found = api.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      return found.status() == 200 && found.json().get("total").asLong() == 1
          && found.json().at("/items/0/soldCount").asLong() == 2;
    });
    assertThat(Duration.between(before, Instant.now())).isPositive();
  }

  private static int step(long partId, String step, Object body, TestShops.Artisan artisan) {
    return api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token()).status();
  }
}
