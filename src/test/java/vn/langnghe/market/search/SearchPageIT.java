package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestSite;

/**
 * The search results page over plain HTTP, as a crawler or a phone without JavaScript gets it:
 * the results, the filters as a form, the pager and the failures are all in the server's HTML.
 */
class SearchPageIT extends MarketIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern RESULT_LINK = Pattern.compile("<a class=\"search-result-link\" href=\"([^\"]+)\">");
  private static final Pattern SUMMARY = Pattern.compile("<p id=\"search-summary\"[^>]*>([^<]*)</p>");

  @BeforeEach
  void indexed() throws InterruptedException {
    long onSale = TestDatabase.count(SearchIT.ON_SALE);
    SearchIT.awaitIndexed("size=1", r -> r.at("/total").asLong() == onSale, 60_000);
  }

  @Test
  void aQueryWithoutAccentsFindsTheSilverInTheHtml() throws Exception {
    JsonNode api = SearchIT.search("q=bac&size=24");
    assertThat(api.at("/total").asLong()).isPositive();

    HttpResponse<String> page = get("/tim-kiem?q=bac");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String html = page.body();
    // a plain query with results is a page worth finding; filtered, sorted or paged ones are not
    assertThat(html).doesNotContain("noindex");
    assertThat(html).contains("<html lang=\"vi\">", "<title>Tìm “bac” · Làng Nghề Market</title>",
        "<link rel=\"canonical\" href=\"" + TestSite.base() + "/tim-kiem?q=bac\">",
        "hreflang=\"en\" href=\"" + TestSite.base() + "/en/tim-kiem?q=bac\"",
        "<h1 id=\"search-title\" tabindex=\"-1\">Kết quả cho «bac»</h1>",
        "value=\"bac\"", "<mark>");
    assertThat(summary(html)).startsWith(vnNumber(api.at("/total").asLong()) + " sản phẩm");
    // exactly the search's answer, in its order, each linking to the product's page
    assertThat(resultLinks(html)).isEqualTo(slugs(api, "/san-pham/"));
    // silver: every result's title or village says "bạc" once accents are gone
    for (JsonNode item : api.at("/items")) {
      assertThat(VietnameseText.fold(item.at("/title").asText() + " " + item.at("/villageName").asText()))
          .as(item.toString()).contains("bac");
    }
    assertThat(html).contains("Làng chạm bạc Đồng Xâm");
    // the filters are a form that works without a script
    assertThat(html).contains("<form id=\"search-form\" class=\"search-body\" action=\"/tim-kiem\" method=\"get\"",
        "name=\"village\"", "name=\"priceMinVnd\"", "<select id=\"search-sort\" name=\"sort\">");

    String etag = page.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(TestSite.base() + "/tim-kiem?q=bac"))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void aVillageChosenInTheFormNarrowsTheResults() throws Exception {
    JsonNode all = SearchIT.search("size=1");
    JsonNode village = null;
    for (JsonNode v : all.at("/facets/village")) {
      if (v.at("/count").asLong() < all.at("/total").asLong()) {
        village = v;
        break;
      }
    }
    assertThat(village).as("a village with only part of the products").isNotNull();
    String slug = village.at("/value").asText();
    String html = get("/tim-kiem").body();
    assertThat(html).contains("<h1 id=\"search-title\" tabindex=\"-1\">Tất cả sản phẩm</h1>",
        "name=\"village\" id=\"facet-village-", "data-value=\"" + slug + "\"");
    assertThat(summary(html)).startsWith(vnNumber(all.at("/total").asLong()) + " sản phẩm");

    String narrowed = get("/tim-kiem?village=" + slug + "&sort=relevance").body();
    JsonNode api = SearchIT.search("village=" + slug + "&size=24");
    assertThat(summary(narrowed)).startsWith(vnNumber(village.at("/count").asLong()) + " sản phẩm");
    assertThat(api.at("/total").asLong()).isEqualTo(village.at("/count").asLong());
    assertThat(resultLinks(narrowed)).isEqualTo(slugs(api, "/san-pham/"));
    // the choice is checked in the form, and a chip takes it away again
    assertThat(narrowed).contains("value=\"" + slug + "\" checked>")
        .contains("class=\"chip\" href=\"/tim-kiem\"", village.at("/label").asText());
    // the canonical address is the filtered search (sort is not part of it)
    assertThat(narrowed).contains("<link rel=\"canonical\" href=\"" + TestSite.base() + "/tim-kiem?village=" + slug + "\">",
        "<meta name=\"robots\" content=\"noindex, follow\">");
    assertThat(get("/tim-kiem?q=bac&village=" + slug).body()).contains("<meta name=\"robots\" content=\"noindex, follow\">");
  }

  @Test
  void thePagerKeepsTheFiltersAndSort() throws Exception {
    JsonNode api = SearchIT.search("sort=price_asc&size=5&page=1");
    assertThat(api.at("/total").asLong()).as("more than two pages of five").isGreaterThan(10);
    String html = get("/tim-kiem?sort=price_asc&size=5&page=1").body();
    assertThat(resultLinks(html)).isEqualTo(slugs(api, "/san-pham/"));
    long pages = (api.at("/total").asLong() + 4) / 5;
    assertThat(html).contains("Trang 2 / " + pages,
        "href=\"/tim-kiem?sort=price_asc&amp;size=5\" rel=\"prev\"",
        "href=\"/tim-kiem?sort=price_asc&amp;size=5&amp;page=2\" rel=\"next\"");
    assertThat(summary(html)).isEqualTo(vnNumber(api.at("/total").asLong()) + " sản phẩm · trang 2/" + pages);

    String past = get("/tim-kiem?sort=price_asc&size=5&page=" + (pages + 3)).body();
    assertThat(past).contains("Trang này không còn kết quả", "href=\"/tim-kiem?sort=price_asc&amp;size=5\"")
        .doesNotContain("search-result-link");
  }

  @Test
  void theEnglishPageIsInEnglish() throws Exception {
    JsonNode api = SearchIT.search("q=bac&size=24");
    HttpResponse<String> page = get("/en/tim-kiem?q=bac");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("<html lang=\"en\">", "<title>Search “bac” · Làng Nghề Market</title>",
        "<h1 id=\"search-title\" tabindex=\"-1\">Results for «bac»</h1>", "Sort by", "Best match", "Craft village",
        "action=\"/en/tim-kiem\"", "hreflang=\"vi\" href=\"" + TestSite.base() + "/tim-kiem?q=bac\"")
        .doesNotContain("noindex");
    assertThat(summary(html)).startsWith(String.format(java.util.Locale.ENGLISH, "%,d", api.at("/total").asLong()) + " products");
    assertThat(resultLinks(html)).isEqualTo(slugs(api, "/en/san-pham/"));
    assertThat(html).doesNotContain("Sắp xếp", "Kết quả cho", "Bộ lọc", "Tất cả làng");
  }

  @Test
  void nothingFoundSuggestsTheAccentedWordsAndTheVillages() throws Exception {
    String html = get("/tim-kiem?q=dong+xma").body();
    assertThat(html).contains("Không tìm thấy sản phẩm nào cho «dong xma»",
        "<a id=\"did-you-mean\" href=\"/tim-kiem?q=%C4%91%E1%BB%93ng+x%C3%A2m\">đồng xâm</a>",
        "href=\"/lang-nghe/dong-xam-cham-bac\"").doesNotContain("search-result-link");
  }

  @Test
  void wrongParametersGiveTheSearchPageWithA400() throws Exception {
    HttpResponse<String> price = get("/tim-kiem?q=bac&priceMinVnd=abc");
    assertThat(price.statusCode()).isEqualTo(400);
    assertThat(price.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(price.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
    assertThat(price.body()).contains("<html lang=\"vi\">", "Điều kiện tìm kiếm chưa hợp lệ", "Giá từ",
        "href=\"/tim-kiem?q=bac\"").doesNotContain("must", "search-result-link");

    HttpResponse<String> tooLong = get("/tim-kiem?q=" + "bac".repeat(70));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Từ khoá (tối đa 200 ký tự)");

    HttpResponse<String> english = get("/en/tim-kiem?q=bac&priceMaxVnd=1&priceMinVnd=2");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).contains("<html lang=\"en\">", "Price up to");

    // a price written as people write it is read, not refused
    HttpResponse<String> written = get("/tim-kiem?q=bac&priceMinVnd=200.000+%E2%82%AB");
    assertThat(written.statusCode()).isEqualTo(200);
    assertThat(written.body()).contains("value=\"200000\"", "/tim-kiem?q=bac&amp;priceMinVnd=200000\">");
  }

  @Test
  void theOldAddressMovesHereWithItsFilters() throws Exception {
    HttpResponse<String> moved = get("/search.html?q=dong+xam&village=dong-xam-cham-bac");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location").orElse(""))
        .endsWith("/tim-kiem?q=dong+xam&village=dong-xam-cham-bac");
  }

  @Test
  void whileSolrIsDownThePageSays503WithTheVillagesAndShopsToBrowse() throws Exception {
    IntegrationEnvironment.solr().stop();
    try {
      HttpResponse<String> down = get("/tim-kiem?q=bac&village=dong-xam-cham-bac");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).contains("30");
      assertThat(down.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(down.body()).contains("<html lang=\"vi\">", "Tìm kiếm đang tạm gián đoạn",
          "href=\"/tim-kiem?q=bac&amp;village=dong-xam-cham-bac\"", "href=\"/lang-nghe/dong-xam-cham-bac\"",
          "href=\"/xuong/");
    } finally {
      IntegrationEnvironment.solr().start();
    }
    // Solr answers again before the other tests ask it (503 until it has opened its core)
    eventually("search back", () -> api.get("/api/search?size=1").status() == 200);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(TestSite.base() + path))
        .header("Accept-Language", "vi-VN,vi").build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> resultLinks(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = RESULT_LINK.matcher(html);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  private static List<String> slugs(JsonNode results, String prefix) {
    List<String> slugs = new ArrayList<>();
    results.at("/items").forEach(item -> slugs.add(prefix + item.at("/slug").asText()));
    return slugs;
  }

  private static String summary(String html) {
    Matcher m = SUMMARY.matcher(html);
    assertThat(m.find()).as("the summary").isTrue();
    return m.group(1);
  }

  private static String vnNumber(long n) {
    return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(n);
  }
}
