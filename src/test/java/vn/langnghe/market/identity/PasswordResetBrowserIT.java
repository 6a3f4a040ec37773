package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestSite;

/** "Quên mật khẩu?" on a phone: ask for the link, open it from the mail, set a new password, sign in. */
class PasswordResetBrowserIT extends MarketIT {

  @Test
  void aShopperWhoForgotHerPasswordSetsANewOneFromTheMailedLink() {
    String email = "quen-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    assertThat(api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD,
        "displayName", "Phạm Thu Hà", "role", "SHOPPER"), null).status()).isEqualTo(201);
    String newPassword = "Làng chiếu Hới 2026 đẹp";

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(TestSite.base() + "/login.html")).isEqualTo("ready");
      driver.findElement(By.id("forgot-password")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/password-reset.html"));
      assertThat(PageChecks.englishWords(driver.findElement(By.tagName("main")).getText())).isEmpty();
      driver.findElement(By.id("reset-email")).sendKeys(email);
      driver.findElement(By.id("reset-request")).click();
      browser.awaitReady(d -> !d.findElements(By.id("reset-requested")).isEmpty());

      Matcher link = PasswordResetIT.LINK.matcher(TestMail.await(email, PasswordResetIT.SUBJECT).body());
      assertThat(link.find()).isTrue();
      String url = TestSite.base() + link.group();
      driver.get("about:blank"); // from the same page, only the fragment would change
      assertThat(browser.open(url)).isEqualTo("ready");
      assertThat(driver.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token=");
      assertThat(PageChecks.englishWords(driver.findElement(By.tagName("main")).getText())).isEmpty();
      driver.findElement(By.id("new-password")).sendKeys(newPassword);
      driver.findElement(By.id("reset-confirm")).click();
      browser.awaitReady(d -> !d.findElements(By.id("reset-done")).isEmpty());

      // the same link a second time is refused, and says so in Vietnamese
      driver.get("about:blank");
      assertThat(browser.open(url)).isEqualTo("ready");
      driver.findElement(By.id("new-password")).sendKeys("Một mật khẩu khác hẳn 2026");
      driver.findElement(By.id("reset-confirm")).click();
      browser.awaitReady(d -> !d.findElements(By.id("reset-failed")).isEmpty());
      assertThat(driver.findElement(By.id("reset-failed")).getText()).contains("đã được dùng");

      assertThat(browser.open(TestSite.base() + "/login.html")).isEqualTo("ready");
      driver.findElement(By.cssSelector("#login-form-slot input[name='email']")).sendKeys(email);
      driver.findElement(By.cssSelector("#login-form-slot input[name='password']")).sendKeys(newPassword);
      driver.findElement(By.cssSelector("#login-form-slot button[type='submit']")).click();
      browser.awaitReady(d -> !d.getCurrentUrl().contains("/login.html"));
    }
    assertThat(api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD), null).status())
        .isEqualTo(401);
  }
}
