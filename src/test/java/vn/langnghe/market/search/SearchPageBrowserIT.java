package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

class SearchPageBrowserIT extends MarketIT {

  @Test
  void aShopperSearchesDongXamFiltersByVillageAndOpensAResult() throws Exception {
    SearchIT.awaitIndexed("size=1", r -> r.at("/total").asLong() == TestDatabase.count(SearchIT.ON_SALE), 60_000);
    try (Browser browser = new Browser()) {
      assertThat(browser.open(TestSite.base() + "/search.html?q=dong+xam")).isEqualTo("ready");
      List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results .search-result"));
      assertThat(results).isNotEmpty();

      browser.driver().findElement(By.cssSelector(".facet-village[data-value='dong-xam-cham-bac']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("village=dong-xam-cham-bac"));
      List<WebElement> filtered = browser.driver().findElements(By.cssSelector("#search-results .search-result"));
      assertThat(filtered).isNotEmpty();

      String href = filtered.get(0).findElement(By.className("search-result-link")).getDomAttribute("href");
      assertThat(href).contains("/product.html?slug=");
      filtered.get(0).findElement(By.className("search-result-link")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/product.html"));
      assertThat(browser.driver().findElement(By.id("product-village")).getText()).contains("Đồng Xâm");
    }
  }
}
