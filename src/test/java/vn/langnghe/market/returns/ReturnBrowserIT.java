package vn.langnghe.market.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** On a phone: a buyer asks to return one piece with a photo, the artisan accepts and receives it, the buyer sees the refund. */
class ReturnBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void aBuyerAsksAReturnTheArtisanAcceptsAndTheBuyerSeesTheRefund() throws Exception {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String shopper = api.newAccount("SHOPPER", "return-phone");
    String vase = TestShops.sku("BV");
    String cup = TestShops.sku("BC");
    shops.product(artisan, vase, 3, 820_000, "Bình bạc chạm hoa");
    shops.product(artisan, cup, 3, 310_000, "Chén bạc");
    Api.Reply checkout = orders.placed(shopper, List.of(line(vase, 1), line(cup, 2)));
    String url = checkout.json().at("/payment/redirectUrl").asText();
    assertThat(api.post("/api/sandbox/vnpay/payment?" + url.substring(url.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", true), null).status()).isEqualTo(200);
    String number = checkout.json().get("orderNumber").asText();
    long part = orders.detail(shopper, number).get("shopOrders").get(0).get("id").asLong();
    for (Object[] step : List.<Object[]>of(new Object[] {"confirm", Map.of()},
        new Object[] {"ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP55501234")},
        new Object[] {"deliver", Map.of()})) {
      assertThat(api.post("/api/my/orders/" + part + "/" + step[0], step[1], artisan.token()).status()).isEqualTo(200);
    }
    // the test server's return window is 5 s: the parcel arrived "now" as far as this test goes
    TestDatabase.update("UPDATE order_status_change SET changed_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR"
        + " WHERE shop_order_id = ? AND to_status = 'DELIVERED'", part);
    Path photo = Files.createTempFile("chen-vo", ".png");
    Files.write(photo, TestImages.png(640, 480));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, shopper);
      assertThat(browser.open(TestSite.base() + "/order.html?number=" + number)).isEqualTo("ready");
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".ask-return[data-part='" + part + "']")).isEmpty());
      driver.findElement(By.cssSelector(".ask-return[data-part='" + part + "']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("form.return-form")).isEmpty());
      WebElement form = driver.findElement(By.cssSelector("form.return-form"));
      form.findElement(By.cssSelector("input[name='line'][value='" + cup + "']")).click();
      WebElement quantity = form.findElement(By.name("qty-" + cup));
      quantity.clear();
      quantity.sendKeys("1");
      new Select(form.findElement(By.name("reason"))).selectByValue("DAMAGED");
      form.findElement(By.name("text")).sendKeys("Chén bị nứt ở miệng");
      form.findElement(By.name("photo")).sendKeys(photo.toAbsolutePath().toString());
      browser.awaitReady(d -> !d.findElements(By.cssSelector("form.return-form .return-photos img")).isEmpty());
      form.findElement(By.cssSelector("button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".return-card[data-status='REQUESTED']")).isEmpty());
      assertThat(driver.findElement(By.cssSelector(".return-card")).getText()).contains("Chén bạc").contains("310.000");
      assertThat(driver.findElements(By.cssSelector(".return-card .return-photos img"))).hasSize(1);
      // the private photo is shown (fetched with the buyer's token), not the placeholder
      browser.awaitReady(d -> String.valueOf(d.findElement(By.cssSelector(".return-card .return-photos img"))
          .getDomProperty("src")).startsWith("blob:"));

      // the artisan, on the same phone, accepts and later says the piece came back (fit to sell)
      PageChecks.signIn(browser, artisan.token());
      assertThat(browser.open(TestSite.base() + "/shop-orders.html")).isEqualTo("ready");
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#shop-returns .accept-return")).isEmpty());
      driver.findElement(By.cssSelector("#shop-returns .accept-return")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#shop-returns form.received-form")).isEmpty());
      driver.findElement(By.cssSelector("#shop-returns form.received-form button[type='submit']")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#shop-returns .return-card[data-status='REFUNDED']")).isEmpty());

      // the buyer sees the refund of exactly the cup, once the gateway has made it
      PageChecks.signIn(browser, shopper);
      assertThat(browser.open(TestSite.base() + "/order.html?number=" + number)).isEqualTo("ready");
      browser.awaitReady(d -> !d.findElements(By.cssSelector(".return-card[data-refund='SUCCEEDED']")).isEmpty());
      String refund = driver.findElement(By.cssSelector(".return-card .return-refund")).getText();
      assertThat(refund).contains("Đã hoàn tiền").contains("310.000");
      assertThat(PageChecks.englishWords(driver.findElement(By.id("order-returns")).getText())).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
    assertThat(TestDatabase.onHand(cup)).isEqualTo(2);
  }
}
