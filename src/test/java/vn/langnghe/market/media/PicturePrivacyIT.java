package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/** A picture is seen only by whom may see its product, under an address nobody can guess. */
class PicturePrivacyIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aDraftsPictureIsItsArtisansOnly() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    Api.Reply draft = api.post("/api/my/products",
        TestShops.silverRing(TestShops.sku("PRIV"), "DRAFT"), artisan.token());
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    Api.Reply uploaded = upload(draft.json().at("/id").asText(), artisan);
    String url = uploaded.json().at("/images/0/url").asText();
    long imageId = uploaded.json().at("/images/0/imageId").asLong();
    assertThat(url).matches("/api/media/[0-9a-f]{32}/large").doesNotContain("/" + imageId + "/");

    Api.Reply anonymous = api.get(url);
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(404);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    String stranger = shops.artisanWithApprovedShop("dong-xam-cham-bac").token();
    assertThat(api.get(url, stranger).status()).isEqualTo(404);

    Api.Reply own = api.get(url, artisan.token());
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.contentType()).isEqualTo("image/jpeg");
    assertThat(own.header("Cache-Control")).contains("private", "no-store").doesNotContain("immutable");
    assertThat(api.get(url, api.login(TestShops.OFFICER, Api.PASSWORD)).status()).isEqualTo(200);

    for (String old : new String[] {"/api/images/" + imageId + "/large", "/api/images/" + imageId + "/thumb"}) {
      assertThat(api.get(old).status()).as(old).isEqualTo(404);
      assertThat(api.get(old, artisan.token()).status()).as(old).isEqualTo(404);
    }
  }

  @Test
  void aProductOnSaleShowsItsPictureToAllUntilItIsWithdrawn() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String productId = shops.product(artisan, TestShops.sku("PUB"), 2, 300_000, "Đĩa bạc chạm rồng");
    String thumb = upload(productId, artisan).json().at("/images/0/thumbUrl").asText();

    Api.Reply open = api.get(thumb);
    assertThat(open.status()).as(open.toString()).isEqualTo(200);
    // public for an hour only: a withdrawn product's picture must not live on in caches for a year
    assertThat(open.header("Cache-Control")).contains("max-age=3600").doesNotContain("private", "immutable");
    assertThat(api.get("/api/products/" + productId).json().at("/images/0/thumbUrl").asText())
        .isEqualTo(thumb);

    assertThat(api.delete("/api/my/products/" + productId, artisan.token()).status()).isIn(200, 204);
    assertThat(api.get(thumb).status()).as("withdrawn").isEqualTo(404);
    assertThat(api.get(thumb, artisan.token()).status()).isEqualTo(200);
  }

  private Api.Reply upload(String productId, TestShops.Artisan artisan) {
    Api.Reply uploaded = api.upload("/api/my/products/" + productId + "/images", "p.png", "image/png",
        TestImages.png(600, 400), artisan.token());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded;
  }
}
