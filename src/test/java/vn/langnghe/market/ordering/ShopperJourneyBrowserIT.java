package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The whole journey on phones, through the pages only: a new shopper in Hà Nội orders from Đồng Xâm
 * with cash on delivery, keeps the address, orders again to it with VNPay; the artisan ships both
 * through GHN and prints a label; GHN delivers; the shopper follows the parcel and confirms receipt.
 * The API only sets up the shop and its products and plays the carrier.
 */
class ShopperJourneyBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);
  static final String BA_DINH = "00004";

  @Test
  void aShopperInHaNoiOrdersTwiceAndTheArtisanShipsThroughGhn() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String ring = shops.slug(shops.product(silversmith, TestShops.sku("JRING"), 5, 1_250_000, "Nhẫn bạc chạm hoa sen"));
    String bowl = shops.slug(shops.product(silversmith, TestShops.sku("JBOWL"), 5, 2_100_000, "Bát bạc chạm rồng"));
    String shopper = api.newAccount("SHOPPER", "journey");

    String codOrder;
    String vnpayOrder;
    try (Browser browser = onAPhone(shopper)) {
      WebDriver driver = browser.driver();

      // 1. to a Hà Nội address, the address kept, the quote read before ordering, cash on delivery
      addToCart(browser, ring);
      driver.findElement(By.cssSelector("#add-to-cart-result a[href='/cart.html']")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/cart.html"));
      driver.findElement(By.cssSelector("a#checkout-link")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/checkout.html"));
      assertThat(driver.findElements(By.id("saved-addresses"))).as("nothing saved yet").isEmpty();
      PageChecks.type(browser, "ship-name", "Trần Văn Nam");
      PageChecks.type(browser, "ship-phone", "0912 345 678");
      PageChecks.type(browser, "ship-line1", "Số 12 phố Quán Thánh");
      new Select(driver.findElement(By.id("ship-province"))).selectByVisibleText("Thành phố Hà Nội");
      browser.awaitReady(d -> d.findElement(By.id("ship-commune-search")).isEnabled());
      PageChecks.type(browser, "ship-commune-search", "ba dinh");
      new Select(driver.findElement(By.id("ship-commune"))).selectByVisibleText("Phường Ba Đình");
      assertThat(driver.findElement(By.id("save-address")).isSelected()).as("kept by default").isTrue();
      driver.findElement(By.cssSelector("input[name='paymentMethod'][value='COD']")).click();

      browser.awaitReady(d -> "ready".equals(d.findElement(By.id("checkout-quote")).getDomAttribute("data-state")));
      WebElement quote = driver.findElement(By.cssSelector(
          "#checkout-quote .quote-shop[data-shop-slug='" + silversmith.shopSlug() + "']"));
      long fee = vnd(quote.findElement(By.className("quote-shipping")).getText());
      assertThat(fee).isPositive();
      assertThat(quote.findElement(By.className("quote-carrier")).getText()).isEqualTo("GHN");
      assertThat(quote.findElement(By.className("quote-eta")).getText()).matches("khoảng \\d+ ngày");
      long quotedTotal = vnd(driver.findElement(By.id("quote-total")).getText());
      assertThat(quotedTotal).isEqualTo(1_250_000 + fee);
      assertThat(driver.findElement(By.id("place-order")).getText()).endsWith(driver.findElement(By.id("quote-total")).getText());
      assertVietnamese(driver);
      assertThat(browser.consoleErrors()).isEmpty();
      driver.findElement(By.id("place-order")).click();

      browser.awaitReady(d -> d.getCurrentUrl().contains("/order.html?number=") && !d.findElements(By.id("cod-panel")).isEmpty());
      codOrder = driver.findElement(By.id("order-number")).getText();
      assertThat(driver.findElement(By.id("payment-method")).getText()).isEqualTo("Thanh toán khi nhận hàng");
      assertThat(vnd(driver.findElement(By.id("cod-due")).getText())).as("what the courier collects").isEqualTo(quotedTotal);
      assertThat(vnd(driver.findElement(By.id("order-total")).getText())).isEqualTo(quotedTotal);
      assertThat(driver.findElement(By.id("order-address")).getText()).contains("Phường Ba Đình").contains("Thành phố Hà Nội")
          .contains("+84912345678");
      assertVietnamese(driver);
      assertThat(browser.consoleErrors()).isEmpty();

      // 2. again, to the kept address (offered first), paid through VNPay's sandbox page
      addToCart(browser, bowl);
      assertThat(browser.open(SITE + "/checkout.html")).isEqualTo("ready");
      List<WebElement> offered = driver.findElements(By.cssSelector("#saved-addresses input[name='savedAddress']"));
      assertThat(offered).hasSize(2);
      WebElement kept = offered.get(0);
      assertThat(kept.isSelected()).as("the kept address is preselected").isTrue();
      assertThat(driver.findElement(By.id("saved-addresses")).getText()).contains("Trần Văn Nam").contains("Phường Ba Đình");
      browser.awaitReady(d -> BA_DINH.equals(new Select(d.findElement(By.id("ship-commune")))
          .getFirstSelectedOption().getDomAttribute("value")));
      assertThat(driver.findElement(By.id("ship-phone")).getDomProperty("value")).isEqualTo("+84912345678");
      driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VNPAY']")).click();
      browser.awaitReady(d -> "ready".equals(d.findElement(By.id("checkout-quote")).getDomAttribute("data-state")));
      long secondTotal = vnd(driver.findElement(By.id("quote-total")).getText());
      assertThat(secondTotal).isGreaterThan(2_100_000);
      assertThat(browser.consoleErrors()).isEmpty();
      driver.findElement(By.id("place-order")).click();

      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?"));
      String reference = driver.findElement(By.id("vnpay-txn")).getText();
      vnpayOrder = reference.substring(0, reference.lastIndexOf('-'));
      new Select(driver.findElement(By.id("vnpay-bank"))).selectByValue("VCB");
      driver.findElement(By.id("vnpay-pay")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/payment-result.html")
          && "paid".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
      assertThat(browser.open(SITE + "/order.html?number=" + vnpayOrder)).isEqualTo("ready");
      assertThat(driver.findElement(By.id("order-status")).getDomAttribute("data-status")).isEqualTo("PAID");
      assertThat(driver.findElement(By.id("payment-method")).getText()).isEqualTo("VNPay");
      assertThat(vnd(driver.findElement(By.id("order-total")).getText())).isEqualTo(secondTotal);
      assertThat(driver.findElement(By.id("order-address")).getText()).contains("Phường Ba Đình");
      assertVietnamese(driver);
      assertThat(browser.consoleErrors()).isEmpty();
    }
    assertThat(api.get("/api/my/addresses", shopper).json()).as("kept once").hasSize(1);

    // 3. the artisan, on a phone, confirms both and ships them through GHN
    Map<String, String> codes = new java.util.LinkedHashMap<>();
    try (Browser browser = onAPhone(silversmith.token())) {
      WebDriver driver = browser.driver();
      assertThat(browser.open(SITE + "/shop-orders.html")).isEqualTo("ready");
      for (String number : List.of(codOrder, vnpayOrder)) {
        String item = ".shop-order[data-id='" + partOf(shopper, number) + "']";
        driver.findElement(By.cssSelector(item + " .act-confirm")).click();
        browser.awaitReady(d -> !d.findElements(By.cssSelector(item + "[data-status='CONFIRMED'] .act-ship-ghn")).isEmpty());
        driver.findElement(By.cssSelector(item + " .act-ship-ghn")).click();
        browser.awaitReady(d -> !d.findElements(By.cssSelector(item + "[data-status='SHIPPED']")).isEmpty());
        String code = driver.findElement(By.cssSelector(item + " .tracking-code")).getText();
        assertThat(code).matches("[A-Z0-9]{8}");
        assertThat(driver.findElement(By.cssSelector(item + " .tracking")).getText()).contains("GHN").contains("Chờ lấy hàng");
        codes.put(number, code);
      }
      assertVietnamese(driver);
      assertThat(browser.consoleErrors()).isEmpty();

      // the label of the cash parcel says what GHN collects
      String item = ".shop-order[data-id='" + partOf(shopper, codOrder) + "']";
      driver.findElement(By.cssSelector(item + " .act-label")).click();
      browser.awaitReady(d -> !d.findElements(By.id("shipping-label")).isEmpty());
      WebElement label = driver.findElement(By.id("shipping-label"));
      assertThat(label.getDomAttribute("data-code")).isEqualTo(codes.get(codOrder));
      assertThat(label.getText()).contains("Nhẫn bạc chạm hoa sen").contains("Trần Văn Nam").contains("Phường Ba Đình")
          .contains("Thu hộ (COD)");
      assertThat(label.getText().replace(".", "")).contains(String.valueOf(quotedTotalOf(shopper, codOrder)));
      assertThat(driver.findElement(By.id("print-label")).isDisplayed()).isTrue();
      assertThat(PageChecks.englishWords(label.getText())).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }

    // 4. GHN delivers each parcel, and the shopper confirms it at once: an order nobody confirms
    // completes by itself (after 6 s in the tests), so the second must not be delivered early
    try (Browser browser = onAPhone(shopper)) {
      WebDriver driver = browser.driver();
      for (String number : List.of(codOrder, vnpayOrder)) {
        Api.Reply moved = api.post("/api/sandbox/ghn/orders/" + codes.get(number) + "/advance",
            Map.of("to", "delivered"), null);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(browser.open(SITE + "/order.html?number=" + number)).isEqualTo("ready");
        WebElement parcel = driver.findElement(By.cssSelector(".shop-part .parcel"));
        assertThat(parcel.getDomAttribute("data-status")).isEqualTo("delivered");
        assertThat(parcel.getText()).contains("Đã giao hàng").contains("Đang giao hàng").contains("Đã lấy hàng")
            .contains("Chờ lấy hàng");
        List<String> steps = new ArrayList<>();
        driver.findElements(By.cssSelector(".parcel-steps li")).forEach(li -> steps.add(li.getDomAttribute("data-step")));
        assertThat(steps).as(number + ", newest first").startsWith("delivered").contains("ready_to_pick");
        assertThat(driver.findElement(By.cssSelector(".shop-part .tracking-link")).getDomAttribute("href"))
            .isEqualTo("https://donhang.ghn.vn/?order_code=" + codes.get(number));
        assertVietnamese(driver);

        driver.findElement(By.id("confirm-received")).click();
        browser.awaitReady(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
        browser.awaitReady(d -> "COMPLETED".equals(d.findElement(By.id("order-status")).getDomAttribute("data-status")));
        assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("Hoàn thành");
        assertThat(driver.findElements(By.id("confirm-received"))).isEmpty();
        assertThat(browser.consoleErrors()).as(number).isEmpty();
      }
      assertThat(browser.open(SITE + "/orders.html?status=COMPLETED")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector("#order-list .order-summary")))
          .extracting(o -> o.getDomAttribute("data-number")).containsExactlyInAnyOrder(codOrder, vnpayOrder);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** A phone-sized browser signed in with the token. */
  private static Browser onAPhone(String token) {
    Browser browser = new Browser();
    try {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, token);
      return browser;
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
  }

  /** Opens the product's page and puts one piece in the cart with its button. */
  private static void addToCart(Browser browser, String slug) {
    assertThat(browser.open(SITE + "/product.html?slug=" + slug)).isEqualTo("ready");
    browser.driver().findElement(By.id("add-to-cart")).click();
    browser.awaitReady(d -> !d.findElements(By.cssSelector("#add-to-cart-result a[href='/cart.html']")).isEmpty());
  }

  /** No English left on the page's main part. */
  private static void assertVietnamese(WebDriver driver) {
    String text = driver.findElement(By.tagName("main")).getText();
    assertThat(PageChecks.englishWords(text)).as(driver.getCurrentUrl() + ": " + text).isEmpty();
  }

  private static long partOf(String shopper, String number) {
    return api.get("/api/orders/" + number, shopper).json().at("/shopOrders/0/id").asLong();
  }

  private static long quotedTotalOf(String shopper, String number) {
    JsonNode order = api.get("/api/orders/" + number, shopper).json();
    return order.get("totalVnd").asLong();
  }

  private static long vnd(String shown) {
    return Long.parseLong(shown.replaceAll("[^0-9]", ""));
  }
}
