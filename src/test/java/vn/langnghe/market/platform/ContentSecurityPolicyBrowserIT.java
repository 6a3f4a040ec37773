package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The main pages render under the strict Content-Security-Policy without a single refusal. */
class ContentSecurityPolicyBrowserIT extends MarketIT {

  private static final String SITE = TestSite.base();

  @Test
  void theMainPagesRenderWithoutAnyPolicyViolation() {
    assertThat(api.get("/").header("Content-Security-Policy")).contains("script-src 'self'");
    String product = api.get("/api/products?village=dong-xam-cham-bac&size=1").json().at("/items/0/slug").asText();
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    List<String> pages = List.of("/", "/tim-kiem?q=bac", "/product.html?slug=" + product,
        "/village.html?slug=dong-xam-cham-bac", "/login.html", "/cart.html");
    List<String> signedInPages = List.of("/reports.html");

    List<String> violations = new ArrayList<>();
    try (Browser browser = new Browser()) {
      for (String page : pages) {
        assertThat(browser.open(SITE + page)).as(page).isEqualTo("ready");
        violations.addAll(refusals(browser, page));
      }
      ((JavascriptExecutor) browser.driver())
          .executeScript("localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", officer);
      for (String page : signedInPages) {
        assertThat(browser.open(SITE + page)).as(page).isEqualTo("ready");
        violations.addAll(refusals(browser, page));
      }
      // the check itself: an inline script added now is refused, and the refusal is seen
      ((JavascriptExecutor) browser.driver()).executeScript("const s = document.createElement('script');"
          + " s.textContent = 'window.inlineRan = true'; document.body.append(s);");
      assertThat(refusals(browser, "inline")).isNotEmpty();
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.inlineRan === true")).isEqualTo(false);
    }

    assertThat(violations).isEmpty();
  }

  private static List<String> refusals(Browser browser, String page) {
    return browser.consoleMessages().stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .map(m -> page + ": " + m)
        .toList();
  }
}
