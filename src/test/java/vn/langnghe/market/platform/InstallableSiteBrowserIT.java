package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.OfflineSwitch;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The site as an app on an artisan's phone: Chromium finds the artisan's page installable (the
 * manifest, its icons, the service worker), and with the network gone the workshop's order list
 * still shows the orders last seen, saying it is a saved copy, while a page never opened shows the
 * offline page; signing out leaves no copy behind.
 */
class InstallableSiteBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void chromiumFindsTheArtisanPageInstallable() throws IOException {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    try (Browser browser = new Browser()) {
      ChromeDriver driver = (ChromeDriver) browser.driver();
      browser.signIn(artisan.token());
      awaitServiceWorker(browser);
      assertThat(browser.open(SITE + "/artisan.html")).isEqualTo("ready");
      assertThat(controlled(browser)).as("the service worker controls the page").isTrue();

      Map<String, Object> installability = driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
      assertThat((List<?>) installability.get("installabilityErrors")).as(installability.toString()).isEmpty();

      Map<String, Object> manifest = driver.executeCdpCommand("Page.getAppManifest", Map.of());
      assertThat(manifest.get("url")).isEqualTo(SITE + "/manifest.webmanifest");
      assertThat((List<?>) manifest.get("errors")).as(manifest.toString()).isEmpty();
      JsonNode parsed = Api.JSON.readTree(String.valueOf(manifest.get("data")));
      assertThat(parsed.get("start_url").asText()).isEqualTo("/artisan.html");
      assertThat(parsed.get("display").asText()).isEqualTo("standalone");
      // every icon the manifest names is there, a PNG of the size it claims
      for (JsonNode icon : parsed.get("icons")) {
        Api.Reply reply = api.get(icon.get("src").asText());
        assertThat(reply.status()).as(icon.toString()).isEqualTo(200);
        if (icon.get("type").asText().equals("image/png")) {
          var image = ImageIO.read(new ByteArrayInputStream(reply.raw().body()));
          assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asText());
        }
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void offlineTheArtisanStillReadsTheOrdersLastSeenAndOtherPagesSayTheyAreOffline() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    long part = orderFor(artisan, 540_000, "Khay bạc chạm rồng");

    try (Browser browser = new Browser()) {
      ChromeDriver driver = (ChromeDriver) browser.driver();
      browser.signIn(artisan.token());
      awaitServiceWorker(browser);
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector(".shop-order[data-id='" + part + "']"))).hasSize(1);
      assertThat(driver.findElements(By.id("saved-copy-note"))).as("online, the list is live").isEmpty();
      String seen = driver.findElement(By.id("shop-order-list")).getText();

      try (OfflineSwitch offline = OfflineSwitch.cut(driver)) {
        assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
        WebElement kept = driver.findElement(By.cssSelector(".shop-order[data-id='" + part + "']"));
        assertThat(kept.getDomAttribute("data-status")).isEqualTo("CASH_ON_DELIVERY");
        assertThat(driver.findElement(By.id("shop-order-list")).getText()).isEqualTo(seen);
        assertThat(driver.findElement(By.id("saved-copy-note")).getText())
            .containsIgnoringCase("đang xem bản lưu lúc")
            .containsPattern("\\d{1,2}:\\d{2}");

        // an address this browser never opened: the offline page, not Chromium's own error
        driver.get(SITE + "/shop-ledger.html");
        assertThat(driver.findElement(By.id("offline-title")).getText()).isEqualTo("Đang mất kết nối mạng");
        assertThat(driver.findElement(By.cssSelector("link[rel='stylesheet']")).getDomAttribute("href"))
            .isEqualTo("/css/site.css");
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
      }
    }
  }

  @Test
  void aCopySavedForOneAccountIsNeverShownToAnother() {
    TestShops.Artisan first = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    long part = orderFor(first, 460_000, "Hộp trầu bạc");
    TestShops.Artisan second = shops.artisanWithApprovedShop("nam-cao-det-dui");

    try (Browser browser = new Browser()) {
      ChromeDriver driver = (ChromeDriver) browser.driver();
      browser.signIn(first.token());
      awaitServiceWorker(browser);
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector(".shop-order[data-id='" + part + "']"))).hasSize(1);
      // another account's token lands in this browser without a sign-out (as after an expiry)
      driver.executeScript("localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", second.token());

      try (OfflineSwitch offline = OfflineSwitch.cut(driver)) {
        assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("error");
        assertThat(driver.findElements(By.cssSelector(".shop-order"))).isEmpty();
        assertThat(driver.findElements(By.id("saved-copy-note"))).isEmpty();
        assertThat(driver.findElement(By.id("main")).getText()).contains("Không kết nối được với máy chủ");
      }
    }
  }

  @Test
  void signingOutDeletesTheSavedOrderList() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("nam-cao-det-dui");
    orderFor(artisan, 380_000, "Khăn đũi nhuộm vỏ cây");

    try (Browser browser = new Browser()) {
      browser.signIn(artisan.token());
      awaitServiceWorker(browser);
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      assertThat(savedPersonalAnswers(browser)).as("the list was saved for offline reading").isPositive();

      browser.driver().findElement(By.cssSelector(".account-toggle")).click();
      browser.driver().findElement(By.cssSelector(".account-menu button")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().equals(SITE + "/"));
      assertThat(savedPersonalAnswers(browser)).isZero();
    }
  }

  /** A cash-on-delivery order of a new product of the workshop; answers the workshop's part id. */
  private static long orderFor(TestShops.Artisan artisan, long priceVnd, String title) {
    String sku = TestShops.sku("PWA");
    shops.product(artisan, sku, 5, priceVnd, title);
    String shopper = api.newAccount("SHOPPER", "pwa");
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(sku, 1)), "COD");
    return placed.json().at("/shopOrders/0/id").asLong();
  }

  /** Waits until the page that registered the service worker is controlled by it (install.js). */
  private static void awaitServiceWorker(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> controlled(browser));
  }

  private static boolean controlled(Browser browser) {
    return "ready".equals(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-sw"));
  }

  /** How many answers the service worker keeps in the caches api.js must clear at sign-out. */
  private static long savedPersonalAnswers(Browser browser) {
    Object count = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        caches.keys()
          .then((names) => Promise.all(names.filter((n) => n.startsWith('lnm-personal-'))
            .map((n) => caches.open(n).then((c) => c.keys()))))
          .then((lists) => done(lists.reduce((sum, keys) => sum + keys.length, 0)), (e) => done(-1));
        """);
    return ((Number) count).longValue();
  }
}
