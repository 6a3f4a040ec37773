package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.PageChecks.js;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestSite;

/** The header every page shares, signed in as an artisan (the longest navigation), on a laptop and a phone. */
class SiteHeaderBrowserIT extends MarketIT {

  /**
   * What is wrong with the header as a list of sentences: a navigation link that is hidden, cut off,
   * outside the screen, covered by or overlapping the brand, the search box or the account tools;
   * a navigation row that scrolls sideways; a page wider than the screen.
   */
  static final String HEADER_PROBLEMS = """
      const problems = [];
      const vw = document.documentElement.clientWidth;
      const others = [...document.querySelectorAll('.brand, .site-search, .site-tools > *')]
        .filter((o) => !o.hidden && o.getBoundingClientRect().width > 0);
      const overlap = (r, q) => r.left < q.right - 0.5 && q.left < r.right - 0.5 && r.top < q.bottom - 0.5 && q.top < r.bottom - 0.5;
      for (const a of document.querySelectorAll('.site-nav a')) {
        const name = a.textContent.trim();
        const r = a.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) { problems.push(name + ': not shown'); continue; }
        if (r.left < -0.5 || r.right > vw + 0.5) { problems.push(name + ': outside the screen'); continue; }
        const row = a.closest('ul').getBoundingClientRect();
        if (r.left < row.left - 0.5 || r.right > row.right + 0.5) problems.push(name + ': scrolled out of its row');
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!a.contains(hit)) problems.push(name + ': covered by ' + (hit ? hit.outerHTML.slice(0, 60) : 'nothing'));
        for (const o of others) if (overlap(r, o.getBoundingClientRect())) problems.push(name + ': overlaps ' + o.className);
      }
      const row = document.querySelector('.site-nav > ul');
      if (row.scrollWidth > row.clientWidth + 1) problems.push('the navigation row scrolls sideways (' + row.scrollWidth + ' > ' + row.clientWidth + ')');
      if (document.documentElement.scrollWidth > vw + 1) problems.push('the page scrolls sideways');
      for (const o of others) {
        const q = o.getBoundingClientRect();
        if (q.left < -0.5 || q.right > vw + 0.5) problems.push(o.className + ': outside the screen');
      }
      return problems;
      """;

  static String artisan;

  @BeforeAll
  static void anArtisan() {
    artisan = api.newAccount("ARTISAN", "header");
  }

  @Test
  void onALaptopEveryLinkShowsAndTheSearchBoxIsWide() {
    try (Browser browser = signedInAt(PageChecks.LAPTOP)) {
      assertThat(problems(browser)).isEmpty();
      Number searchWidth = (Number) js(browser,
          "return document.getElementById('site-search-q').getBoundingClientRect().width");
      assertThat(searchWidth.doubleValue()).as("search box width").isGreaterThanOrEqualTo(240);
    }
  }

  @Test
  void onAPhoneTheNavigationWrapsInsteadOfScrollingSideways() {
    try (Browser browser = signedInAt(PageChecks.PHONE)) {
      assertThat(problems(browser)).isEmpty();
    }
  }

  @Test
  void inEnglishOnAPhoneTheHeaderWithItsLanguageSwitchStillFits() {
    String shopper = api.newAccount("SHOPPER", "header-en");
    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, shopper);
      browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("lang", "en", "/"));
      assertThat(browser.open(TestSite.base() + "/cart.html")).isEqualTo("ready");
      browser.awaitReady(d -> d.findElements(By.cssSelector(".site-nav a[href='/orders.html']")).size() == 1
          && !d.findElements(By.cssSelector(".account-toggle")).isEmpty());
      assertThat(browser.driver().findElement(By.cssSelector(".site-nav a[href='/orders.html']")).getText()).isEqualTo("My orders");
      assertThat(browser.driver().findElement(By.cssSelector(".site-tools a.lang-switch")).isDisplayed()).isTrue();
      assertThat(problems(browser)).isEmpty();
    }
  }

  private static Browser signedInAt(Dimension screen) {
    Browser browser = new Browser();
    try {
      PageChecks.screen(browser, screen);
      PageChecks.signIn(browser, artisan);
      assertThat(browser.open(TestSite.base() + "/")).isEqualTo("ready");
      assertThat(((Number) js(browser, "return window.innerWidth")).intValue()).isEqualTo(screen.width);
      browser.awaitReady(d -> d.findElements(By.cssSelector(".site-nav a[href='/shop-orders.html']")).size() == 1
          && !d.findElements(By.cssSelector(".account-toggle")).isEmpty());
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(Browser browser) {
    return (List<String>) js(browser, HEADER_PROBLEMS);
  }
}
