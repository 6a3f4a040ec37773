package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
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

/** On a phone: "Mua ngay" past the cart, a saved address chosen at checkout, "Đã nhận hàng" and the order tabs. */
class BuyNowAndSavedAddressBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  private static long saved(String token, String name, String phone, String commune, boolean isDefault) {
    Map<String, Object> body = new HashMap<>(Map.of("name", name, "phone", phone,
        "line1", "Số 8, ngõ Chùa", "communeCode", commune));
    body.put("isDefault", isDefault);
    Api.Reply reply = api.post("/api/my/addresses", body, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  /** Places the order with VietQR, which stays on the site: answers its number from the order page. */
  private static String placeWithVietQr(Browser browser) {
    WebDriver driver = browser.driver();
    driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VIETQR']")).click();
    driver.findElement(By.id("place-order")).click();
    browser.awaitReady(d -> d.getCurrentUrl().contains("/order.html?number="));
    return driver.findElement(By.id("order-number")).getText();
  }

  @Test
  void buyNowTakesThatOneLineToCheckoutAndLeavesTheCartAlone() {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String cartSku = TestShops.sku("INCART");
    String buySku = TestShops.sku("BUYNOW");
    shops.product(weaver, cartSku, 5, 180_000, "Khăn đũi trong giỏ");
    String productId = shops.product(weaver, buySku, 5, 450_000, "Khăn đũi mua ngay");
    String slug = api.get("/api/products/" + productId).json().get("slug").asText();
    String shopper = api.newAccount("SHOPPER", "buy-now");
    assertThat(api.post("/api/cart/lines", Map.of("sku", cartSku, "quantity", 1), shopper).status()).isEqualTo(200);
    saved(shopper, "Đỗ Minh Anh", "0988 123 456", TestOrders.TRA_GIANG, true);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.signIn(browser, shopper);
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(SITE + "/product.html?slug=" + slug)).isEqualTo("ready");
      WebElement quantity = driver.findElement(By.id("add-quantity"));
      quantity.clear();
      quantity.sendKeys("2");
      driver.findElement(By.id("buy-now")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/checkout.html?"));
      List<WebElement> lines = driver.findElements(By.cssSelector("#checkout-summary li[data-sku]"));
      assertThat(lines).extracting(l -> l.getDomAttribute("data-sku")).containsExactly(buySku);
      assertThat(lines.get(0).getText()).contains("2 × 450.000");
      String number = placeWithVietQr(browser);

      JsonNode order = orders.detail(shopper, number);
      assertThat(order.get("shopOrders")).hasSize(1);
      JsonNode line = order.at("/shopOrders/0/lines/0");
      assertThat(line.get("sku").asText()).isEqualTo(buySku);
      assertThat(line.get("quantity").asInt()).isEqualTo(2);
      assertThat(order.at("/shopOrders/0/lines")).hasSize(1);
    }
    JsonNode cart = api.get("/api/cart", shopper).json();
    assertThat(cart.get("lines")).extracting(l -> l.get("sku").asText()).containsExactly(cartSku);
  }

