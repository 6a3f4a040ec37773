package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The home, shop and craft village pages as a crawler or a link preview reads them: plain HTTP,
 * no JavaScript. Each holds its name, places, products, Open Graph tags and JSON-LD that parses
 * with the right types, in Vietnamese and under /en/ in English; the old script-built addresses
 * answer 301; an unknown slug is 404.
 */
class ListingPagesIT extends MarketIT {

  private static final String VILLAGE = "dong-xam-cham-bac";
  private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void theHomePageListsTheVillagesAndTheNewestProductsWithTheMarketplaceForCrawlers() throws Exception {
    Api.Reply home = api.get("/");
    assertThat(home.status()).as("served at / by the storefront, no redirect").isEqualTo(200);
    assertThat(home.contentType()).startsWith("text/html");
    String html = home.body();
    String text = text(html);
    assertThat(html).contains("<html lang=\"vi\">");

    JsonNode villages = api.get("/api/craft-villages").json();
    assertThat(villages.size()).isPositive();
    for (JsonNode v : villages) {
      assertThat(text).contains(v.get("name").asText(), v.get("craft").asText());
      assertThat(html).contains("href=\"/lang-nghe/" + v.get("slug").asText() + "\"");
    }
    assertThat(html).containsPattern("class=\"card village-card tone-[0-7]\"");
    JsonNode newest = api.get("/api/products?size=12").json().get("items");
    assertThat(newest.size()).isPositive();
    for (JsonNode p : newest) {
      assertThat(text).contains(p.get("title").asText());
      assertThat(html).contains("href=\"/san-pham/" + p.get("slug").asText() + "\"");
    }
    assertThat(meta(html, "og:title")).contains("Làng Nghề Market");
    assertThat(meta(html, "og:image")).startsWith("http");
    assertThat(html).contains("<link rel=\"canonical\" href=\"").contains("hreflang=\"en\"");
    JsonNode graph = jsonLd(html);
    assertThat(types(graph)).contains("Organization", "WebSite");
    JsonNode site = node(graph, "WebSite");
    assertThat(site.at("/potentialAction/@type").asText()).isEqualTo("SearchAction");
    assertThat(site.at("/potentialAction/target").asText()).endsWith("/tim-kiem?q={search_term_string}");
    assertThat(html).doesNotContain(" style=\"");

    Api.Reply english = api.get("/en/");
    assertThat(english.status()).isEqualTo(200);
    String en = text(english.body());
    assertThat(english.body()).contains("<html lang=\"en\">");
    assertThat(en).contains("The craft villages", "New in the market").doesNotContain("Các làng nghề");
    for (JsonNode v : villages) {
      assertThat(en).contains(v.get("name").asText(), v.get("craftEn").asText());
      assertThat(english.body()).contains("href=\"/en/lang-nghe/" + v.get("slug").asText() + "\"");
    }
    assertThat(node(jsonLd(english.body()), "WebSite").at("/potentialAction/target").asText())
        .endsWith("/en/tim-kiem?q={search_term_string}");

    assertMoved("/index.html", "/");
  }

