package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/** A decompression bomb and a burst of them: handled within bounds, the server keeps serving. */
class ImageUploadLimitsIT extends MarketIT {

  @Test
  void decompressionBombsAreHandledAndTheServerStaysWell() throws Exception {
    TestShops shops = new TestShops(api);
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String productId = shops.product(artisan, TestShops.sku("BOMB"), 3, 250_000, "Khay bạc chạm");
    byte[] bomb = TestImages.pngBomb();

    Api.Reply one = api.upload("/api/my/products/" + productId + "/images", "bomb.png", "image/png",
        bomb, artisan.token());
    assertThat(one.status()).as(one.toString()).isEqualTo(201);
    assertThat(one.json().at("/images/0/url").asText()).isNotBlank();

    // Six at once: at most two decode together, the others wait briefly or are told to come back.
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<CompletableFuture<Api.Reply>> burst = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      burst.add(CompletableFuture.supplyAsync(() -> api.upload("/api/my/products/" + productId
          + "/images", "bomb.png", "image/png", bomb, artisan.token()), pool));
    }
    for (CompletableFuture<Api.Reply> upload : burst) {
      Api.Reply reply = upload.get();
      assertThat(reply.status()).as(reply.toString()).isIn(201, 503);
      if (reply.status() != 201) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
      }
      if (reply.status() == 503) {
        assertThat(reply.header("Retry-After")).isNotBlank();
      }
    }
    pool.shutdown();

    Api.Reply product = api.get("/api/my/products/" + productId, artisan.token());
    assertThat(product.status()).as("the server still answers: " + product).isEqualTo(200);
    Api.Reply picture = api.get(one.json().at("/images/0/url").asText(), artisan.token());
    assertThat(picture.status()).isEqualTo(200);
    assertThat(picture.contentType()).isEqualTo("image/jpeg");
  }
}