  @Test
  void aSavedAddressIsChosenAtCheckoutAndANewOneCanBeSaved() {
    TestShops.Artisan silver = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("SAVED");
    shops.product(silver, sku, 5, 900_000, "Hộp bạc chạm rồng");
    String shopper = api.newAccount("SHOPPER", "saved-address");
    long home = saved(shopper, "Vũ Thị Lan", "0912 345 678", TestOrders.TRA_GIANG, false);
    long parents = saved(shopper, "Vũ Văn Hùng", "(0227) 383 1234", TestOrders.LE_LOI, true);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.signIn(browser, shopper);
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper).status()).isEqualTo(200);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      WebElement byDefault = driver.findElement(By.cssSelector("#saved-addresses input[value='" + parents + "']"));
      assertThat(byDefault.isSelected()).as("the default is preselected").isTrue();
      browser.awaitReady(d -> d.findElement(By.id("ship-phone")).getDomProperty("value").equals("+842273831234"));
      driver.findElement(By.cssSelector("#saved-addresses input[value='" + home + "']")).click();
      browser.awaitReady(d -> d.findElement(By.id("ship-name")).getDomProperty("value").equals("Vũ Thị Lan"));
      // the saved address's province loads its communes, then its commune is chosen
      browser.awaitReady(d -> TestOrders.TRA_GIANG.equals(
          new Select(d.findElement(By.id("ship-commune"))).getFirstSelectedOption().getDomAttribute("value")));
      String number = placeWithVietQr(browser);
      JsonNode address = orders.detail(shopper, number).get("shippingAddress");
      assertThat(address.get("name").asText()).isEqualTo("Vũ Thị Lan");
      assertThat(address.get("phone").asText()).isEqualTo("+84912345678");

      // another order to a new address, kept in the address book on the way
      assertThat(api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper).status()).isEqualTo(200);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      driver.findElement(By.cssSelector("#saved-addresses input[value='new']")).click();
      browser.awaitReady(d -> d.findElement(By.id("ship-phone")).getDomProperty("value").isEmpty());
      driver.findElement(By.id("ship-name")).clear();
      driver.findElement(By.id("ship-name")).sendKeys("Công ty Gốm Hoa");
      driver.findElement(By.id("ship-phone")).sendKeys("0389.123.456");
      driver.findElement(By.id("ship-line1")).sendKeys("Số 1, phố Hiến");
      PageChecks.chooseCommune(browser, "ship", "33", TestOrders.LE_LOI);
      WebElement save = driver.findElement(By.id("save-address"));
      if (!save.isSelected()) {
        save.click();
      }
      placeWithVietQr(browser);
    }
    JsonNode book = api.get("/api/my/addresses", shopper).json();
    assertThat(book).extracting(a -> a.get("name").asText())
        .containsExactly("Vũ Văn Hùng", "Vũ Thị Lan", "Công ty Gốm Hoa");
    assertThat(book.get(2).get("phone").asText()).isEqualTo("+84389123456");
  }

  @Test
  void theShopperConfirmsReceiptAndFindsTheOrderUnderItsTab() {
    TestShops.Artisan smith = shops.artisanWithApprovedShop("an-tiem-ren");
    String shopper = api.newAccount("SHOPPER", "receipt");
    Api.Reply placed = orders.paidPiece(shops, smith, shopper, 280_000, "Kéo rèn An Tiêm");
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().get("shopOrders").get(0).get("id").asLong();
    String unpaid = orders.unpaidPiece(shops, smith, shopper);
    for (String step : List.of("confirm", "ship")) {
      Object body = step.equals("ship") ? Map.of("carrier", "VNPost", "trackingCode", "EB123456789VN") : Map.of();
      assertThat(api.post("/api/my/orders/" + part + "/" + step, body, smith.token()).status()).isEqualTo(200);
    }

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.signIn(browser, shopper);
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(SITE + "/orders.html")).isEqualTo("ready");
      driver.findElement(By.cssSelector("#order-tabs a[data-status='SHIPPING']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("status=SHIPPING"));
      assertThat(driver.findElements(By.cssSelector("#order-list .order-summary")))
          .extracting(o -> o.getDomAttribute("data-number")).containsExactly(number);

      assertThat(browser.open(SITE + "/order.html?number=" + number)).isEqualTo("ready");
      driver.findElement(By.id("confirm-received")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
      browser.awaitReady(d -> "COMPLETED".equals(d.findElement(By.id("order-status")).getDomAttribute("data-status")));
      assertThat(driver.findElements(By.id("confirm-received"))).isEmpty();

      assertThat(browser.open(SITE + "/orders.html?status=COMPLETED")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector("#order-list .order-summary")))
          .extracting(o -> o.getDomAttribute("data-number")).containsExactly(number);
      assertThat(browser.open(SITE + "/orders.html?status=PENDING_PAYMENT")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector("#order-list .order-summary")))
          .extracting(o -> o.getDomAttribute("data-number")).containsExactly(unpaid);
    }
  }
}
