package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The server-rendered home, shop and village pages in a browser, on a phone and a laptop: the
 * scripts take them to ready without a console error or a refusal of the Content-Security-Policy,
 * the village tones come from classes, a village card leads to its page, nothing scrolls sideways,
 * and the English village page tells the story in English.
 */
class ListingPagesBrowserIT extends MarketIT {

  private static final String SITE = TestSite.base();
  private final TestShops shops = new TestShops(api);

  @Test
  void homeVillageAndShopPagesOnAPhoneAndALaptop() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String title = "Khăn đũi nhuộm củ nâu " + TestShops.sku("BR");
    shops.product(artisan, TestShops.sku("KHAN"), 4, 320_000, title);
    JsonNode villages = api.get("/api/craft-villages").json();
    JsonNode namCao = api.get("/api/craft-villages/nam-cao-det-dui").json();

    for (Dimension screen : List.of(PageChecks.PHONE, PageChecks.LAPTOP)) {
      try (Browser browser = new Browser()) {
        PageChecks.screen(browser, screen);
        WebDriver driver = browser.driver();

        assertThat(browser.open(SITE + "/")).as(screen + " home").isEqualTo("ready");
        List<WebElement> cards = driver.findElements(By.cssSelector("#villages .village-card"));
        assertThat(cards).hasSize(villages.size());
        Set<String> tones = new HashSet<>();
        for (WebElement card : cards) {
          tones.add(card.findElement(By.className("craft")).getCssValue("color"));
        }
        assertThat(tones).as("each village its own tone, from classes").hasSizeGreaterThan(2);
        assertThat(driver.findElement(By.cssSelector("#products .product-card"))).isNotNull();
        assertThat(sideways(browser)).as(screen + " home").isFalse();
        problems(browser, "/");

        WebElement namCaoLink = driver.findElement(By.cssSelector("#villages a[href='/lang-nghe/nam-cao-det-dui']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", namCaoLink);
        namCaoLink.click();
        browser.awaitReady(d -> d.getCurrentUrl().endsWith("/lang-nghe/nam-cao-det-dui")
            && "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(driver.findElement(By.id("village-name")).getText()).isEqualTo(namCao.get("name").asText());
        assertThat(driver.findElement(By.cssSelector("#village .story")).getText()).isEqualTo(namCao.get("story").asText());
        assertThat(driver.findElement(By.id("village-former-commune")).getText()).contains("Huyện Kiến Xương");
        assertThat(driver.findElement(By.id("village-products")).getText()).contains(title);
        assertThat(PageChecks.englishWords(driver.findElement(By.id("village")).getText())).isEmpty();
        assertThat(sideways(browser)).as(screen + " village").isFalse();
        problems(browser, "village");

        driver.findElement(By.cssSelector(".site-tools a.lang-switch")).click();
        browser.awaitReady(d -> d.getCurrentUrl().endsWith("/en/lang-nghe/nam-cao-det-dui")
            && "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("#village .story")).getText()).isEqualTo(namCao.get("storyEn").asText());
        assertThat(driver.findElement(By.id("village")).getText()).contains("The village's story")
            .doesNotContain("Câu chuyện", "Địa chỉ làng");
        problems(browser, "village in English");
        // back to Vietnamese for the next screen: the switch remembers the language in a cookie
        driver.findElement(By.cssSelector(".site-tools a.lang-switch")).click();
        browser.awaitReady(d -> d.getCurrentUrl().endsWith("/lang-nghe/nam-cao-det-dui"));

        assertThat(browser.open(SITE + "/xuong/" + artisan.shopSlug())).as(screen + " shop").isEqualTo("ready");
        assertThat(driver.findElement(By.id("shop-trust")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#shop .product-grid")).getText()).contains(title);
        assertThat(sideways(browser)).as(screen + " shop").isFalse();
        problems(browser, "shop");
      }
    }
  }

  private static boolean sideways(Browser browser) {
    return (Boolean) PageChecks.js(browser, "return document.documentElement.scrollWidth > window.innerWidth + 1");
  }

  private static void problems(Browser browser, String page) {
    // read once: the console gives each message a single time
    assertThat(browser.consoleMessages()).as(page)
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to") || m.startsWith("SEVERE"));
  }
}
