package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The product pages as a crawler or a link preview reads them: plain HTTP, no JavaScript. */
class ProductPagesIT extends MarketIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void aProductPageHoldsTitlePriceVillageCommunesPreviewAndStructuredData() throws Exception {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("SEO");
    Api.Reply created = api.post("/api/my/products", TestShops.silverRing(sku, "ACTIVE"), artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().get("id").asText();
    Api.Reply photo = api.upload("/api/my/products/" + id + "/images", "nhan.png", "image/png",
        TestImages.png(900, 900), artisan.token());
    assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
    JsonNode product = api.get("/api/products/" + id).json();
    String slug = product.get("slug").asText();

    HttpResponse<String> page = get("/san-pham/" + slug, Map.of());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    String html = page.body();
    assertThat(html).contains("<title>Nhẫn bạc chạm hoa sen · ");
    assertThat(html).contains("<h1 id=\"product-title\">Nhẫn bạc chạm hoa sen</h1>");
    assertThat(html).contains("1.250.000 ₫").contains("1.350.000 ₫");
    assertThat(html).contains("Làng chạm bạc Đồng Xâm");
    assertThat(text(html, "id=\"product-place\">", "</dd>"))
        .isEqualTo("Xã Trà Giang, Tỉnh Hưng Yên (trước 1/7/2025: Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình)");
    String picture = TestSite.base() + product.at("/images/0/url").asText();
    assertThat(meta(html, "og:image")).isEqualTo(TestSite.base() + product.at("/images/0/ogUrl").asText());
    assertThat(meta(html, "og:image:width") + "×" + meta(html, "og:image:height")).isEqualTo("1200×630");
    assertThat(api.get(product.at("/images/0/ogUrl").asText()).status()).isEqualTo(200);
    assertThat(html).contains("srcset=\"" + product.at("/images/0/srcset").asText().replace("&", "&amp;") + "\"");
    assertThat(meta(html, "og:title")).startsWith("Nhẫn bạc chạm hoa sen");
    assertThat(meta(html, "og:type")).isEqualTo("product");
    assertThat(meta(html, "product:price:amount")).isEqualTo("1250000");
    assertThat(html).contains("<link rel=\"canonical\" href=\"" + TestSite.base() + "/san-pham/" + slug + "\">");
    assertThat(html).contains("hreflang=\"en\" href=\"" + TestSite.base() + "/en/san-pham/" + slug + "\"");

    JsonNode productLd = node(jsonLd(html), "Product");
    assertThat(productLd.get("name").asText()).isEqualTo("Nhẫn bạc chạm hoa sen");
    assertThat(productLd.at("/image/0").asText()).isEqualTo(picture);
    List<String> offers = new ArrayList<>();
    for (JsonNode offer : productLd.get("offers")) {
      assertThat(offer.get("@type").asText()).isEqualTo("Offer");
      assertThat(offer.get("priceCurrency").asText()).isEqualTo("VND");
      offers.add(offer.get("sku").asText() + " " + offer.get("price").asLong() + " " + offer.get("availability").asText());
    }
    assertThat(offers).containsExactly(
        sku + "-16 1250000 https://schema.org/InStock",
        sku + "-18 1350000 https://schema.org/InStock");
    assertThat(productLd.has("aggregateRating")).as("no review yet, no rating").isFalse();
    assertThat(node(jsonLd(html), "BreadcrumbList").at("/itemListElement/1/name").asText())
        .isEqualTo("Làng chạm bạc Đồng Xâm");
    assertThat(node(jsonLd(html), "Organization").get("name").asText()).isEqualTo("Làng Nghề Market");
  }

  @Test
  void aSaleThatEmptiesTheStockShowsOnThePageInItsDataAndInTheSitemapAtOnce() throws Exception {
    TestShops.Listing listing = shops.listing("nam-cao-det-dui", "LAST", 1, 420_000, "Khăn đũi cuối cùng");
    String slug = shops.slug(listing.productId());
    String before = get("/san-pham/" + slug, Map.of()).body();
    assertThat(offer(before).get("availability").asText()).isEqualTo("https://schema.org/InStock");
    // as shared on Facebook: the same page, kept under the same key
    assertThat(get("/san-pham/" + slug + "?fbclid=IwAR0abc", Map.of()).body()).doesNotContain("Hết hàng");
    assertThat(before).doesNotContain("Hết hàng");
    assertThat(sitemapAddresses()).contains(TestSite.base() + "/san-pham/" + slug);

    String shopper = api.newAccount("SHOPPER", "buyer");
    orders.pay(orders.placed(shopper, List.of(TestOrders.line(listing.sku(), 1))));

    String after = get("/san-pham/" + slug, Map.of()).body();
    assertThat(offer(after).get("availability").asText()).isEqualTo("https://schema.org/OutOfStock");
    assertThat(offer(get("/san-pham/" + slug + "?fbclid=IwAR0abc", Map.of()).body()).get("availability").asText())
        .isEqualTo("https://schema.org/OutOfStock");
    assertThat(after.toLowerCase()).contains("hết hàng");
    assertThat(after).contains("<button type=\"submit\" id=\"add-to-cart\" class=\"btn btn-secondary\" disabled>");
    assertThat(sitemapAddresses()).doesNotContain(TestSite.base() + "/san-pham/" + slug);
  }

