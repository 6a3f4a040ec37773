package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.PageChecks.js;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The VietQR bank-transfer step of an unpaid order, on a phone. */
class VietQrStepBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static TestShops.Artisan silversmith;
  static String shopper;

  @BeforeAll
  static void aShop() {
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    shopper = api.newAccount("SHOPPER", "vietqr-page");
  }

  /** An unpaid bank-transfer order; answers its number. */
  static String unpaidOrder() {
    String sku = TestShops.sku("QR");
    shops.product(silversmith, sku, 3, 1_250_000, "Khay bạc chạm hoa");
    Api.Reply placed = orders.placed(shopper, List.of(TestOrders.line(sku, 1)), "VIETQR");
    return placed.json().get("orderNumber").asText();
  }

  static Browser transferStep(String number) {
    Browser browser = new Browser();
    try {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, shopper);
      assertThat(browser.open(TestSite.base() + "/order.html?number=" + number)).isEqualTo("ready");
      assertThat(browser.driver().findElements(By.id("vietqr-transfer"))).hasSize(1);
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  @Test
  void theTransferStepIsInVietnamese() {
    try (Browser browser = transferStep(unpaidOrder())) {
      String text = browser.driver().findElement(By.id("vietqr-transfer")).getText();
      assertThat(text).doesNotContain("Scan with your banking app");
      assertThat(PageChecks.englishWords(text)).as(text).isEmpty();
    }
  }

  @Test
  void theAccountAmountAndMemoCanBeCopiedAndTheQrSaved() {
    String number = unpaidOrder();
    long total = orders.detail(shopper, number).get("totalVnd").asLong();
    try (Browser browser = transferStep(number)) {
      PageChecks.allowClipboard(browser);
      WebDriver driver = browser.driver();
      String account = driver.findElement(By.id("vietqr-account")).getText().trim();
      String memo = driver.findElement(By.id("vietqr-memo")).getText().trim();
      assertThat(account).isNotBlank();
      assertThat(memo).isNotBlank();

      Map<String, String> expected = Map.of(
          "copy-account", account, "copy-amount", Long.toString(total), "copy-memo", memo);
      for (Map.Entry<String, String> copy : expected.entrySet()) {
        WebElement button = driver.findElement(By.id(copy.getKey()));
        assertThat(button.getText()).startsWith("Sao chép");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(d -> d.findElement(By.id(copy.getKey())).getText().startsWith("Đã chép"));
        Object copied = ((JavascriptExecutor) driver).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, (e) => done('unreadable: ' + e))");
        assertThat(copied).as(copy.getKey()).isEqualTo(copy.getValue());
      }

      WebElement save = driver.findElement(By.id("save-qr"));
      assertThat(save.getText()).isEqualTo("Lưu mã QR");
      assertThat(save.getDomAttribute("download")).endsWith(".png");
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("save-qr")).getDomAttribute("href") != null);
      // the link saves the very picture on screen: the QR image decoded from that address (the
      // Content-Security-Policy lets images, not scripts, read blob: addresses)
      Object shown = js(browser, """
          const href = document.getElementById('save-qr').href;
          const img = [...document.images].find((i) => i.src === href);
          return href.startsWith('blob:') && img && img.complete ? img.naturalWidth : 0;""");
      assertThat(((Number) shown).intValue()).as("width of the QR picture the link saves").isGreaterThan(100);
      assertThat(js(browser, "return document.getElementById('save-qr').hidden")).isEqualTo(false);
    }
  }
}
