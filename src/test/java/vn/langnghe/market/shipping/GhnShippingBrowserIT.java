package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * On a phone: the artisan presses "Gửi hàng qua GHN", sees GHN's code and opens its label; the
 * shopper's order page follows the carrier's statuses and links GHN's tracking page.
 */
class GhnShippingBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void theArtisanShipsThroughGhnAndTheShopperFollowsTheParcel() {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String shopper = api.newAccount("SHOPPER", "ghn-browser");
    String admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
    Api.Reply placed = orders.paidPiece(shops, weaver, shopper, 620_000, "Khăn lụa tơ tằm Nam Cao");
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().at("/shopOrders/0/id").asLong();
    assertThat(api.post("/api/my/orders/" + part + "/confirm", Map.of(), weaver.token()).status()).isEqualTo(200);

    String code;
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, weaver.token());
      assertThat(browser.open(TestSite.base() + "/shop-orders.html?status=CONFIRMED")).isEqualTo("ready");
      String item = ".shop-order[data-id='" + part + "'] ";
      // GHN down: the artisan is told so in Vietnamese, and pressing again later works
      try {
        assertThat(api.post("/api/sandbox/ghn/fault", Map.of("mode", "ERROR"), admin).status()).isEqualTo(200);
        driver.findElement(By.cssSelector(item + ".act-ship-ghn")).click();
        browser.awaitReady(d -> d.findElement(By.cssSelector(item + ".part-message")).getText().contains("GHN chưa phản hồi"));
        assertThat(browser.consoleErrors()).as("only the expected refusal")
            .allMatch(m -> m.contains("/ship") && m.contains("503"));
      } finally {
        api.post("/api/sandbox/ghn/fault", Map.of("mode", "NONE"), admin);
      }
      driver.findElement(By.cssSelector(item + ".act-ship-ghn")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".shop-order[data-id='" + part + "'][data-status='SHIPPED']")).isEmpty());
      code = driver.findElement(By.cssSelector(item + ".tracking-code")).getText();
      assertThat(code).matches("[A-Z0-9]{8}");
      assertThat(driver.findElement(By.cssSelector(item + ".tracking")).getText()).contains("GHN").contains("Chờ lấy hàng");

      driver.findElement(By.cssSelector(item + ".act-label")).click();
      browser.awaitReady(d -> !d.findElements(By.id("shipping-label")).isEmpty());
      WebElement label = driver.findElement(By.id("shipping-label"));
      assertThat(label.getDomAttribute("data-code")).isEqualTo(code);
      assertThat(label.getText()).contains(code).contains("Khăn lụa tơ tằm Nam Cao").contains("Nguyễn Thị Hoa")
          .contains("Thu hộ (COD)").contains("0 ₫");
      assertThat(driver.findElements(By.cssSelector("#label-barcode rect"))).hasSizeGreaterThan(10);
      assertThat(driver.findElement(By.id("print-label")).isDisplayed()).isTrue();
      assertThat(PageChecks.englishWords(label.getText())).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }

    // GHN picks the parcel up and is on its way
    Api.Reply moved = api.post("/api/sandbox/ghn/orders/" + code + "/advance", Map.of("to", "delivering"), null);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, shopper);
      assertThat(browser.open(TestSite.base() + "/order.html?number=" + number)).isEqualTo("ready");
      WebElement parcel = driver.findElement(By.cssSelector(".shop-part .parcel"));
      assertThat(parcel.getDomAttribute("data-status")).isEqualTo("delivering");
      assertThat(parcel.getText()).contains("Đang giao hàng").contains("Đã lấy hàng").contains("Chờ lấy hàng");
      ArrayList<String> steps = new ArrayList<>();
      driver.findElements(By.cssSelector(".parcel-steps li")).forEach(li -> steps.add(li.getDomAttribute("data-step")));
      assertThat(steps).as("newest first").containsExactly("delivering", "picked", "picking", "ready_to_pick");
      WebElement link = driver.findElement(By.cssSelector(".shop-part .tracking-link"));
      assertThat(link.getDomAttribute("href")).isEqualTo("https://donhang.ghn.vn/?order_code=" + code);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}
