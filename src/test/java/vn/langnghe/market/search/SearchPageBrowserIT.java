package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestSite;

class SearchPageBrowserIT extends MarketIT {

  @Test
  void aShopperSearchesDongXamFiltersByVillageSortsAndOpensAResultOnAPhone() throws Exception {
    journey(PageChecks.PHONE);
  }

  @Test
  void aShopperSearchesDongXamFiltersByVillageSortsAndOpensAResultOnALaptop() throws Exception {
    journey(PageChecks.LAPTOP);
  }

  @Test
  void anEnglishShopperFiltersTheEnglishPage() throws Exception {
    SearchIT.awaitIndexed("size=1", r -> r.at("/total").asLong() == TestDatabase.count(SearchIT.ON_SALE), 60_000);
    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(TestSite.base() + "/en/tim-kiem?q=dong+xam")).isEqualTo("ready");
      assertThat(browser.driver().findElement(By.id("search-title")).getText()).isEqualTo("Results for «dong xam»");
      browser.driver().findElement(By.cssSelector(".facet-village[data-value='dong-xam-cham-bac']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/en/tim-kiem?q=dong+xam&village=dong-xam-cham-bac"));
      assertThat(browser.driver().findElement(By.id("filters-toggle")).getText()).isEqualTo("Filters (1)");
      assertThat(browser.driver().findElement(By.cssSelector("#search-results .search-result-link"))
          .getDomAttribute("href")).startsWith("/en/san-pham/");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static void journey(Dimension size) throws Exception {
    SearchIT.awaitIndexed("size=1", r -> r.at("/total").asLong() == TestDatabase.count(SearchIT.ON_SALE), 60_000);
    boolean phone = size.getWidth() < 600;
    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, size);
      WebDriver driver = browser.driver();
      // the old address still works: 301 to /tim-kiem
      assertThat(browser.open(TestSite.base() + "/search.html?q=dong+xam")).isEqualTo("ready");
      assertThat(driver.getCurrentUrl()).isEqualTo(TestSite.base() + "/tim-kiem?q=dong+xam");
      List<WebElement> results = driver.findElements(By.cssSelector("#search-results .search-result"));
      assertThat(results).isNotEmpty();
      assertThat(layoutShift(driver)).as("the results are in the page, nothing moves").isLessThan(0.05);

      WebElement panel = driver.findElement(By.id("filter-panel"));
      WebElement toggle = driver.findElement(By.id("filters-toggle"));
      if (phone) {
        assertThat(panel.isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.isDisplayed()).isTrue();
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("filters-toggle");
      } else {
        assertThat(toggle.isDisplayed()).isFalse();
        assertThat(panel.isDisplayed()).isTrue();
      }

      // a village chosen in the form: submitted at once, without empty fields or the default sort
      driver.findElement(By.cssSelector(".facet-village[data-value='dong-xam-cham-bac']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("village=dong-xam-cham-bac"));
      assertThat(driver.getCurrentUrl()).isEqualTo(TestSite.base() + "/tim-kiem?q=dong+xam&village=dong-xam-cham-bac");
      assertThat(driver.findElement(By.cssSelector("input[name='village'][value='dong-xam-cham-bac']")).isSelected()).isTrue();
      List<WebElement> filtered = driver.findElements(By.cssSelector("#search-results .search-result"));
      assertThat(filtered).isNotEmpty();
      assertThat(driver.findElement(By.id("filters-toggle")).getDomProperty("textContent")).isEqualTo("Bộ lọc (1)");

      // sorting keeps the filter, and the focus stays on the sort for the keyboard
      new Select(driver.findElement(By.id("search-sort"))).selectByValue("price_asc");
      browser.awaitReady(d -> d.getCurrentUrl().contains("sort=price_asc"));
      assertThat(driver.getCurrentUrl()).contains("village=dong-xam-cham-bac");
      assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("search-sort");
      List<Long> prices = driver.findElements(By.cssSelector("#search-results .search-result .price")).stream()
          .map(p -> p.getText().replaceAll("[^0-9]", "")).filter(p -> !p.isEmpty()).map(Long::parseLong).toList();
      assertThat(prices).isSorted();

      // a price typed as people write it goes as a number; a wrong one is said beside the field
      if (!phone) {
        WebElement min = driver.findElement(By.id("price-priceMinVnd"));
        min.sendKeys("abc", Keys.ENTER);
        assertThat(driver.findElement(By.id("price-form-error")).getText()).contains("Giá từ phải là số tiền");
        assertThat(min.getDomAttribute("aria-invalid")).isEqualTo("true");
        min.clear();
        min.sendKeys("100.000", Keys.ENTER);
        browser.awaitReady(d -> d.getCurrentUrl().contains("priceMinVnd=100000"));
        for (WebElement price : driver.findElements(By.cssSelector("#search-results .search-result .price"))) {
          assertThat(Long.parseLong(price.getText().replaceAll("[^0-9]", ""))).isGreaterThanOrEqualTo(100_000);
        }
        driver.findElement(By.cssSelector("#search-chips a.chip[aria-label*='Giá']")).click();
        browser.awaitReady(d -> !d.getCurrentUrl().contains("priceMinVnd"));
      }

      WebElement link = driver.findElement(By.cssSelector("#search-results .search-result .search-result-link"));
      assertThat(link.getDomAttribute("href")).startsWith("/san-pham/");
      link.click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/san-pham/"));
      assertThat(driver.findElement(By.id("product-village")).getText()).contains("Đồng Xâm");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** The page's cumulative layout shift so far (what Lighthouse counts as CLS). */
  private static double layoutShift(WebDriver driver) {
    Object sum = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; let sum = 0;"
            + "new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })"
            + ".observe({ type: 'layout-shift', buffered: true });"
            + "setTimeout(() => done(sum), 500);");
    return ((Number) sum).doubleValue();
  }
}
