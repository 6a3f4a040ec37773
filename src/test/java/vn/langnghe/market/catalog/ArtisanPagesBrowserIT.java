package vn.langnghe.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestDatabase.onHand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The artisan's own pages in a browser: the order queue, the ship form and the product form. */
class ArtisanPagesBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @Test
  void theOrderQueueShowsNoLiteralNullOnPartsWithoutButtons() {
    TestShops.Listing ring = shops.listing("dong-xam-cham-bac", "Q", 5, 1_250_000, "Nhẫn bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", "buyer");
    orders.placed(shopper, List.of(TestOrders.line(ring.sku(), 1)));
    orders.pay(orders.placed(shopper, List.of(TestOrders.line(ring.sku(), 1))));

    try (Browser browser = new Browser().signIn(ring.artisan().token())) {
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      WebDriver driver = browser.driver();
      assertThat(driver.findElements(By.cssSelector("#shop-order-list .shop-order")))
          .extracting(e -> e.getDomAttribute("data-status"))
          .containsExactlyInAnyOrder("PENDING_PAYMENT", "PAID");
      String text = (String) js(driver, "return document.getElementById('shop-order-list').textContent");
      assertThat(text).doesNotContain("null").doesNotContain("undefined");
    }
  }

  @Test
  void theShipFormsTrackingCodeCheckRunsInTheBrowser() {
    TestShops.Listing ring = shops.listing("dong-xam-cham-bac", "SHIP", 5, 1_250_000, "Nhẫn bạc chạm hoa sen");
    Api.Reply placed = orders.placed(api.newAccount("SHOPPER", "buyer"), List.of(TestOrders.line(ring.sku(), 1)));
    orders.pay(placed);
    long part = placed.json().at("/shopOrders/0/id").asLong();
    assertThat(api.post("/api/my/orders/" + part + "/confirm", Map.of(), ring.token()).status()).isEqualTo(200);

    try (Browser browser = new Browser().signIn(ring.token())) {
      WebDriver driver = browser.driver();
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      String item = ".shop-order[data-id='" + part + "'] ";
      driver.findElement(By.cssSelector(item + ".act-ship")).click();
      driver.findElement(By.cssSelector(item + ".ship-carrier")).sendKeys("Viettel Post");
      WebElement tracking = driver.findElement(By.cssSelector(item + ".ship-tracking"));
      tracking.sendKeys("VN#123!");
      driver.findElement(By.cssSelector("#ship-" + part + " button[type='submit']")).click();

      assertThat(js(driver, "return arguments[0].validity.patternMismatch", tracking)).isEqualTo(true);
      assertThat(driver.findElement(By.cssSelector("#ship-" + part + " [data-field='trackingCode'] .field-error")).getText())
          .isEqualTo("Chỉ gồm chữ không dấu, số, khoảng trắng và . _ / -");
      assertThat(browser.consoleErrors()).noneMatch(m -> m.contains("pattern") || m.contains("regular expression"));
      assertThat(shopOrderStatus(ring.artisan(), part)).isEqualTo("CONFIRMED");

      tracking.clear();
      tracking.sendKeys("VN 1234/56-7.A_b");
      driver.findElement(By.cssSelector("#ship-" + part + " button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".shop-order[data-id='" + part + "'][data-status='SHIPPED']")).isEmpty());
      assertThat(shopOrderStatus(ring.artisan(), part)).isEqualTo("SHIPPED");
    }
  }

  @Test
  void pricesTypedTheVietnameseWayAreSavedAsTheirAmount() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("GIA");
    List<String> typed = List.of("1.390.000", "1,390,000", "1390000", "1.390.000 ₫");

    try (Browser browser = new Browser().signIn(artisan.token())) {
      WebDriver driver = browser.driver();
      assertThat(browser.open(SITE + "/artisan.html#moi")).isEqualTo("ready");
      driver.findElement(By.cssSelector("[data-field='title'] input")).sendKeys("Khay bạc chạm rồng");
      for (int i = 0; i < typed.size(); i++) {
        if (i > 0) {
          driver.findElement(By.id("add-variant")).click();
        }
        WebElement row = driver.findElements(By.cssSelector("li.variant-row")).get(i);
        row.findElement(By.cssSelector("[data-base='sku'] input")).sendKeys(sku + "-" + i);
        row.findElement(By.cssSelector("[data-base='priceVnd'] input")).sendKeys(typed.get(i));
        assertThat(row.findElement(By.cssSelector(".price-preview")).getText()).isEqualTo("1.390.000 ₫");
      }
      driver.findElement(By.cssSelector("#product-form button[type='submit']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("#sua/"));

      String url = driver.getCurrentUrl();
      String id = url.substring(url.indexOf("#sua/") + 5);
      JsonNode saved = api.get("/api/my/products/" + id, artisan.token()).json();
      assertThat(saved.get("variants")).hasSize(4)
          .allSatisfy(v -> assertThat(v.get("priceVnd").asLong()).isEqualTo(1_390_000));
    }
  }

  @Test
  void theEditorKeepsSalesAndSaysWhenACountWasOvertakenByOne() {
    TestShops.Listing tray = shops.listing("dong-xam-cham-bac", "LIVE", 3, 4_500_000, "Khay bạc chạm rồng");
    String shopper = api.newAccount("SHOPPER", "buyer");

    try (Browser browser = new Browser().signIn(tray.token())) {
      WebDriver driver = browser.driver();
      assertThat(browser.open(SITE + "/artisan.html#sua/" + tray.productId())).isEqualTo("ready");
      assertThat(driver.findElement(By.cssSelector(".live-stock")).getDomAttribute("data-on-hand")).isEqualTo("3");

      // sold while the form is open; the form, saved as it is, keeps the sale
      orders.pay(orders.placed(shopper, List.of(TestOrders.line(tray.sku(), 1))));
      WebElement title = driver.findElement(By.cssSelector("[data-field='title'] input"));
      title.clear();
      title.sendKeys("Khay bạc chạm rồng phượng");
      driver.findElement(By.cssSelector("#product-form button[type='submit']")).click();
      browser.awaitReady(d -> d.getTitle().contains("phượng"));
      assertThat(driver.findElement(By.cssSelector(".live-stock")).getDomAttribute("data-on-hand")).isEqualTo("2");
      assertThat(onHand(tray.sku())).isEqualTo(2);

      // sold again, then the artisan types a count over the figure they saw: it is not saved
      orders.pay(orders.placed(shopper, List.of(TestOrders.line(tray.sku(), 1))));
      WebElement count = driver.findElement(By.cssSelector("[data-base='onHand'] input"));
      count.clear();
      count.sendKeys("5");
      driver.findElement(By.cssSelector("#product-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#product-form .stock-problems li")).isEmpty());
      assertThat(driver.findElement(By.cssSelector("#product-form .stock-problems li")).getText())
          .contains(tray.sku()).contains("đã đổi từ 2 thành 1").contains("chưa được lưu");
      assertThat(driver.findElement(By.cssSelector(".live-stock")).getDomAttribute("data-on-hand")).isEqualTo("1");
      assertThat(onHand(tray.sku())).isEqualTo(1);
      assertThat(api.get(tray.path(), tray.token()).json().at("/title").asText())
          .isEqualTo("Khay bạc chạm rồng phượng");
    }
  }

  private String shopOrderStatus(TestShops.Artisan artisan, long part) {
    for (JsonNode item : api.get("/api/my/orders", artisan.token()).json().get("items")) {
      if (item.get("id").asLong() == part) {
        return item.get("status").asText();
      }
    }
    throw new AssertionError("no shop order " + part);
  }

  private static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void theArtisanDeclaresTheirIdentityAndAWrongProvinceCodeIsShownOnItsField() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");
    try (Browser browser = new Browser().signIn(artisan.token())) {
      assertThat(browser.open(SITE + "/artisan.html")).isEqualTo("ready");
      WebDriver driver = browser.driver();
      assertThat(driver.findElement(By.id("identity-needed")).getText()).contains("Khai danh tính");
      assertThat(browser.open(SITE + "/artisan.html#cua-hang")).isEqualTo("ready");
      browser.awaitReady(d -> !d.findElements(By.id("identity-form")).isEmpty());
      assertThat(driver.findElement(By.id("identity-status")).getDomAttribute("data-status")).isEqualTo("NONE");
      driver.findElement(By.cssSelector("#identity-form [data-field='ownerName'] input")).sendKeys("Ngô Văn Chạm");
      driver.findElement(By.cssSelector("#identity-form [data-field='address'] input")).sendKeys("Thôn Đồng Xâm, Hưng Yên");
      WebElement citizenId = driver.findElement(By.cssSelector("#identity-form [data-field='citizenId'] input"));
      citizenId.sendKeys("003085001234");
      driver.findElement(By.cssSelector("#identity-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElement(By.cssSelector("#identity-form [data-field='citizenId'] .field-error"))
          .getText().isBlank());
      assertThat(driver.findElement(By.cssSelector("#identity-form [data-field='citizenId'] .field-error")).getText())
          .contains("mã tỉnh");

      citizenId.clear();
      citizenId.sendKeys("034085001234");
      driver.findElement(By.cssSelector("#identity-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#identity-status[data-status='DECLARED']")).isEmpty());
    }
    assertThat(api.get("/api/my/shop/identity", artisan.token()).json().get("citizenId").asText())
        .isEqualTo("034085001234");
  }
}
