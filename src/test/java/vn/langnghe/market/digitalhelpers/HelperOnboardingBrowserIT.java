package vn.langnghe.market.digitalhelpers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestSite;

/**
 * On a phone: the demo helper of Trà Giang onboards an artisan who is not online (the code the
 * artisan received), opens their shop and lists a product with a photo, then hands over; the
 * artisan sets a password from the mailed link, signs in and sees what the helper did.
 */
class HelperOnboardingBrowserIT extends MarketIT {

  private static final String HELPER = "helper@demo.langnghe.vn";
  private final HelperFixtures fx = new HelperFixtures(api);

  @Test
  void aHelperOnboardsAnArtisanAndListsAProductWithAPhotoThenTheArtisanTakesOver() throws IOException {
    String helper = api.login(HELPER, Api.PASSWORD);
    String email = HelperFixtures.email("cu-bac");
    String password = "Chạm bạc Đồng Xâm 1975";
    Path photo = Files.createTempFile("khay-bac", ".png");
    Files.write(photo, TestImages.png(800, 600));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      browser.signIn(helper);
      assertThat(browser.open(TestSite.base() + "/helper.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.id("my-communes")))
          .as(driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText()
              + " console: " + browser.consoleMessages())
          .hasSize(1);
      assertThat(driver.findElement(By.id("my-communes")).getText()).contains("Trà Giang");

      driver.findElement(By.cssSelector("#onboard-form input[name='displayName']")).sendKeys("Cụ Phạm Văn Bạc");
      driver.findElement(By.cssSelector("#onboard-form input[name='email']")).sendKeys(email);
      new Select(driver.findElement(By.cssSelector("#onboard-form select[name='communeCode']")))
          .selectByValue(HelperFixtures.TRA_GIANG);
      driver.findElement(By.cssSelector("#onboard-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.id("consent-form")).isEmpty());

      driver.findElement(By.cssSelector("#consent-form input[name='code']"))
          .sendKeys(HelperFixtures.code(email, 1));
      driver.findElement(By.cssSelector("#consent-form button[type='submit']")).click();
      long mandate = mandateOf(helper, email).get("id").asLong();
      String item = ".mandate[data-id='" + mandate + "'] ";
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".mandate[data-id='" + mandate
          + "'][data-state='ACTIVE']")).isEmpty());

      driver.findElement(By.cssSelector(item + ".act-for")).click();
      browser.awaitReady(d -> !d.findElements(By.id("act-shop-form")).isEmpty());
      driver.findElement(By.cssSelector("#act-shop-form input[name='name']")).sendKeys("Bạc cụ Phạm");
      new Select(driver.findElement(By.cssSelector("#act-shop-form select[name='villageSlug']")))
          .selectByValue("dong-xam-cham-bac");
      driver.findElement(By.cssSelector("#act-shop-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.id("act-product-form")).isEmpty());
      JsonNode onboarded = mandateOf(helper, email);
      fx.approveShop(onboarded.at("/shop/id").asLong(), helper, onboarded.get("artisanAccountId").asLong());

      driver.findElement(By.id("act-close")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(item + ".act-for")).isEmpty());
      driver.findElement(By.cssSelector(item + ".act-for")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#act-shop[data-status='APPROVED']")).isEmpty());
      driver.findElement(By.cssSelector("#act-product-form input[name='title']")).sendKeys("Khay bạc chạm hoa sen");
      driver.findElement(By.cssSelector("#act-product-form input[name='variants[0].priceVnd']")).sendKeys("1.250.000");
      driver.findElement(By.cssSelector("#act-product-form input[name='file']")).sendKeys(photo.toString());
      driver.findElement(By.cssSelector("#act-product-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".act-product[data-status='ACTIVE']")).isEmpty());
      assertThat(driver.findElement(By.cssSelector(".act-product")).getText()).contains("1 ảnh");

      driver.findElement(By.id("act-close")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(item + ".hand-over")).isEmpty());
      driver.findElement(By.cssSelector(item + ".hand-over")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".mandate[data-id='" + mandate
          + "'][data-state='HANDED_OVER']")).isEmpty());
      assertThat(browser.consoleErrors()).isEmpty();

      // the artisan takes over: the mailed link, a password of their own, signing in
      Matcher link = HelperFixtures.LINK.matcher(TestMail.await(email, "Nhận tài khoản").body());
      assertThat(link.find()).isTrue();
      PageChecks.js(browser, "localStorage.removeItem('lnm.auth')");
      driver.get("about:blank");
      assertThat(browser.open(TestSite.base() + link.group())).isEqualTo("ready");
      driver.findElement(By.id("new-password")).sendKeys(password);
      driver.findElement(By.id("reset-confirm")).click();
      browser.awaitReady(d -> !d.findElements(By.id("reset-done")).isEmpty());

      assertThat(browser.open(TestSite.base() + "/login.html")).isEqualTo("ready");
      driver.findElement(By.cssSelector("#login-form-slot input[name='email']")).sendKeys(email);
      driver.findElement(By.cssSelector("#login-form-slot input[name='password']")).sendKeys(password);
      driver.findElement(By.cssSelector("#login-form-slot button[type='submit']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/artisan.html")
          && !d.findElements(By.cssSelector("#helper-actions .helper-action")).isEmpty());
      String done = driver.findElement(By.id("helper-actions")).getText();
      assertThat(done).contains("Việc người hỗ trợ đã làm", "Lập tài khoản", "Mở cửa hàng",
          "Đăng sản phẩm", "Thêm ảnh sản phẩm", "Khay bạc chạm hoa sen");

      driver.findElement(By.cssSelector(".helper-action[data-kind='PICTURE_ADDED'] .undo-helper-action")).click();
      browser.awaitReady(d -> d.findElements(
          By.cssSelector(".helper-action[data-kind='PICTURE_ADDED'] .undo-helper-action")).isEmpty());
      assertThat(browser.consoleErrors()).isEmpty();
    }
    String own = api.login(email, password);
    JsonNode products = api.get("/api/my/products", own).json().get("items");
    assertThat(products).hasSize(1);
    assertThat(products.get(0).get("images")).as("the helper's photo, undone by the artisan").isEmpty();
  }

  private JsonNode mandateOf(String helper, String email) {
    for (JsonNode m : api.get("/api/helper/mandates", helper).json()) {
      if (m.get("artisanEmail").asText().equalsIgnoreCase(email)) {
        return m;
      }
    }
    throw new AssertionError("no mandate for " + email);
  }
}
