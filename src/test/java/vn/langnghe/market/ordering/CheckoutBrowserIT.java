package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** The buying journey in a browser: two villages' pieces, one cart, one order, paid through the VNPay simulator. */
class CheckoutBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);

  @Test
  void aShopperBuysFromTwoVillagesInOneOrderAndPaysInTheSandbox() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String ringSku = TestShops.sku("RING");
    String scarfSku = TestShops.sku("SCARF");
    String ring =
        shops.slug(shops.product(silversmith, ringSku, 5, 1_250_000, "Nhẫn bạc chạm hoa sen"));
    String scarf = shops.slug(shops.product(weaver, scarfSku, 5, 650_000, "Khăn đũi Nam Cao"));
    String shopper = api.newAccount("SHOPPER", "browser");

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      // signed in as the site does it: the token in localStorage (see webapp/js/api.js)
      assertThat(browser.open(SITE + "/")).isEqualTo("ready");
      ((JavascriptExecutor) driver).executeScript(
          "localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", shopper);

      for (String slug : List.of(ring, scarf)) {
        assertThat(browser.open(SITE + "/product.html?slug=" + slug)).isEqualTo("ready");
        driver.findElement(By.id("add-to-cart")).click();
        browser.awaitReady(d -> !d.findElements(
            By.cssSelector("#add-to-cart-result a[href='/cart.html']")).isEmpty());
      }

      assertThat(browser.open(SITE + "/cart.html")).isEqualTo("ready");
      List<WebElement> lines = driver.findElements(By.cssSelector("#cart-lines .cart-line"));
      assertThat(lines).extracting(l -> l.getDomAttribute("data-sku"))
          .containsExactlyInAnyOrder(ringSku, scarfSku);
      assertThat(driver.findElements(By.cssSelector("#cart-lines .cart-shop"))).hasSize(2);

      driver.findElement(By.cssSelector("a#checkout-link")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/checkout.html"));
      PageChecks.type(browser, "ship-name", "Nguyễn Thị Hoa");
      PageChecks.type(browser, "ship-phone", "0912 345 678");
      PageChecks.type(browser, "ship-line1", "Số 5, thôn Đồng Xâm");
      new Select(driver.findElement(By.id("ship-province"))).selectByValue("33");
      browser.awaitReady(d -> d.findElement(By.id("ship-commune")).isEnabled());
      new Select(driver.findElement(By.id("ship-commune"))).selectByValue(TestOrders.TRA_GIANG);
      driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VNPAY']")).click();
      // the shopper sees each shop's fee and the total before ordering
      browser.awaitReady(d -> "ready".equals(d.findElement(By.id("checkout-quote")).getDomAttribute("data-state")));
      assertThat(driver.findElements(By.cssSelector("#checkout-quote .quote-shop"))).hasSize(2);
      assertThat(driver.findElement(By.id("place-order")).getText())
          .isEqualTo("Đặt hàng · " + driver.findElement(By.id("quote-total")).getText());
      driver.findElement(By.id("place-order")).click();

      // straight to the gateway: the VNPay simulator's page, showing what the signed URL says
      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?")
          && "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
      String reference = driver.findElement(By.id("vnpay-txn")).getText();
      String number = reference.substring(0, reference.lastIndexOf('-'));

      // the order waits for its payment, and the order page offers the way to pay it
      assertThat(browser.open(SITE + "/order.html?number=" + number)).isEqualTo("ready");
      assertThat(driver.findElement(By.id("order-status")).getDomAttribute("data-status")).isEqualTo("PENDING_PAYMENT");
      assertThat(driver.findElement(By.id("order-number")).getText()).isNotBlank();
      assertThat(driver.findElements(By.cssSelector("#shop-parts .shop-part"))).hasSize(2);

      driver.findElement(By.id("pay-now")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?")
          && "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
      new Select(driver.findElement(By.id("vnpay-bank"))).selectByValue("VCB");
      driver.findElement(By.id("vnpay-pay")).click();

      // back from the gateway: the result page follows the order until the IPN has paid it
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/payment-result.html")
          && "paid".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
      assertThat(driver.findElement(By.cssSelector("#payment-result h2")).getText()).isEqualTo("Đã thanh toán");
      assertThat(browser.open(SITE + "/order.html?number=" + number)).isEqualTo("ready");
      assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("Đã thanh toán");
      assertThat(driver.findElements(By.id("pay-now"))).isEmpty();
    }
  }
}
