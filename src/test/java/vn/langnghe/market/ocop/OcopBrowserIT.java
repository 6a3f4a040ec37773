package vn.langnghe.market.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** An officer checks OCOP certificates on a phone; the artisan sees the decision on their product. */
class OcopBrowserIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  private long submitted(TestShops.Listing listing, int stars) {
    LocalDate issued = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(4);
    String path = "/api/my/products/" + listing.productId() + "/ocop-certificates";
    Api.Reply created = api.post(path, Map.of("stars", stars, "number", "88/QĐ-UBND",
        "issuer", "UBND tỉnh Hưng Yên", "issuedOn", issued.toString(),
        "expiresOn", issued.plusMonths(36).minusDays(1).toString()), listing.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().at("/id").asLong();
    assertThat(api.upload(path + "/" + id + "/photo", "giay.jpg", "image/jpeg", TestImages.jpeg(800, 600),
        listing.token()).status()).isEqualTo(200);
    return id;
  }

  private static WebElement card(Browser browser, long id) {
    return browser.driver().findElement(By.cssSelector(".ocop-certificate[data-id='" + id + "']"));
  }

  @Test
  void anOfficerVerifiesOneCertificateAndRejectsAnotherOnAPhone() {
    TestShops.Listing good = shops.listing("dong-xam-cham-bac", "OB", 3, 450_000, "Khay bạc chạm rồng");
    TestShops.Listing doubtful = shops.listing("dong-xam-cham-bac", "OB", 3, 250_000, "Nhẫn bạc trơn");
    long verify = submitted(good, 4);
    long reject = submitted(doubtful, 5);

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, api.login(TestShops.OFFICER, Api.PASSWORD));
      assertThat(browser.open(TestSite.base() + "/ocop-certificates.html")).isEqualTo("ready");
      WebElement card = card(browser, verify);
      assertThat(card.getText()).contains("Khay bạc chạm rồng", "4 sao", "88/QĐ-UBND", "UBND tỉnh Hưng Yên");
      browser.awaitReady(d -> !"0".equals(d.findElement(By.cssSelector(
          ".ocop-certificate[data-id='" + verify + "'] img.ocop-photo")).getDomProperty("naturalWidth"))
          && !d.findElement(By.cssSelector(".ocop-certificate[data-id='" + verify + "'] img.ocop-photo"))
              .getDomAttribute("src").contains("no-photo"));
      assertThat(PageChecks.js(browser, "return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no sideways scrolling on a phone").isEqualTo(true);

      card.findElement(By.cssSelector(".verify-ocop")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector(".ocop-certificate[data-id='" + verify + "']")).isEmpty());
      assertThat(api.get("/api/products/" + good.productId()).json().at("/ocopStars").asInt()).isEqualTo(4);

      card(browser, reject).findElement(By.cssSelector(".reject-ocop")).click();
      assertThat(card(browser, reject).getText()).contains("Hãy ghi lý do");
      card(browser, reject).findElement(By.cssSelector("input[name='reason']")).sendKeys("Không có trong quyết định của tỉnh");
      card(browser, reject).findElement(By.cssSelector(".reject-ocop")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector(".ocop-certificate[data-id='" + reject + "']")).isEmpty());
      assertThat(api.get("/api/products/" + doubtful.productId()).json().at("/ocopStars").asInt()).isZero();
      assertThat(browser.consoleErrors()).as("no script or CSP errors").isEmpty();
    }

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, good.token());
      browser.open(TestSite.base() + "/artisan.html#sua/" + good.productId());
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#ocop [data-status='VERIFIED']")).isEmpty());
      assertThat(browser.driver().findElement(By.id("ocop")).getText())
          .contains("Đã xác minh", "đang hiện trên sản phẩm");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}