  @Test
  void theSitemapListsEveryProductOnSaleAndNoneArchivedSuspendedOrDraft() throws Exception {
    TestShops.Listing onSale = shops.listing("dong-xam-cham-bac", "SALE", 5, 300_000, "Vòng bạc đang bán");
    TestShops.Listing archived = shops.listing("dong-xam-cham-bac", "GONE", 5, 300_000, "Vòng bạc thôi bán");
    assertThat(api.delete(archived.path(), archived.token()).status()).isEqualTo(200);
    String archivedSlug = api.get(archived.path(), archived.token()).json().get("slug").asText();
    TestShops.Listing suspended = shops.listing("dong-xam-cham-bac", "SUSP", 5, 300_000, "Vòng bạc xưởng bị đình chỉ");
    String suspendedSlug = shops.slug(suspended.productId());
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    assertThat(api.post("/api/officer/shops/" + suspended.artisan().shopId() + "/suspend",
        Map.of("reason", "Kiểm tra hồ sơ"), officer).status()).isEqualTo(200);
    Api.Reply draft = api.post("/api/my/products", TestShops.silverRing(TestShops.sku("DRAFT"), "DRAFT"),
        onSale.token());
    String draftSlug = api.get("/api/my/products/" + draft.json().get("id").asText(), onSale.token()).json()
        .get("slug").asText();

    List<String> listed = sitemapAddresses();

    String onSaleSlug = shops.slug(onSale.productId());
    assertThat(listed).contains(TestSite.base() + "/san-pham/" + onSaleSlug,
        TestSite.base() + "/en/san-pham/" + onSaleSlug);
    assertThat(listed).doesNotContain(TestSite.base() + "/san-pham/" + archivedSlug,
        TestSite.base() + "/san-pham/" + suspendedSlug, TestSite.base() + "/san-pham/" + draftSlug);
    assertThat(listed).contains(TestSite.base() + "/xuong/" + onSale.artisan().shopSlug(),
        TestSite.base() + "/lang-nghe/dong-xam-cham-bac", TestSite.base() + "/");
    assertThat(listed).doesNotContain(TestSite.base() + "/xuong/" + suspended.artisan().shopSlug());
    long onSaleCount = api.get("/api/products?size=1").json().get("total").asLong();
    long productAddresses = listed.stream().filter(a -> a.startsWith(TestSite.base() + "/san-pham/")).count();
    assertThat(productAddresses).as("every product on sale with stock, once").isLessThanOrEqualTo(onSaleCount);
    assertThat(get("/san-pham/" + archivedSlug, Map.of()).statusCode()).isEqualTo(404);
    assertThat(get("/san-pham/" + suspendedSlug, Map.of()).statusCode()).isEqualTo(404);

    String robots = get("/robots.txt", Map.of()).body();
    assertThat(robots).contains("Sitemap: " + TestSite.base() + "/sitemap.xml").contains("Disallow: /api/")
        .as("the pictures of pages and previews stay open to crawlers").contains("Allow: /api/media/");
  }

