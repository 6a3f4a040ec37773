package vn.langnghe.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.PageChecks.js;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** The workshop's ledger on a phone. */
class LedgerPageBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void onAPhoneWhatTheWorkshopReceivesIsOnScreenWithoutScrollingSideways() throws InterruptedException {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    orders.paidPiece(shops, weaver, api.newAccount("SHOPPER", "ledger-page"), 650_000, "Khăn đũi Nam Cao");
    eventually("the sale in the ledger",
        () -> api.get("/api/my/ledger", weaver.token()).json().get("items").size() == 1);

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, weaver.token());
      assertThat(browser.open(TestSite.base() + "/shop-ledger.html")).isEqualTo("ready");
      assertThat(browser.driver().findElements(By.cssSelector("#ledger-list > tr"))).hasSize(1);

      @SuppressWarnings("unchecked")
      Map<String, Object> net = (Map<String, Object>) js(browser, """
          const heads = [...document.querySelectorAll('.ledger-table thead th')].map((th) => th.textContent.trim());
          const cell = document.querySelector('#ledger-list > tr').children[heads.indexOf('Thực nhận')];
          window.scrollTo(0, cell.getBoundingClientRect().top + window.scrollY - 100);
          const r = cell.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { text: cell.innerText.trim(), left: r.left, right: r.right, width: r.width,
            screen: document.documentElement.clientWidth, uncovered: cell.contains(hit) };
          """);
      assertThat(((Number) net.get("width")).doubleValue()).as("net cell shown").isPositive();
      assertThat(((Number) net.get("left")).doubleValue()).as("net cell's left edge").isGreaterThanOrEqualTo(0);
      assertThat(((Number) net.get("right")).doubleValue()).as("net cell's right edge")
          .isLessThanOrEqualTo(((Number) net.get("screen")).doubleValue());
      assertThat(net.get("uncovered")).as("net cell not clipped").isEqualTo(true);
      assertThat(net.get("text").toString()).matches(".*\\d.*₫.*");
      assertThat(((Number) js(browser, "return document.documentElement.scrollWidth")).intValue())
          .as("page width").isLessThanOrEqualTo(PageChecks.PHONE.width);
    }
  }
}