  @Test
  void aShopsPageSaysWhoTheyAreWhereTheyWorkNowAndBefore2025AndTheirRatingOnceReviewed() throws Exception {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop(VILLAGE);
    JsonNode mine = api.get("/api/my/shop", artisan.token()).json();
    String name = mine.get("name").asText();
    String story = "Tôi theo nghề chạm bạc từ năm 15 tuổi, học từ ông nội ở Đồng Xâm.";
    assertThat(api.put("/api/my/shop", Map.of("name", name, "description", "<p>Xưởng chạm bạc & đồ thờ</p>",
        "villageSlug", VILLAGE, "story", story), artisan.token()).status()).isEqualTo(200);
    assertThat(api.upload("/api/my/shop/photo", "nghe-nhan.jpg", "image/jpeg", TestImages.jpeg(600, 600),
        artisan.token()).status()).isEqualTo(200);
    String sku = TestShops.sku("SHOPPAGE");
    String title = "Khay bạc chạm tứ linh " + sku;
    String productSlug = shops.slug(shops.product(artisan, sku, 5, 1_250_000, title));
    String path = "/xuong/" + artisan.shopSlug();

    Api.Reply page = api.get(path);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    String html = page.body();
    String text = text(html);
    assertThat(text).contains(name, story, "Xưởng chạm bạc & đồ thờ", title, "1.250.000 ₫",
        "Làng chạm bạc Đồng Xâm", "Xã Trà Giang, Tỉnh Hưng Yên",
        "trước 1/7/2025: Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình", "Về người làm ra sản phẩm");
    assertThat(html).contains("id=\"shop-name\"", "id=\"shop-trust\"", "id=\"shop-owner-photo\"", "id=\"shop-story\"",
        "id=\"shop-village\"", "id=\"shop-joined\"", "id=\"shop-sold\"", "id=\"shop-return-policy\"",
        "href=\"/san-pham/" + productSlug + "\"", "href=\"/lang-nghe/" + VILLAGE + "\"");
    assertThat(html).doesNotContain("id=\"shop-rating\"");
    String photo = api.get("/api/shops/" + artisan.shopSlug()).json().at("/shop/ownerPhotoUrl").asText();
    assertThat(meta(html, "og:image")).startsWith("http").endsWith(photo);
    assertThat(meta(html, "og:title")).contains(name);
    assertThat(meta(html, "og:description")).contains("Xã Trà Giang");
    JsonNode graph = jsonLd(html);
    assertThat(types(graph)).contains("Organization", "BreadcrumbList", "Store");
    JsonNode store = node(graph, "Store");
    assertThat(store.get("name").asText()).isEqualTo(name);
    assertThat(store.at("/address/addressLocality").asText()).isEqualTo("Xã Trà Giang");
    assertThat(store.at("/address/addressRegion").asText()).isEqualTo("Tỉnh Hưng Yên");
    assertThat(store.has("aggregateRating")).as("no review yet").isFalse();
    assertThat(node(graph, "BreadcrumbList").at("/itemListElement/1/name").asText()).isEqualTo("Làng chạm bạc Đồng Xâm");

    // a shopper receives the piece and reviews it: the shop's rating shows, for people and crawlers
    String shopper = api.newAccount("SHOPPER", "shoppage");
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
    orders.pay(placed);
    long part = placed.json().at("/shopOrders/0/id").asLong();
    step(part, "confirm", Map.of(), artisan);
    step(part, "ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + part), artisan);
    step(part, "deliver", Map.of(), artisan);
    Api.Reply reviewed = api.post("/api/orders/" + placed.json().get("orderNumber").asText() + "/reviews",
        Map.of("sku", sku, "stars", 4, "text", "Khay chạm rất tinh xảo, đóng gói cẩn thận."), shopper);
    assertThat(reviewed.status()).as(reviewed.toString()).isIn(200, 201);
    eventually("the rating on the shop's page", () -> api.get(path).body().contains("id=\"shop-rating\""));
    html = api.get(path).body();
    store = node(jsonLd(html), "Store");
    assertThat(store.at("/aggregateRating/reviewCount").asInt()).isEqualTo(1);
    assertThat(store.at("/aggregateRating/ratingValue").asDouble()).isEqualTo(4.0);
    assertThat(text(html)).contains("Đã bán", "1 sản phẩm");

    Api.Reply english = api.get("/en" + path);
    assertThat(english.status()).isEqualTo(200);
    String en = text(english.body());
    assertThat(english.body()).contains("<html lang=\"en\">");
    assertThat(en).contains(name, "About the maker", "Craft village", "silver carving", "Xã Trà Giang",
        "before 1 July 2025: Xã Hồng Thái", "≈ US$").doesNotContain("Về người làm ra sản phẩm", "Đã bán");
    assertThat(english.body()).contains("href=\"/en/san-pham/" + productSlug + "\"");
    assertThat(types(jsonLd(english.body()))).contains("Store");

    assertMoved("/shop.html?slug=" + artisan.shopSlug(), path);
    assertThat(api.get(path + "?page=2").body()).as("past the last page")
        .contains("Trang này không còn sản phẩm", "<meta name=\"robots\" content=\"noindex, follow\">");
    assertThat(api.get(path + "?page=hai").status()).isEqualTo(400);
    assertThat(api.get("/xuong/khong-co-xuong-nay-" + sku.toLowerCase()).status()).isEqualTo(404);
    assertThat(api.get("/en/xuong/khong-co-xuong-nay-" + sku.toLowerCase()).status()).isEqualTo(404);
  }

  @Test
  void aVillagesPageTellsItsStoryInBothLanguagesWithItsCommuneNowAndBefore2025() throws Exception {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop(VILLAGE);
    String sku = TestShops.sku("VILLAGEPAGE");
    String title = "Bình bạc chạm hoa sen " + sku;
    shops.product(artisan, sku, 3, 2_100_000, title);
    JsonNode village = api.get("/api/craft-villages/" + VILLAGE).json();
    String path = "/lang-nghe/" + VILLAGE;

    Api.Reply page = api.get(path);
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    String text = text(html);
    assertThat(html).contains("<html lang=\"vi\">", "id=\"village-name\"", "id=\"village-commune\"",
        "id=\"village-former-commune\"", "id=\"village-products\"").doesNotContain(" style=\"");
    assertThat(html).containsPattern("<p class=\"kicker tone-[0-7]\">");
    assertThat(text).contains("Làng chạm bạc Đồng Xâm", "Nghề chạm bạc", village.get("story").asText(),
        "Xã Trà Giang, Tỉnh Hưng Yên", "Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình", title, "2.100.000 ₫");
    JsonNode firstPage = api.get("/api/products?village=" + VILLAGE + "&size=24").json();
    for (JsonNode p : firstPage.get("items")) {
      assertThat(html).contains("href=\"/san-pham/" + p.get("slug").asText() + "\"");
    }
    assertThat(meta(html, "og:title")).contains("Làng chạm bạc Đồng Xâm");
    assertThat(meta(html, "og:image")).startsWith("http");
    JsonNode graph = jsonLd(html);
    assertThat(types(graph)).contains("Organization", "BreadcrumbList", "Place");
    JsonNode place = node(graph, "Place");
    assertThat(place.get("description").asText()).isEqualTo(village.get("story").asText());
    assertThat(place.at("/address/addressLocality").asText()).isEqualTo("Xã Trà Giang");

    Api.Reply english = api.get("/en" + path);
    assertThat(english.status()).isEqualTo(200);
    String en = text(english.body());
    String storyEn = englishStories().get(VILLAGE);
    assertThat(english.body()).contains("<html lang=\"en\">");
    assertThat(en).contains("Làng chạm bạc Đồng Xâm", "Craft: silver carving / silversmithing", storyEn,
        "The village's story", "Xã Hồng Thái", "Before 1 July 2025")
        .doesNotContain(village.get("story").asText(), "Câu chuyện");
    assertThat(node(jsonLd(english.body()), "Place").get("description").asText()).isEqualTo(storyEn);

    // every village has its English story, from the sourced facts of craft-villages.csv (V29)
    Map<String, String> stories = englishStories();
    for (JsonNode v : api.get("/api/craft-villages").json()) {
      String slug = v.get("slug").asText();
      assertThat(v.get("storyEn").asText()).as(slug).isEqualTo(stories.get(slug));
      assertThat(text(api.get("/en/lang-nghe/" + slug).body())).as(slug).contains(stories.get(slug));
    }

    assertMoved("/village.html?slug=" + VILLAGE, path);
    assertThat(api.get("/lang-nghe/khong-co-lang-nay").status()).isEqualTo(404);
    assertThat(api.get("/en/lang-nghe/khong-co-lang-nay").status()).isEqualTo(404);
  }

  @Test
  void anEnglishProductPageNamesTheCraftInEnglish() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop(VILLAGE);
    String slug = shops.slug(shops.product(artisan, TestShops.sku("CRAFTEN"), 2, 450_000, "Nhẫn bạc trơn"));
    assertThat(api.get("/api/products/" + slug).json().at("/village/craftEn").asText())
        .isEqualTo("silver carving / silversmithing");
    String en = text(api.get("/en/san-pham/" + slug).body());
    assertThat(en).contains("Craft: silver carving / silversmithing").doesNotContain("Craft: chạm bạc");
    assertThat(text(api.get("/san-pham/" + slug).body())).contains("Nghề chạm bạc");
  }

