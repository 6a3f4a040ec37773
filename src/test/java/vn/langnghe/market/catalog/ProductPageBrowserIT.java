package vn.langnghe.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;

class ProductPageBrowserIT extends MarketIT {

  @Test
  void aShopperSeesADongXamSilverPieceInARealBrowser() {
    JsonNode first = api.get("/api/products?village=dong-xam-cham-bac&size=1").json().at("/items/0");
    String slug = first.at("/slug").asText();
    JsonNode product = api.get("/api/products/" + slug).json();

    try (Browser browser = new Browser()) {
      String state = browser.open(TestSite.base() + "/san-pham/" + slug);

      assertThat(state).isEqualTo("ready");
      assertThat(browser.driver().findElement(By.id("product-title")).getText())
          .isEqualTo(product.at("/title").asText());
      assertThat(browser.driver().findElement(By.id("product-village")).getText())
          .contains("Đồng Xâm");
      List<WebElement> prices = browser.driver().findElements(By.className("variant-price"));
      assertThat(prices).isNotEmpty();
      assertThat(prices.get(0).getText()).isEqualTo(vnd(product.at("/variants/0/priceVnd").asLong()));
    }
  }

  @Test
  void anUnknownProductShowsAFriendlyError() {
    try (Browser browser = new Browser()) {
      // the old address moves to the new one, which has no such product
      browser.driver().get(TestSite.base() + "/product.html?slug=khong-co-san-pham-nay");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/san-pham/khong-co-san-pham-nay");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
      assertThat(browser.driver().findElement(By.id("error-search-q"))).isNotNull();
    }
  }

  /** The storefront formats money the Vietnamese way, as the server's Money does. */
  private static String vnd(long amount) {
    return vn.langnghe.market.platform.Money.formatVnd(amount);
  }
}
