package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/**
 * A product picture in the sizes a phone-first page picks from (srcset with real widths, WebP
 * beside JPEG), the 1200×630 link-preview card, and the same on catalogue cards and search hits;
 * pictures stored before a size existed get it drawn in the background.
 */
class ResponsivePicturesIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aPictureComesInEverySizeAndViewsCardsAndHitsCarryItsSrcsetsAndSize() throws Exception {
    String word = "anhdep" + UUID.randomUUID().toString().substring(0, 6);
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String productId = shops.product(artisan, TestShops.sku("PIC"), 3, 450_000, "Bình bạc " + word);
    upload(productId, artisan);

    JsonNode image = api.get("/api/products/" + productId).json().at("/images/0");
    String key = image.at("/url").asText().split("/")[3];
    String base = "/api/media/" + key;
    assertThat(image.at("/url").asText()).isEqualTo(base + "/large");
    assertThat(image.at("/thumbUrl").asText()).isEqualTo(base + "/thumb");
    assertThat(image.at("/srcset").asText())
        .isEqualTo(base + "/thumb 400w, " + base + "/medium 800w, " + base + "/large 1200w");
    assertThat(image.at("/webpSrcset").asText())
        .isEqualTo(base + "/thumb.webp 400w, " + base + "/medium.webp 800w, " + base + "/large.webp 1200w");
    assertThat(image.at("/width").asInt()).isEqualTo(1200);
    assertThat(image.at("/height").asInt()).isEqualTo(750);
    assertThat(image.at("/ogUrl").asText()).isEqualTo(base + "/og");

    for (String[] expected : new String[][] {{"thumb", "image/jpeg", "400x250"},
        {"medium", "image/jpeg", "800x500"}, {"large", "image/jpeg", "1200x750"},
        {"og", "image/jpeg", "1200x630"}, {"thumb.webp", "image/webp", "400x250"},
        {"medium.webp", "image/webp", "800x500"}, {"large.webp", "image/webp", "1200x750"}}) {
      Api.Reply picture = api.get(base + "/" + expected[0]);
      assertThat(picture.status()).as(expected[0]).isEqualTo(200);
      assertThat(picture.contentType()).as(expected[0]).isEqualTo(expected[1]);
      assertThat(picture.header("Cache-Control")).as(expected[0]).contains("max-age=3600");
      assertThat(size(picture)).as(expected[0]).isEqualTo(expected[2]);
    }
    assertThat(api.get(base + "/og.webp").status()).as("link previews are JPEG only").isEqualTo(404);

    JsonNode card = null;
    for (JsonNode item : api.get("/api/shops/" + artisan.shopSlug()).json().at("/products/items")) {
      if (item.at("/id").asText().equals(productId)) {
        card = item;
      }
    }
    assertThat(card).as("the product on its shop's page").isNotNull();
    assertThat(card.at("/imageUrl").asText()).isEqualTo(base + "/thumb");
    assertThat(card.at("/imageSrcset").asText()).isEqualTo(image.at("/srcset").asText());
    assertThat(card.at("/imageWebpSrcset").asText()).isEqualTo(image.at("/webpSrcset").asText());
    assertThat(card.at("/imageWidth").asInt()).isEqualTo(400);
    assertThat(card.at("/imageHeight").asInt()).isEqualTo(250);

    String query = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    eventually("the product indexed with its picture",
        () -> api.get(query).json().at("/items/0/imageSrcset").isTextual());
    JsonNode hit = api.get(query).json().at("/items/0");
    assertThat(hit.at("/imageUrl").asText()).isEqualTo(base + "/thumb");
    assertThat(hit.at("/imageSrcset").asText()).isEqualTo(image.at("/srcset").asText());
    assertThat(hit.at("/imageWebpSrcset").asText()).isEqualTo(image.at("/webpSrcset").asText());
    assertThat(hit.at("/imageWidth").asInt()).isEqualTo(400);
    assertThat(hit.at("/imageHeight").asInt()).isEqualTo(250);
  }

  @Test
  void anOlderPictureStandsInForSizesItLacksUntilTheBackfillDrawsThem() throws Exception {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String productId = shops.product(artisan, TestShops.sku("OLD"), 3, 380_000, "Khay bạc cũ");
    JsonNode image = upload(productId, artisan).json().at("/images/0");
    long imageId = image.at("/imageId").asLong();
    String base = image.at("/url").asText().replace("/large", "");

    // as an image stored before V28 still has its MEDIUM JPEG until the backfill reaches it: the
    // backfill looks for images without MEDIUM, so this one keeps standing in
    TestDatabase.update("DELETE FROM image_rendition WHERE image_id = ?"
        + " AND (content_type = 'image/webp' OR size = 'OG')", imageId);
    for (String missing : new String[] {"og", "large.webp", "thumb.webp"}) {
      Api.Reply standIn = api.get(base + "/" + missing);
      assertThat(standIn.status()).as(missing).isEqualTo(200);
      assertThat(standIn.contentType()).as(missing).isEqualTo("image/jpeg");
      assertThat(size(standIn)).as(missing + ": the large JPEG").isEqualTo("1200x750");
      assertThat(standIn.header("Cache-Control")).as(missing).contains("max-age=60").doesNotContain("3600");
      assertThat(standIn.header("ETag")).as(missing).contains("stand-in");
    }

    TestDatabase.update("DELETE FROM image_rendition WHERE image_id = ? AND size = 'MEDIUM'", imageId);
    eventually("the backfill", () -> TestDatabase.count(
        "SELECT COUNT(*) FROM image_rendition WHERE image_id = ?", imageId) == 7);
    Api.Reply og = api.get(base + "/og");
    assertThat(size(og)).isEqualTo("1200x630");
    assertThat(og.header("Cache-Control")).contains("max-age=3600");
    Api.Reply medium = api.get(base + "/medium.webp");
    assertThat(medium.contentType()).isEqualTo("image/webp");
    assertThat(size(medium)).isEqualTo("800x500");
  }

  private Api.Reply upload(String productId, TestShops.Artisan artisan) {
    Api.Reply uploaded = api.upload("/api/my/products/" + productId + "/images", "p.png", "image/png",
        TestImages.png(1600, 1000), artisan.token());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded;
  }

  /** The picture's pixel size, decoded from the bytes served (TwelveMonkeys reads the WebP). */
  private static String size(Api.Reply picture) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.raw().body()));
    assertThat(decoded).as("a decodable picture").isNotNull();
    return decoded.getWidth() + "x" + decoded.getHeight();
  }
}