  @Test
  void theEnglishPageIsInEnglishWithPricesInDongAndApproximateDollars() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "EN", 4, 1_250_000, "Vòng bạc trơn");
    String slug = shops.slug(listing.productId());
    long vndPerUsd = api.get("/api/site/exchange-rate").json().get("vndPerUsd").asLong();

    String html = get("/en/san-pham/" + slug, Map.of()).body();

    assertThat(html).contains("<html lang=\"en\">").contains(">Add to cart<").contains("4 in stock");
    assertThat(html).contains("1.250.000 ₫").contains(String.format(java.util.Locale.ENGLISH, "≈ US$%,.2f", 1_250_000.0 / vndPerUsd));
    assertThat(html).contains("<link rel=\"canonical\" href=\"" + TestSite.base() + "/en/san-pham/" + slug + "\">");
    assertThat(html).doesNotContain("Thêm vào giỏ");
    assertThat(html).as("the rate is dated").containsPattern("US\\$ estimated at [0-9,]+ ₫ per dollar \\(\\d{1,2} [A-Z][a-z]+ \\d{4}\\)");
    assertThat(meta(html, "og:locale")).isEqualTo("en_US");
    assertThat(get("/san-pham/" + slug, Map.of()).body()).doesNotContain("US$").contains(">Thêm vào giỏ<");
  }

  @Test
  void oldAddressesMoveForGoodAndAnUnchangedPageIsNotSentAgain() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "OLD", 2, 500_000, "Hoa tai bạc");
    String slug = shops.slug(listing.productId());

    HttpResponse<String> moved = get("/product.html?slug=" + slug, Map.of());
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/san-pham/" + slug));
    assertThat(get("/search.html?q=b%E1%BA%A1c", Map.of()).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/tim-kiem?q=b%E1%BA%A1c"));

    HttpResponse<String> first = get("/san-pham/" + slug, Map.of());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue(StorefrontPages.PAGE_CACHING);
    HttpResponse<String> again = get("/san-pham/" + slug, Map.of("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    Api.Reply edited = api.put(listing.path() + "/variants/" + listing.sku() + "/stock", Map.of("onHand", 7), listing.token());
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    HttpResponse<String> changed = get("/san-pham/" + slug, Map.of("If-None-Match", etag));
    assertThat(changed.statusCode()).as("the stock changed, so must the page").isEqualTo(200);
    assertThat(changed.body()).contains("Còn 7 sản phẩm");

    assertThat(get("/san-pham/khong-co-san-pham-nay", Map.of()).statusCode()).isEqualTo(404);
    assertThat(get("/san-pham/" + listing.productId(), Map.of()).statusCode())
        .as("a product's number is no second address of its page").isEqualTo(404);
    assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Language, Cookie");
    assertThat(get("/san-pham/Không hợp lệ".replace(" ", "%20"), Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void aFirstVisitFromAnEnglishBrowserGoesToTheEnglishPageAndTheSwitchRemembersAChoice() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "LANG", 2, 500_000, "Trâm bạc");
    String slug = shops.slug(listing.productId());

    HttpResponse<String> english = get("/san-pham/" + slug, Map.of("Accept-Language", "en-US,en;q=0.9"));
    assertThat(english.statusCode()).isEqualTo(302);
    assertThat(english.headers().firstValue("Location")).hasValue("/en/san-pham/" + slug);
    assertThat(english.headers().firstValue("Set-Cookie")).as("the cart and checkout follow")
        .hasValueSatisfying(c -> assertThat(c).startsWith("lang=en"));
    assertThat(get("/san-pham/" + slug, Map.of("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8")).statusCode()).isEqualTo(200);
    assertThat(get("/san-pham/" + slug, Map.of("Accept-Language", "en-US", "Cookie", "lang=vi")).statusCode())
        .as("a visitor who chose Vietnamese stays").isEqualTo(200);

    HttpResponse<String> switched = get("/ngon-ngu?lang=en&next=%2Fen%2Fsan-pham%2F" + slug, Map.of());
    assertThat(switched.statusCode()).isEqualTo(303);
    assertThat(switched.headers().firstValue("Location")).hasValue("/en/san-pham/" + slug);
    assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
        assertThat(c.toLowerCase()).contains("lang=en").contains("path=/").contains("samesite=lax").contains("max-age=31536000"));
    assertThat(get("/ngon-ngu?lang=en&next=%2F%2Fevil.example%2F", Map.of()).headers().firstValue("Location"))
        .as("never to another site").hasValue("/en/");
    assertThat(get("/ngon-ngu?lang=fr&next=%2F", Map.of()).statusCode()).isEqualTo(400);
    // letters the server would write as single bytes: "į" as "/", "č" and "Ċ" as a line break
    assertThat(get("/ngon-ngu?lang=en&next=/%C4%AFevil.example", Map.of()).headers().firstValue("Location"))
        .hasValue("/%C4%AFevil.example");
    HttpResponse<String> split = get("/ngon-ngu?lang=en&next=/%C4%8D%C4%8ASet-Cookie:%20token=stolen", Map.of());
    assertThat(split.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("token"));
    assertThat(split.headers().firstValue("Location")).hasValue("/%C4%8D%C4%8ASet-Cookie:%20token=stolen");
    HttpResponse<String> search = get("/ngon-ngu?lang=en&next=%2Fen%2Ftim-kiem%3Fq%3Db%E1%BA%A1c", Map.of());
    assertThat(search.headers().firstValue("Location")).hasValue("/en/tim-kiem?q=b%E1%BA%A1c");
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestSite.base() + path)).GET();
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private List<String> sitemapAddresses() throws Exception {
    List<String> addresses = new ArrayList<>();
    String index = get("/sitemap.xml", Map.of()).body();
    for (String part : all(index, "<loc>(.*?)</loc>")) {
      String xml = get(part.substring(TestSite.base().length()), Map.of()).body();
      addresses.addAll(all(xml, "<loc>(.*?)</loc>"));
    }
    return addresses;
  }

  private static JsonNode offer(String html) throws IOException {
    return node(jsonLd(html), "Product").at("/offers/0");
  }

  private static JsonNode jsonLd(String html) throws IOException {
    Matcher m = JSON_LD.matcher(html);
    assertThat(m.find()).as("a JSON-LD block").isTrue();
    return Api.JSON.readTree(m.group(1));
  }

  private static JsonNode node(JsonNode jsonLd, String type) {
    for (JsonNode node : jsonLd.get("@graph")) {
      if (type.equals(node.get("@type").asText())) {
        return node;
      }
    }
    throw new AssertionError("no " + type + " in " + jsonLd);
  }

  private static String meta(String html, String property) {
    Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">").matcher(html);
    assertThat(m.find()).as("meta " + property).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static String text(String html, String after, String before) {
    int start = html.indexOf(after);
    assertThat(start).as(after).isNotNegative();
    return html.substring(start + after.length(), html.indexOf(before, start));
  }

  private static List<String> all(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
