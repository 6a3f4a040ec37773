package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** The trade officer's dashboard in a phone-sized browser: figures, charts, another period, an export. */
class ReportsBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void anOfficerSeesTheFiguresAndChartsChangesThePeriodAndExportsTheSales() {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("RING");
    shops.product(silversmith, sku, 5, 1_250_000, "Nhẫn bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", "reports");
    orders.pay(orders.placed(shopper, List.of(TestOrders.line(sku, 1))));
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat(browser.open(SITE + "/")).isEqualTo("ready");
      js.executeScript("localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", officer);

      assertThat(browser.open(SITE + "/reports.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector(".kpi-card"))).hasSizeGreaterThanOrEqualTo(8);
      // the order paid above is in the last 30 days: the GMV is at least its ring
      String gmv = driver.findElement(By.cssSelector("#kpi-gmv .kpi-value")).getText();
      assertThat(Long.parseLong(gmv.replaceAll("\\D", ""))).isGreaterThanOrEqualTo(1_250_000L);
      assertThat(driver.findElement(By.id("chart-series")).getDomAttribute("data-ready")).isEqualTo("true");
      assertThat(driver.findElements(By.cssSelector("#chart-series canvas"))).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector(".site-nav a[href='/reports.html']"))).hasSize(1);

      // another period: the year so far, picked in the date input
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
      String from = today.minusDays(364).toString();
      js.executeScript("const i = document.getElementById('period-from'); i.value = arguments[0];"
          + " i.dispatchEvent(new Event('change', {bubbles: true}))", from);
      browser.awaitReady(d -> d.getCurrentUrl().contains("from=" + from)
          && "true".equals(d.findElement(By.id("chart-series")).getDomAttribute("data-ready")));
      assertThat(driver.findElement(By.id("period-from")).getDomProperty("value")).isEqualTo(from);
      assertThat(driver.findElement(By.cssSelector("#chart-series")).getDomAttribute("aria-label"))
          .contains("theo tháng");

      driver.findElement(By.id("export-csv")).click();
      browser.awaitReady(d -> d.findElement(By.id("export-result")).getDomAttribute("data-file") != null);
      assertThat(driver.findElement(By.id("export-result")).getDomAttribute("data-file")).endsWith(".csv");
      assertThat(driver.findElements(By.id("export-xlsx"))).hasSize(1);

      // artisans' income paid out, by commune or village, and the month's withholding declaration
      assertThat(driver.findElement(By.id("payouts-title")).getText()).isEqualTo("Thu nhập đã chi trả cho nghệ nhân");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("payouts-group"))).selectByValue("village");
      browser.awaitReady(d -> d.findElement(By.cssSelector("#payouts-group option[value='village']")).isSelected()
          && !d.findElements(By.cssSelector("#payouts-table, #payouts-empty")).isEmpty());
      js.executeScript("document.getElementById('declaration-month').value = arguments[0]",
          today.toString().substring(0, 7));
      driver.findElement(By.id("declaration-xlsx")).click();
      browser.awaitReady(d -> d.findElement(By.id("declaration-result")).getDomAttribute("data-file") != null);
      assertThat(driver.findElement(By.id("declaration-result")).getDomAttribute("data-file"))
          .endsWith(".xlsx");

      // vetting: a shop waiting for approval is approved from the list
      TestShops.Artisan newcomer = shops.artisanWithPendingShop("nam-cao-det-dui");
      shops.identifiedAndVerified(newcomer.token(), newcomer.shopId(), officer);
      assertThat(browser.open(SITE + "/shop-vetting.html?status=PENDING")).isEqualTo("ready");
      String waiting = ".vetted-shop[data-id='" + newcomer.shopId() + "']";
      driver.findElement(By.cssSelector(waiting + " .approve-shop")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector(waiting)).isEmpty());
      assertThat(api.get("/api/me", newcomer.token()).json().at("/shop/status").asText()).isEqualTo("APPROVED");
    }

    // the file the button fetched: UTF-8 with a BOM so Excel shows Vietnamese right
    Api.Reply csv = api.get("/api/reports/sales.csv?groupBy=commune", officer);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(Arrays.copyOf(csv.raw().body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
  }
}
