package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestDatabase;

class SearchIT extends MarketIT {

  static final String DONG_XAM = "Làng chạm bạc Đồng Xâm";
  static final String ON_SALE = "select count(*) from product p join shop s on s.id = p.shop_id"
      + " where p.status = 'ACTIVE' and s.status = 'APPROVED' and p.hidden_at is null";

  static JsonNode search(String query) {
    Api.Reply reply = api.get("/api/search?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The index follows the database through the outbox; wait until it has caught up. */
  static void awaitIndexed(String query, Predicate<JsonNode> done, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    JsonNode last = null;
    while (System.currentTimeMillis() < deadline) {
      last = search(query);
      if (done.test(last)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the index did not catch up within " + millis + " ms: " + last);
  }

  @BeforeEach
  void everythingOnSaleIsIndexed() throws InterruptedException {
    long onSale = TestDatabase.count(ON_SALE);
    awaitIndexed("size=1", r -> r.at("/total").asLong() == onSale, 60_000);
  }

  @Test
  void dongXamIsFoundWithOrWithoutAccentsInAnyCase() {
    for (String query : List.of("dong xam", "Đồng Xâm", "DONG XAM", "đồng xâm")) {
      JsonNode results = search(q(query) + "&size=10");
      assertThat(results.at("/total").asLong()).as(query).isGreaterThanOrEqualTo(10);
      for (JsonNode item : results.at("/items")) {
        assertThat(item.at("/villageName").asText()).as(query + ": " + item).isEqualTo(DONG_XAM);
      }
    }
  }

  @Test
  void nhanBacFindsSilverRings() {
    JsonNode results = search(q("nhan bac") + "&size=5");
    assertThat(results.at("/total").asLong()).isPositive();
    for (JsonNode item : results.at("/items")) {
      assertThat(VietnameseText.fold(item.at("/title").asText())).contains("nhan bac");
      assertThat(item.at("/highlight").asText()).contains("<mark>Nhẫn</mark> <mark>bạc</mark>");
    }
  }

  @Test
  void silverRingFindsThemInEnglish() {
    JsonNode results = search(q("silver ring") + "&size=5");
    assertThat(results.at("/total").asLong()).isPositive();
    assertThat(VietnameseText.fold(results.at("/items/0/title").asText())).contains("nhan", "bac");
  }

  @Test
  void anExactlyAccentedWordRanksAboveItsFoldedLookAlikes() {
    // "bạc" (silver) and "bác" fold alike; the exact one must come first
    JsonNode results = search(q("bạc") + "&size=3");
    assertThat(results.at("/items/0/title").asText().toLowerCase()).contains("bạc");
  }

  @Test
  void aMisspeltQuerySuggestsTheAccentedWords() {
    JsonNode results = search(q("dong xma"));
    assertThat(results.at("/total").asLong()).isZero();
    assertThat(results.at("/didYouMean").asText()).isEqualTo("đồng xâm");
  }

  @Test
  void facetCountsEqualTheDatabase() throws Exception {
    JsonNode facets = search("size=1").at("/facets");

    Map<String, Long> villages = new HashMap<>();
    facets.at("/village").forEach(v -> villages.put(v.at("/value").asText(), v.at("/count").asLong()));
    assertThat(villages).isEqualTo(countBy(
        "select v.slug, count(*) from product p join shop s on s.id = p.shop_id"
            + " join craft_village v on v.id = coalesce(p.village_id, s.village_id)"
            + " where p.status = 'ACTIVE' and s.status = 'APPROVED' and p.hidden_at is null group by v.slug"));
    Map<String, Long> categories = new HashMap<>();
    facets.at("/category").forEach(v -> categories.put(v.at("/value").asText(), v.at("/count").asLong()));
    assertThat(categories).isEqualTo(countBy(
        "select c.slug, count(*) from product p join shop s on s.id = p.shop_id"
            + " join category c on c.id = p.category_id"
            + " where p.status = 'ACTIVE' and s.status = 'APPROVED' and p.hidden_at is null group by c.slug"));
    long priced = 0;
    for (JsonNode band : facets.at("/price")) {
      priced += band.at("/count").asLong();
    }
    assertThat(priced).isEqualTo(TestDatabase.count(ON_SALE));
    assertThat(facets.at("/village/0/label").asText()).isNotEqualTo(facets.at("/village/0/value").asText());
  }

  @Test
  void filtersNarrowAndFacetsStayMultiSelect() {
    JsonNode all = search("size=1");
    JsonNode dongXam = search("village=dong-xam-cham-bac&size=100");
    for (JsonNode item : dongXam.at("/items")) {
      assertThat(item.at("/villageName").asText()).isEqualTo(DONG_XAM);
    }
    // the village facet still offers the other villages with their full counts
    assertThat(dongXam.at("/facets/village").size()).isEqualTo(all.at("/facets/village").size());

    JsonNode cheap = search("priceMaxVnd=200000&sort=price_desc&size=100");
    long previous = Long.MAX_VALUE;
    for (JsonNode item : cheap.at("/items")) {
      long price = item.at("/priceVnd").asLong();
      assertThat(price).isLessThanOrEqualTo(200_000).isLessThanOrEqualTo(previous);
      previous = price;
    }
    JsonNode ocop = search("ocopMin=4&size=100");
    ocop.at("/items").forEach(item -> assertThat(item.at("/ocopStars").asInt()).isGreaterThanOrEqualTo(4));
  }

  @Test
  void anEditIsSearchableWithinFiveSecondsAndAnArchivedProductDisappears() throws Exception {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("an-long-duc-dong");
    ObjectNode product = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(TestShops.sku("IDX"), "ACTIVE"));
    product.put("title", "Lư hương đồng quỳnhhoàng");
    Api.Reply created = api.post("/api/my/products", product, artisan.token());
    long id = created.json().at("/id").asLong();
    awaitIndexed(q("quynhhoang"), r -> r.at("/total").asLong() == 1, 5_000);

    product.put("title", "Lư hương đồng anlộngmới");
    product.put("version", created.json().at("/version").asLong());
    Api.Reply edited = api.put("/api/my/products/" + id, product, artisan.token());
    assertThat(edited.status()).isEqualTo(200);
    awaitIndexed(q("anlongmoi"), r -> r.at("/total").asLong() == 1, 5_000);
    assertThat(search(q("quynhhoang")).at("/total").asLong()).isZero();

    assertThat(api.delete("/api/my/products/" + id, artisan.token()).status()).isEqualTo(200);
    awaitIndexed(q("anlongmoi"), r -> r.at("/total").asLong() == 0, 5_000);
  }

  @Test
  void aFullReindexSwapsInTheWholeCatalogueWhileSearchKeepsAnswering() throws Exception {
    long onSale = TestDatabase.count(ON_SALE);
    assertThat(api.post("/api/admin/search/reindex", Map.of(), api.newAccount("SHOPPER", "not-admin"))
        .status()).isEqualTo(403);
    String admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);

    // twice in a row: the second starts the moment the first says DONE, while Solr may still be
    // deleting the spare core the first swapped out
    for (int round = 1; round <= 2; round++) {
      Api.Reply started = api.post("/api/admin/search/reindex", Map.of(), admin);
      assertThat(started.status()).as("round " + round + ": " + started).isEqualTo(202);
      assertThat(started.json().at("/total").asLong()).isEqualTo(onSale);

      long deadline = System.currentTimeMillis() + 60_000;
      JsonNode status = started.json();
      while (!"DONE".equals(status.at("/state").asText()) && System.currentTimeMillis() < deadline) {
        // search never shows half an index
        assertThat(search("size=1").at("/total").asLong()).isEqualTo(onSale);
        Thread.sleep(100);
        status = api.get("/api/admin/search/reindex", admin).json();
        assertThat(status.at("/state").asText()).as("round " + round).isIn("RUNNING", "DONE");
      }
      assertThat(status.at("/state").asText()).isEqualTo("DONE");
      assertThat(status.at("/indexed").asLong()).isEqualTo(onSale);
      assertThat(search("size=1").at("/total").asLong()).isEqualTo(onSale);
    }
    assertThat(search(q("dong xam")).at("/total").asLong()).isPositive();
  }

  @Test
  void aSuspendedShopsProductsLeaveSearch() throws Exception {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("phuong-la-det");
    ObjectNode towel = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(TestShops.sku("TOWEL"), "ACTIVE"));
    towel.put("title", "Khăn bông Phương La tạmngừng");
    api.post("/api/my/products", towel, artisan.token());
    awaitIndexed(q("tamngung"), r -> r.at("/total").asLong() == 1, 5_000);

    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    Api.Reply suspended = api.post("/api/officer/shops/" + artisan.shopId() + "/suspend",
        Map.of("reason", "Hàng giả mạo nhãn OCOP"), officer);
    assertThat(suspended.status()).isEqualTo(200);

    awaitIndexed(q("tamngung"), r -> r.at("/total").asLong() == 0, 5_000);
    assertThat(api.get("/api/shops/" + artisan.shopSlug()).status()).isEqualTo(404);
  }

  @Test
  void suggestionsFollowTheFirstLettersWithoutAccents() {
    Api.Reply reply = api.get("/api/search/suggest?q=" + URLEncoder.encode("dong x", StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(200);
    List<String> texts = new ArrayList<>();
    reply.json().forEach(s -> texts.add(s.at("/text").asText()));
    assertThat(texts).isNotEmpty().hasSizeLessThanOrEqualTo(10).contains(DONG_XAM);
  }

  @Test
  void badParametersAreNamed() {
    Map<String, String> cases = Map.of(
        "page=-1", "page",
        "size=500", "size",
        "priceMinVnd=abc", "priceMinVnd",
        "priceMinVnd=500000&priceMaxVnd=100", "priceMaxVnd",
        "ocopMin=9", "ocopMin",
        "sort=cheapest", "sort",
        "page=500&size=100", "page",
        "village=../../etc", "village",
        q("x".repeat(300)), "q");
    cases.forEach((query, field) -> {
      Api.Reply reply = api.get("/api/search?" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().at("/errors/0/field").asText()).as(query).isEqualTo(field);
    });
  }

  private static Map<String, Long> countBy(String sql) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    try (Connection db = TestDatabase.connect();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }
}
