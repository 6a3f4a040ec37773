package vn.langnghe.market.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** A shopper anywhere in Vietnam enters the delivery address on a phone, new or old. */
class AddressPickerBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);

  @Test
  void aShopperInHaNoiFindsPhuongBaDinhWithoutAccentsAndOrders() {
    String shopper = shopperWithACart("BADINH");
    try (Browser browser = atCheckout(shopper)) {
      WebDriver driver = browser.driver();
      type(driver, "ship-name", "Trần Văn Nam");
      type(driver, "ship-phone", "0987 654 321");
      type(driver, "ship-line1", "Số 12 phố Quán Thánh");

      new Select(driver.findElement(By.id("ship-province"))).selectByVisibleText("Thành phố Hà Nội");
      browser.awaitReady(d -> d.findElement(By.id("ship-commune-search")).isEnabled());
      type(driver, "ship-commune-search", "ba dinh");
      // Hà Nội's 126 communes narrow to the one whose name folds to "ba dinh", already chosen
      Select commune = new Select(driver.findElement(By.id("ship-commune")));
      assertThat(commune.getOptions()).filteredOn(o -> !o.getDomAttribute("value").isEmpty())
          .extracting(WebElement::getText).containsExactly("Phường Ba Đình");
      commune.selectByVisibleText("Phường Ba Đình");
      assertThat(commune.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("00004");
      assertThat(browser.consoleErrors()).isEmpty();

      driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VNPAY']")).click();
      driver.findElement(By.id("place-order")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?"));
    }
    String number = api.get("/api/orders", shopper).json().at("/items/0/orderNumber").asText();
    var order = api.get("/api/orders/" + number, shopper).json();
    assertThat(order.at("/shippingAddress/communeCode").asText()).isEqualTo("00004");
    assertThat(order.at("/shippingAddress/communeName").asText()).isEqualTo("Phường Ba Đình");
    // typed "0987 654 321": kept in one form
    assertThat(order.at("/shippingAddress/phone").asText()).isEqualTo("+84987654321");
  }

  @Test
  void anOldAddressOffersTheCommuneItWentInto() {
    String shopper = shopperWithACart("OLDADDR");
    try (Browser browser = atCheckout(shopper)) {
      WebDriver driver = browser.driver();

      driver.findElement(By.cssSelector("#ship-old-address > summary")).click();
      type(driver, "ship-old-address-q", "Hong Thai, Kien Xuong");
      driver.findElement(By.id("ship-old-address-find")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#ship-old-address-results button[data-code='13093']")).isEmpty());
      WebElement traGiang = driver.findElement(By.cssSelector("#ship-old-address-results button[data-code='13093']"));
      assertThat(traGiang.getText()).contains("Xã Trà Giang, Tỉnh Hưng Yên").contains("Xã Hồng Thái, Huyện Kiến Xương");
      traGiang.click();

      browser.awaitReady(d -> "13093".equals(new Select(d.findElement(By.id("ship-commune")))
          .getFirstSelectedOption().getDomAttribute("value")));
      assertThat(new Select(driver.findElement(By.id("ship-province"))).getFirstSelectedOption().getText())
          .isEqualTo("Tỉnh Hưng Yên");
      assertThat(new Select(driver.findElement(By.id("ship-commune"))).getFirstSelectedOption().getText())
          .isEqualTo("Xã Trà Giang");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static String shopperWithACart(String prefix) {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku(prefix);
    shops.product(silversmith, sku, 5, 1_250_000, "Nhẫn bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", prefix.toLowerCase(java.util.Locale.ROOT));
    assertThat(api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper).status()).isIn(200, 201);
    return shopper;
  }

  /** A phone-sized browser signed in as the shopper, on the checkout page. */
  private static Browser atCheckout(String shopper) {
    Browser browser = new Browser();
    try {
      browser.signIn(shopper);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

}
