package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;

class SolrOutageIT extends MarketIT {

  @Test
  void theMarketplaceSellsThroughASolrOutageAndTheIndexCatchesUp() throws Exception {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("hoi-chieu-coi");
    ObjectNode mat = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(TestShops.sku("MAT"), "ACTIVE"));
    mat.put("title", "Chiếu cói Hới trướcmấtđiện");
    Api.Reply created = api.post("/api/my/products", mat, artisan.token());
    long id = created.json().at("/id").asLong();
    String slug = created.json().at("/slug").asText();
    Api.Reply doomed = api.post("/api/my/products",
        TestShops.silverRing(TestShops.sku("GONE"), "ACTIVE"), artisan.token());
    SearchIT.awaitIndexed(SearchIT.q("truocmatdien"), r -> r.at("/total").asLong() == 1, 5_000);

    IntegrationEnvironment.solr().stop();
    try {
      long started = System.nanoTime();
      Api.Reply down = api.get("/api/search?" + SearchIT.q("chieu coi"));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
      assertThat(millis).as("a quick answer, not a hang").isLessThan(3_500);

      mat.put("title", "Chiếu cói Hới saumấtđiện");
      mat.put("version", created.json().at("/version").asLong());
      assertThat(api.put("/api/my/products/" + id, mat, artisan.token()).status()).isEqualTo(200);
      assertThat(api.delete("/api/my/products/" + doomed.json().at("/id").asLong(), artisan.token()).status())
          .isEqualTo(200);
      assertThat(api.get("/api/products/" + slug).json().at("/title").asText())
          .isEqualTo("Chiếu cói Hới saumấtđiện");
      assertThat(api.get("/api/products?village=hoi-chieu-coi").status()).isEqualTo(200);
      Thread.sleep(1_500); // let the drainer fail at least once, so the catch-up is a retry
    } finally {
      IntegrationEnvironment.solr().start();
    }

    SearchIT.awaitIndexed(SearchIT.q("saumatdien"), r -> r.at("/total").asLong() == 1, 60_000);
    assertThat(SearchIT.search(SearchIT.q("truocmatdien")).at("/total").asLong()).isZero();
    String doomedSlug = doomed.json().at("/slug").asText();
    SearchIT.awaitIndexed("village=hoi-chieu-coi&size=100",
        r -> !r.at("/items").toString().contains(doomedSlug), 10_000);
  }
}
