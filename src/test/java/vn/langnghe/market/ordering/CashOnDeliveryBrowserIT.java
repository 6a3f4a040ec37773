package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Cash on delivery on a phone-sized window: checking out with it, the order page saying what to
 * pay the courier, the artisan seeing what to collect, and the option held back (with its reason)
 * for a workshop that refuses it.
 */
class CashOnDeliveryBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);

  @Test
  void aShopperOnAPhoneChecksOutWithCashOnDelivery() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String shopper = shopperWithAPieceOf(silversmith, 650_000, "Vòng bạc trơn");

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      browser.signIn(shopper);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      type(driver, "ship-name", "Trần Văn Nam");
      type(driver, "ship-phone", "0987 654 321");
      type(driver, "ship-line1", "Số 12, thôn Đồng Xâm");
      PageChecks.chooseCommune(browser, "ship", "33", TestOrders.TRA_GIANG);
      WebElement cod = driver.findElement(By.cssSelector("input[name='paymentMethod'][value='COD']"));
      assertThat(cod.isEnabled()).isTrue();
      cod.click();
      driver.findElement(By.id("place-order")).click();

      // no gateway: straight to the order page, which says what to hand the courier
      browser.awaitReady(d -> d.getCurrentUrl().contains("/order.html?number=")
          && !d.findElements(By.id("cod-panel")).isEmpty());
      String number = driver.getCurrentUrl().replaceAll(".*number=", "");
      JsonNode order = api.get("/api/orders/" + number, shopper).json();
      assertThat(order.get("paymentMethod").asText()).isEqualTo("COD");
      assertThat(driver.findElement(By.id("order-status")).getDomAttribute("data-status")).isEqualTo("CASH_ON_DELIVERY");
      assertThat(driver.findElement(By.id("payment-method")).getText()).isEqualTo("Thanh toán khi nhận hàng");
      assertThat(driver.findElement(By.id("cod-due")).getText().replaceAll("[^0-9]", ""))
          .isEqualTo(order.get("totalVnd").asText());
      assertThat(driver.findElements(By.id("payment-countdown"))).as("nothing expires").isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();

      // the workshop sees the cash its courier collects
      browser.signIn(silversmith.token());
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      long partId = order.at("/shopOrders/0/id").asLong();
      WebElement part = driver.findElement(By.cssSelector(".shop-order[data-id='" + partId + "']"));
      assertThat(part.getDomAttribute("data-status")).isEqualTo("CASH_ON_DELIVERY");
      assertThat(part.findElement(By.cssSelector(".cod-collect dd")).getText().replaceAll("[^0-9]", ""))
          .isEqualTo(order.get("totalVnd").asText());
      assertThat(part.findElements(By.cssSelector(".act-confirm"))).hasSize(1);
    }
  }

  @Test
  void cashOnDeliveryIsHeldBackWithItsReasonWhenAWorkshopRefusesIt() {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    JsonNode mine = api.get("/api/my/shop", weaver.token()).json();
    Api.Reply refused = api.put("/api/my/shop", Map.of("name", mine.get("name").asText(),
        "villageSlug", "nam-cao-det-dui", "acceptsCod", false), weaver.token());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    String shopper = shopperWithAPieceOf(weaver, 450_000, "Khăn đũi Nam Cao");

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      browser.signIn(shopper);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      assertThat(driver.findElement(By.cssSelector("input[name='paymentMethod'][value='COD']")).isEnabled()).isFalse();
      assertThat(driver.findElement(By.id("pay-hint-COD")).getText())
          .contains(mine.get("name").asText()).contains("không nhận thanh toán khi nhận hàng");
      assertThat(driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VNPAY']")).isEnabled()).isTrue();
    }
  }

  /** A new shopper with one piece of a new product of the workshop in the cart; answers the token. */
  private static String shopperWithAPieceOf(TestShops.Artisan artisan, long priceVnd, String title) {
    String sku = TestShops.sku("CODB");
    shops.product(artisan, sku, 4, priceVnd, title);
    String shopper = api.newAccount("SHOPPER", "cod-browser");
    Api.Reply added = api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper);
    assertThat(added.status()).as(added.toString()).isLessThan(300);
    return shopper;
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
