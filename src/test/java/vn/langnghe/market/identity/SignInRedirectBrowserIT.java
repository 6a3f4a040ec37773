package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestSite;

/** After signing in, the login page sends the user on only within the marketplace. */
class SignInRedirectBrowserIT extends MarketIT {

  private static String registered() {
    String email = "next-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", "Vũ Thị Nga", "role", "SHOPPER"), null);
    return email;
  }

  /** Signs in through /login.html?next=… and answers where the browser ends up. */
  private static URI signInThrough(Browser browser, String rawNext, String email) {
    WebDriver driver = browser.driver();
    String login = TestSite.base() + "/login.html?next=" + rawNext;
    assertThat(browser.open(login)).isEqualTo("ready");
    driver.findElement(By.cssSelector("#login-form-slot input[name=email]")).sendKeys(email);
    driver.findElement(By.cssSelector("#login-form-slot input[name=password]")).sendKeys(Api.PASSWORD);
    driver.findElement(By.cssSelector("#login-form-slot button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login.html"));
    return URI.create(driver.getCurrentUrl());
  }

  @Test
  void aNextThatTheBrowserWouldReadAsAnotherHostLeadsHome() {
    String email = registered();
    URI site = URI.create(TestSite.base());
    try (Browser browser = new Browser()) {
      for (String next : new String[] {"%2F%09%2Fevil.example%2F", "%2F%0A%2Fevil.example%2F",
          "%2F%5C%2Fevil.example%2F", "https%3A%2F%2Fevil.example%2F"}) {
        URI landed = signInThrough(browser, next, email);

        assertThat(landed.getHost()).as(next + " -> " + landed).isEqualTo(site.getHost());
        assertThat(landed.getPort()).as(next).isEqualTo(site.getPort());
        assertThat(landed.getPath()).as(next).isEqualTo("/");
        // signed out again for the next link
        ((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear()");
      }
    }
  }

  @Test
  void aNextOnTheMarketplaceIsFollowed() {
    String email = registered();
    try (Browser browser = new Browser()) {
      URI landed = signInThrough(browser, "%2Forders.html%3Fpage%3D2", email);

      assertThat(landed.getPath()).isEqualTo("/orders.html");
      assertThat(landed.getQuery()).isEqualTo("page=2");
    }
  }
}
