package vn.langnghe.market.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestSite;

/** Every craft village's page, as a Vietnamese reader sees it. */
class VillagePageBrowserIT extends MarketIT {

  @Test
  void everyVillagesStoryAndCraftAreInVietnamese() {
    List<String> slugs = new ArrayList<>();
    for (JsonNode village : api.get("/api/craft-villages").json()) {
      slugs.add(village.get("slug").asText());
    }
    assertThat(slugs).hasSize(9);

    try (Browser browser = new Browser()) {
      for (String slug : slugs) {
        assertThat(browser.open(TestSite.base() + "/village.html?slug=" + slug)).isEqualTo("ready");
        String story = browser.driver().findElement(By.cssSelector("#village .story")).getText();
        assertThat(story).as(slug).hasSizeGreaterThan(80);
        String page = browser.driver().findElement(By.id("village")).getText();
        assertThat(PageChecks.englishWords(page)).as(slug + ": " + page).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#village [lang='en']"))).as(slug).isEmpty();
      }
    }
  }
}
