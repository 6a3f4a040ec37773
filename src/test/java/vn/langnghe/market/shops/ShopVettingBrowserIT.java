package vn.langnghe.market.shops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The trade office's shop vetting in a browser. */
class ShopVettingBrowserIT extends MarketIT {

  @Test
  void aShopsDescriptionShowsAsFormattedTextNotAsMarkup() {
    String artisan = api.newAccount("ARTISAN", "vetting");
    Api.Reply shop = api.post("/api/my/shop", Map.of(
        "name", "Tổ thêu " + UUID.randomUUID().toString().substring(0, 6),
        "description", "<p>Tổ thêu <strong>Minh Lãng</strong> nhận đặt tranh.</p>"
            + "<img src=\"/no-such.png\" onerror=\"document.body.dataset.pwned='yes'\">",
        "villageSlug", "minh-lang-theu"), artisan);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    long id = shop.json().get("id").asLong();

    try (Browser browser = new Browser()) {
      PageChecks.signIn(browser, api.login(TestShops.OFFICER, Api.PASSWORD));
      assertThat(browser.open(TestSite.base() + "/shop-vetting.html?status=PENDING")).isEqualTo("ready");
      WebElement card = browser.driver().findElement(By.cssSelector(".vetted-shop[data-id='" + id + "']"));
      assertThat(card.getText()).contains("Tổ thêu Minh Lãng nhận đặt tranh.").doesNotContain("<p>", "</", "<img");
      assertThat(card.findElement(By.cssSelector("strong")).getText()).isEqualTo("Minh Lãng");
      assertThat(card.findElements(By.cssSelector("[onerror], script"))).isEmpty();
      assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-pwned")).isNull();
    }
  }

  @Test
  void anOfficerSeesTheIdentityVerifiesItAndThenApprovesTheShop() {
    TestShops shops = new TestShops(api);
    TestShops.Artisan artisan = shops.artisanWithPendingShop("minh-lang-theu");
    shops.identified(artisan.token(), "Hoàng Thị Thêu");
    String card = ".vetted-shop[data-id='" + artisan.shopId() + "']";

    try (Browser browser = new Browser()) {
      PageChecks.signIn(browser, api.login(TestShops.OFFICER, Api.PASSWORD));
      assertThat(browser.open(TestSite.base() + "/shop-vetting.html?status=PENDING")).isEqualTo("ready");
      var driver = browser.driver();
      assertThat(driver.findElement(By.cssSelector(card)).getDomAttribute("data-identity")).isEqualTo("DECLARED");
      assertThat(driver.findElement(By.cssSelector(card)).getText()).doesNotContain("001085")
          .as("the numbers only on demand");

      driver.findElement(By.cssSelector(card + " .show-identity")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(card + " .identity-citizen-id")).isEmpty());
      assertThat(driver.findElement(By.cssSelector(card + " .identity-citizen-id")).getText()).matches("\\d{12}");
      assertThat(driver.findElement(By.cssSelector(card)).getText()).contains("Hoàng Thị Thêu");

      driver.findElement(By.cssSelector(card + " .verify-identity")).click();
      browser.awaitReady(d -> "VERIFIED".equals(d.findElement(By.cssSelector(card)).getDomAttribute("data-identity")));
      driver.findElement(By.cssSelector(card + " .approve-shop")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector(card)).isEmpty());
    }
    assertThat(api.get("/api/my/shop", artisan.token()).json().get("status").asText()).isEqualTo("APPROVED");
  }
}
