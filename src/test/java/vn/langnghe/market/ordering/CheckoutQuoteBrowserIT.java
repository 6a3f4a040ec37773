package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * On a phone-sized window: the checkout page shows each shop's fee, carrier and days and the
 * total before the order button is pressed; a quote that changed meanwhile is shown again with
 * the new figures and charged only once the shopper confirms it.
 */
class CheckoutQuoteBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);

  @Test
  void theFeesAndTotalShowBeforeOrderingAndAChangedQuoteIsShownAgain() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("SHOWN");
    String productId = shops.product(silversmith, sku, 5, 1_250_000, "Vòng bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", "quote-browser");
    Api.Reply added = api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper);
    assertThat(added.status()).as(added.toString()).isIn(200, 201);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.signIn(shopper).driver();
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      WebElement button = driver.findElement(By.id("place-order"));
      assertThat(button.getText()).isEqualTo("Đặt hàng").doesNotContain("+ phí vận chuyển");

      type(driver, "ship-name", "Nguyễn Thị Hoa");
      type(driver, "ship-phone", "0912 345 678");
      type(driver, "ship-line1", "Số 5, thôn Nam Cao");
      PageChecks.chooseCommune(browser, "ship", "33", TestOrders.LE_LOI);

      // the quote appears before anything is ordered: 400 g within Hưng Yên, GHN's 22,000
      browser.awaitReady(d -> "ready".equals(quoteState(d)));
      WebElement part = driver.findElement(By.cssSelector(
          "#checkout-quote .quote-shop[data-shop-slug='" + silversmith.shopSlug() + "']"));
      assertThat(part.findElement(By.className("quote-shipping")).getText()).contains("22.000");
      assertThat(part.findElement(By.className("quote-carrier")).getText()).isEqualTo("GHN");
      assertThat(part.findElement(By.className("quote-eta")).getText()).isEqualTo("khoảng 1 ngày");
      assertThat(driver.findElement(By.id("quote-total")).getText()).contains("1.272.000");
      assertThat(button.getText()).isEqualTo(driver.findElement(By.id("place-order")).getText())
          .startsWith("Đặt hàng · ").contains("1.272.000");
      assertThat(ordersOf(shopper)).isZero();

      // meanwhile the artisan finds the piece weighs 1.4 kg: GHN's fee is 33,000 now
      CheckoutQuoteIT.editVariant(silversmith.token(), productId, sku, 1_250_000, 1_400);
      driver.findElement(By.id("place-order")).click();
      browser.awaitReady(d -> !d.findElements(By.id("quote-changed")).isEmpty()
          && "ready".equals(quoteState(d)));
      WebElement changed = driver.findElement(By.id("quote-changed"));
      assertThat(changed.getDomAttribute("data-change")).isEqualTo("SHIPPING");
      assertThat(changed.getText()).contains("Phí vận chuyển đã thay đổi").contains("1.283.000");
      assertThat(driver.findElement(By.cssSelector("#checkout-quote .quote-shipping")).getText()).contains("33.000");
      assertThat(driver.findElement(By.id("quote-total")).getText()).contains("1.283.000");
      assertThat(driver.findElement(By.id("place-order")).getText()).contains("1.283.000");
      assertThat(ordersOf(shopper)).as("nothing is ordered at the new figures until confirmed").isZero();

      // confirming places the order at exactly the figures shown, and on to the gateway
      driver.findElement(By.id("place-order")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?"));
      assertThat(ordersOf(shopper)).isEqualTo(1);
      String number = api.get("/api/orders", shopper).json().at("/items/0/orderNumber").asText();
      assertThat(api.get("/api/orders/" + number, shopper).json().get("totalVnd").asLong()).isEqualTo(1_283_000);
      // the refused checkout's 409 is a network line in the console, and expected; nothing else
      assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("Failed to load resource")).isEmpty();
    }
  }

  private static String quoteState(WebDriver driver) {
    return driver.findElement(By.id("checkout-quote")).getDomAttribute("data-state");
  }

  private static long ordersOf(String token) {
    return api.get("/api/orders", token).json().get("total").asLong();
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
