package vn.langnghe.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestImages;

class ArtisanProductsIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aPendingShopMayPrepareDraftsButNotSell() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");

    Api.Reply active = api.post("/api/my/products", TestShops.silverRing(TestShops.sku("P"), "ACTIVE"), artisan.token());
    assertThat(active.status()).isEqualTo(422);
    assertThat(active.json().at("/errors/0/field").asText()).isEqualTo("status");

    Api.Reply draft = api.post("/api/my/products", TestShops.silverRing(TestShops.sku("P"), "DRAFT"), artisan.token());
    assertThat(draft.status()).isEqualTo(201);
    assertThat(api.get("/api/products/" + draft.json().at("/slug").asText()).status()).isEqualTo(404);
  }

  @Test
  void anArtisanCreatesEditsPhotographsAndArchivesAProduct() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("DX");

    Api.Reply created = api.post("/api/my/products", TestShops.silverRing(sku, "ACTIVE"), artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().at("/id").asLong();
    String slug = created.json().at("/slug").asText();
    assertThat(slug).startsWith("nhan-bac-cham-hoa-sen-");

    JsonNode product = api.get("/api/products/" + slug).json();
    assertThat(product.at("/title").asText()).isEqualTo("Nhẫn bạc chạm hoa sen");
    assertThat(product.at("/village/name").asText()).isEqualTo("Làng chạm bạc Đồng Xâm");
    assertThat(product.at("/village/commune/name").asText()).isEqualTo("Xã Trà Giang");
    assertThat(product.at("/village/formerCommune/name").asText()).isEqualTo("Xã Hồng Thái");
    assertThat(product.at("/village/formerCommune/district/name").asText()).isEqualTo("Huyện Kiến Xương");
    assertThat(product.at("/variants/0/sku").asText()).isEqualTo(sku + "-16");
    assertThat(product.at("/variants/0/priceVnd").asLong()).isEqualTo(1_250_000);
    assertThat(product.at("/variants/0/available").asInt()).isEqualTo(3);
    assertThat(product.at("/priceMinVnd").asLong()).isEqualTo(1_250_000);
    assertThat(product.at("/ocopStars").asInt())
        .as("typed stars are ignored: only a verified OCOP certificate gives stars").isZero();
    assertThat(product.at("/ocopCertificate").textValue()).isNull();
    assertThat(api.get("/api/products/" + id).json().at("/slug").asText()).isEqualTo(slug);

    ObjectNode edit = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(sku, "ACTIVE"));
    edit.put("title", "Nhẫn bạc chạm rồng");
    edit.put("version", created.json().at("/version").asLong());
    Api.Reply edited = api.put("/api/my/products/" + id, edit, artisan.token());
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().at("/version").asLong()).isGreaterThan(created.json().at("/version").asLong());
    assertThat(api.get("/api/products/" + slug).json().at("/title").asText()).isEqualTo("Nhẫn bạc chạm rồng");

    Api.Reply stale = api.put("/api/my/products/" + id, edit, artisan.token());
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().at("/errors/0/field").asText()).isEqualTo("version");

    Api.Reply uploaded = api.upload("/api/my/products/" + id + "/images", "nhan.png", "image/png",
        TestImages.png(1600, 1200), "Nhẫn bạc chạm rồng, mặt trước", artisan.token());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().at("/images/0/alt").asText()).isEqualTo("Nhẫn bạc chạm rồng, mặt trước");
    String imageUrl = uploaded.json().at("/images/0/url").asText();
    Api.Reply image = api.get(imageUrl);
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/jpeg");
    assertThat(image.header("Cache-Control")).contains("max-age=3600");
    Api.Reply again = api.send(api.request(imageUrl, null).header("If-None-Match", image.header("ETag")).GET().build());
    assertThat(again.status()).isEqualTo(304);
    assertThat(api.get("/api/products/" + slug).json().at("/images/0/thumbUrl").asText()).endsWith("/thumb");

    Api.Reply restocked = api.put("/api/my/products/" + id + "/variants/" + sku + "-18/stock",
        Map.of("onHand", 7), artisan.token());
    assertThat(restocked.status()).isEqualTo(200);
    assertThat(api.get("/api/products/" + slug).json().at("/variants/1/available").asInt()).isEqualTo(7);

    Api.Reply archived = api.delete("/api/my/products/" + id, artisan.token());
    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.json().at("/status").asText()).isEqualTo("ARCHIVED");
    assertThat(api.get("/api/products/" + slug).status()).isEqualTo(404);
    edit.put("version", archived.json().at("/version").asLong());
    assertThat(api.put("/api/my/products/" + id, edit, artisan.token()).status()).isEqualTo(409);
  }

  @Test
  void nobodyButTheOwnerTouchesAProduct() {
    TestShops.Artisan owner = shops.artisanWithApprovedShop("nam-cao-det-dui");
    Api.Reply created = api.post("/api/my/products", TestShops.silverRing(TestShops.sku("OWN"), "ACTIVE"), owner.token());
    long id = created.json().at("/id").asLong();
    Map<String, Object> edit = new java.util.HashMap<>(TestShops.silverRing(TestShops.sku("X"), "ACTIVE"));
    edit.put("version", created.json().at("/version").asLong());
    byte[] picture = TestImages.png(100, 100);

    TestShops.Artisan other = shops.artisanWithApprovedShop("hoi-chieu-coi");
    String noShop = api.newAccount("ARTISAN", "no-shop");
    for (String intruder : List.of(other.token(), noShop)) {
      assertThat(api.get("/api/my/products/" + id, intruder).status()).isEqualTo(404);
      assertThat(api.put("/api/my/products/" + id, edit, intruder).status()).isEqualTo(404);
      assertThat(api.delete("/api/my/products/" + id, intruder).status()).isEqualTo(404);
      assertThat(api.upload("/api/my/products/" + id + "/images", "x.png", "image/png", picture, intruder).status())
          .isEqualTo(404);
      assertThat(api.put("/api/my/products/" + id + "/variants/X/stock", Map.of("onHand", 0), intruder).status())
          .isEqualTo(404);
    }
    String shopper = api.newAccount("SHOPPER", "intruder");
    assertThat(api.put("/api/my/products/" + id, edit, shopper).status()).isEqualTo(403);
    assertThat(api.delete("/api/my/products/" + id, shopper).status()).isEqualTo(403);
    assertThat(api.put("/api/my/products/" + id, edit, null).status()).isEqualTo(401);
    assertThat(api.delete("/api/my/products/" + id, null).status()).isEqualTo(401);
    assertThat(api.upload("/api/my/products/" + id + "/images", "x.png", "image/png", picture, null).status())
        .isEqualTo(401);

    JsonNode unchanged = api.get("/api/my/products/" + id, owner.token()).json();
    assertThat(unchanged.at("/status").asText()).isEqualTo("ACTIVE");
    assertThat(unchanged.at("/version").asLong()).isEqualTo(created.json().at("/version").asLong());
    assertThat(unchanged.at("/images").size()).isZero();
  }

  @Test
  void descriptionsAreSanitised() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    Map<String, Object> product = new java.util.HashMap<>(TestShops.silverRing(TestShops.sku("XSS"), "ACTIVE"));
    product.put("description", "<p onclick=\"steal()\">Đẹp<script>alert(1)</script>"
        + "<a href=\"javascript:alert(2)\">xem</a><img src=x onerror=alert(3)><b>bạc</b></p>");

    Api.Reply created = api.post("/api/my/products", product, artisan.token());

    String description = api.get("/api/products/" + created.json().at("/slug").asText())
        .json().at("/description").asText();
    assertThat(description).contains("Đẹp", "<b>bạc</b>")
        .doesNotContain("script", "onclick", "javascript:", "onerror", "<img");
  }

  @Test
  void aSkuBelongsToOneProductInTheWholeMarketplace() {
    TestShops.Artisan first = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    TestShops.Artisan second = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("DUP");
    assertThat(api.post("/api/my/products", TestShops.silverRing(sku, "ACTIVE"), first.token()).status()).isEqualTo(201);

    Api.Reply taken = api.post("/api/my/products", TestShops.silverRing(sku.toLowerCase(), "ACTIVE"), second.token());

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().at("/errors/0/field").asText()).isEqualTo("variants[0].sku");
  }
}