  private void step(long partId, String step, Object body, TestShops.Artisan artisan) {
    Api.Reply reply = api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token());
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
  }

  private static void assertMoved(String from, String to) {
    Api.Reply moved = api.get(from);
    assertThat(moved.status()).as(from).isEqualTo(301);
    assertThat(moved.header("Location")).as(from).isEqualTo(to);
  }

  /** The English facts of each village, as the reference file has them. */
  private static Map<String, String> englishStories() throws Exception {
    Map<String, String> stories = new HashMap<>();
    try (Reader reader = new InputStreamReader(
        ListingPagesIT.class.getResourceAsStream("/places/craft-villages.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        stories.put(row.get("slug"), VietnameseText.clean(row.get("known_facts")));
      }
    }
    return stories;
  }

  /** The page's text as read: the few entities the templates write turned back into characters. */
  private static String text(String html) {
    return html.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String meta(String html, String property) {
    Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">").matcher(html);
    assertThat(m.find()).as(property).isTrue();
    return text(m.group(1));
  }

  private static JsonNode jsonLd(String html) throws Exception {
    Matcher m = JSON_LD.matcher(html);
    assertThat(m.find()).as("a JSON-LD block").isTrue();
    JsonNode json = Api.JSON.readTree(m.group(1));
    assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
    return json.get("@graph");
  }

  private static List<String> types(JsonNode graph) {
    List<String> types = new ArrayList<>();
    graph.forEach(n -> types.add(n.get("@type").asText()));
    return types;
  }

  private static JsonNode node(JsonNode graph, String type) {
    for (JsonNode n : graph) {
      if (type.equals(n.get("@type").asText())) {
        return n;
      }
    }
    throw new AssertionError("no " + type + " in " + graph);
  }
}
