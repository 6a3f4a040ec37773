package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;

/**
 * What makes the site installable, over plain HTTP: the manifest with its media type, Vietnamese
 * names and icons of the sizes it claims, and the service worker and offline page with headers that
 * let a new deployment reach the phone.
 */
class WebAppManifestIT extends MarketIT {

  @Test
  void theManifestIsServedAsAManifestAndNamesTheArtisansApp() throws IOException {
    Api.Reply reply = api.get("/manifest.webmanifest");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/manifest+json");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");

    JsonNode manifest = reply.json();
    assertThat(manifest.get("lang").asText()).isEqualTo("vi");
    assertThat(manifest.get("name").asText()).contains("Làng Nghề");
    assertThat(manifest.get("short_name").asText()).isEqualTo("Làng Nghề").hasSizeLessThanOrEqualTo(12);
    assertThat(manifest.get("start_url").asText()).isEqualTo("/artisan.html");
    assertThat(api.get(manifest.get("start_url").asText()).status()).isEqualTo(200);
    assertThat(manifest.get("scope").asText()).isEqualTo("/");
    assertThat(manifest.get("display").asText()).isEqualTo("standalone");
    assertThat(manifest.get("theme_color").asText()).isEqualTo("#9a2a1c");
    // the same colour the pages announce
    assertThat(api.get("/artisan.html").body()).contains("<meta name=\"theme-color\" content=\"#9a2a1c\">");

    List<String> pngs = new ArrayList<>();
    for (JsonNode icon : manifest.get("icons")) {
      Api.Reply file = api.get(icon.get("src").asText());
      assertThat(file.status()).as(icon.toString()).isEqualTo(200);
      assertThat(file.contentType()).as(icon.toString()).startsWith(icon.get("type").asText());
      if (icon.get("type").asText().equals("image/png")) {
        var image = ImageIO.read(new ByteArrayInputStream(file.raw().body()));
        String size = image.getWidth() + "x" + image.getHeight();
        assertThat(size).as(icon.toString()).isEqualTo(icon.get("sizes").asText());
        pngs.add(icon.get("purpose").asText() + " " + size);
      }
    }
    assertThat(pngs).contains("any 192x192", "any 512x512", "maskable 192x192", "maskable 512x512");
  }

  @Test
  void theServiceWorkerIsAlwaysRevalidatedAndTheOfflinePageNeedsNoScript() {
    Api.Reply worker = api.get("/sw.js");
    assertThat(worker.status()).isEqualTo(200);
    assertThat(worker.contentType()).startsWith("text/javascript");
    assertThat(worker.header("Cache-Control")).isEqualTo("no-cache");

    Api.Reply offline = api.get("/offline.html");
    assertThat(offline.status()).isEqualTo(200);
    assertThat(offline.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(offline.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(offline.body()).contains("<html lang=\"vi\">", "Đang mất kết nối mạng")
        .doesNotContain("<script", "style=");
  }
}
