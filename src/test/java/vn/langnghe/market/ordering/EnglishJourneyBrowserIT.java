package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The shopper's journey built by scripts (cart → checkout → the VNPay sandbox → payment result →
 * order) in English when the `lang` cookie says so, on a phone and on a laptop: English texts,
 * nothing Vietnamese left in them, the approximate dollars beside the totals with the rate said
 * once; and the same journey without the cookie, Vietnamese as before, with no dollars.
 */
class EnglishJourneyBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final TestShops shops = new TestShops(api);
  static final long PRICE = 1_250_000;

  /** Letters only Vietnamese uses among the Latin ones. */
  static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Test
  void aShopperOnAPhoneBuysInEnglish() {
    journey(PageChecks.PHONE, true);
  }

  @Test
  void aShopperOnALaptopBuysInEnglish() {
    journey(PageChecks.LAPTOP, true);
  }

  @Test
  void withoutTheCookieTheJourneyStaysVietnamese() {
    journey(PageChecks.PHONE, false);
  }

  private void journey(Dimension screen, boolean english) {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku(english ? "ENRING" : "VIRING");
    shops.product(silversmith, sku, 5, PRICE, "Nhẫn bạc chạm hoa sen");
    String shopper = api.newAccount("SHOPPER", english ? "english" : "vietnamese");
    Api.Reply added = api.post("/api/cart/lines", Map.of("sku", sku, "quantity", 1), shopper);
    assertThat(added.status()).as(added.toString()).isIn(200, 201);
    JsonNode rate = api.get("/api/site/exchange-rate").json();
    long vndPerUsd = rate.get("vndPerUsd").asLong();

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, screen);
      PageChecks.signIn(browser, shopper);
      if (english) driver.manage().addCookie(new Cookie("lang", "en", "/"));

      // the cart
      assertThat(browser.open(SITE + "/cart.html")).isEqualTo("ready");
      assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(english ? "en" : "vi");
      WebElement langSwitch = driver.findElement(By.cssSelector("header a.lang-switch"));
      assertThat(URLDecoder.decode(langSwitch.getDomAttribute("href"), StandardCharsets.UTF_8))
          .isEqualTo("/ngon-ngu?lang=" + (english ? "vi" : "en") + "&next=/cart.html");
      assertThat(langSwitch.getText()).isEqualTo(english ? "Tiếng Việt" : "English");
      assertThat(driver.findElement(By.id("cart-title")).getText()).isEqualTo(english ? "Cart" : "Giỏ hàng");
      assertThat(driver.findElement(By.id("cart-subtotal")).getText()).isEqualTo("1.250.000 ₫");
      WebElement summary = driver.findElement(By.cssSelector(".cart-summary"));
      assertThat(summary.getText()).contains(english ? "Subtotal" : "Tạm tính");
      if (english) {
        awaitDollars(browser, ".cart-summary");
        assertThat(usdBeside(summary)).isEqualTo("(≈ US$" + usd(PRICE, vndPerUsd) + ")");
        assertThat(summary.findElement(By.className("usd-note")).getText())
            .startsWith("US$ at " + String.format(Locale.US, "%,d", vndPerUsd) + " ₫ per dollar, ")
            .contains(String.valueOf(java.time.LocalDate.parse(rate.get("date").asText()).getYear()));
        assertEnglish(driver, "header .site-nav", "header .cart-label", "#cart-title", ".cart-summary h2",
            ".cart-summary dt", "#checkout-link", "#footer-explore", "#footer-policies", ".site-footer li");
      } else {
        assertNoDollars(driver);
      }
      assertThat(browser.consoleErrors()).isEmpty();

      // checkout: the address, VNPay, the quote with the total in dollars beside it
      driver.findElement(By.cssSelector("a#checkout-link")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/checkout.html"));
      assertThat(driver.getTitle()).startsWith(english ? "Checkout · " : "Thanh toán · ");
      assertThat(driver.findElement(By.cssSelector("label[for='ship-name']")).getText())
          .isEqualTo(english ? "Recipient's full name" : "Họ tên người nhận");
      PageChecks.type(browser, "ship-name", "Nguyễn Thị Hoa");
      PageChecks.type(browser, "ship-phone", "0912 345 678");
      PageChecks.type(browser, "ship-line1", "Số 5, thôn Nam Cao");
      PageChecks.chooseCommune(browser, "ship", "33", TestOrders.LE_LOI);
      driver.findElement(By.cssSelector("input[name='paymentMethod'][value='VNPAY']")).click();
      browser.awaitReady(d -> "ready".equals(d.findElement(By.id("checkout-quote")).getDomAttribute("data-state")));
      String total = driver.findElement(By.id("quote-total")).getText();
      long totalVnd = vnd(total);
      assertThat(totalVnd).isGreaterThan(PRICE);
      assertThat(total).matches("\\d{1,3}(\\.\\d{3})+ ₫");
      assertThat(driver.findElement(By.id("place-order")).getText())
          .isEqualTo((english ? "Place order · " : "Đặt hàng · ") + total);
      assertThat(driver.findElement(By.cssSelector(".quote-eta")).getText())
          .matches(english ? "about \\d+ days?" : "khoảng \\d+ ngày");
      if (english) {
        awaitDollars(browser, "#checkout-quote");
        WebElement quote = driver.findElement(By.id("checkout-quote"));
        assertThat(usdBeside(quote)).isEqualTo("(≈ US$" + usd(totalVnd, vndPerUsd) + ")");
        assertThat(quote.findElement(By.className("usd-note")).getText()).contains("per dollar");
        assertEnglish(driver, "#checkout h1", "#checkout-form h2", "#checkout-form label", "#checkout-form legend",
            "#checkout-quote dt", "#checkout-summary h2", "#checkout-summary dt", "#place-order");
      } else {
        assertNoDollars(driver);
        assertThat(PageChecks.englishWords(driver.findElement(By.id("checkout-form")).getText())).isEmpty();
      }
      assertThat(browser.consoleErrors()).isEmpty();
      driver.findElement(By.id("place-order")).click();

      // the gateway's sandbox page, then back to the result page until the IPN has paid the order
      browser.awaitReady(d -> d.getCurrentUrl().contains("/sandbox/vnpay.html?"));
      String reference = driver.findElement(By.id("vnpay-txn")).getText();
      String number = reference.substring(0, reference.lastIndexOf('-'));
      new Select(driver.findElement(By.id("vnpay-bank"))).selectByValue("VCB");
      driver.findElement(By.id("vnpay-pay")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/payment-result.html")
          && "paid".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
      assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(english ? "Payment result" : "Kết quả thanh toán");
      assertThat(driver.findElement(By.cssSelector("#payment-result h2")).getText()).isEqualTo(english ? "Paid" : "Đã thanh toán");
      assertThat(driver.findElement(By.cssSelector("#to-order")).getText()).isEqualTo(english ? "See the order" : "Xem đơn hàng");
      if (english) assertEnglish(driver, "main h1", "#payment-result h2", "#payment-result p", "#to-order");

      // the order page
      driver.findElement(By.id("to-order")).click();
      browser.awaitReady(d -> d.getCurrentUrl().contains("/order.html?number=" + number));
      assertThat(driver.findElement(By.id("order-number")).getText()).isEqualTo(number);
      WebElement status = driver.findElement(By.id("order-status"));
      assertThat(status.getDomAttribute("data-status")).isEqualTo("PAID");
      assertThat(status.getText()).isEqualTo(english ? "Paid" : "Đã thanh toán");
      assertThat(driver.findElement(By.id("payment-method")).getText()).isEqualTo("VNPay");
      assertThat(driver.findElement(By.id("order-total")).getText()).isEqualTo(total);
      assertThat(driver.getTitle()).startsWith((english ? "Order " : "Đơn ") + number);
      if (english) {
        awaitDollars(browser, ".order-side");
        WebElement totals = driver.findElement(By.cssSelector("section[aria-labelledby='totals-title']"));
        assertThat(usdBeside(totals)).isEqualTo("(≈ US$" + usd(totalVnd, vndPerUsd) + ")");
        assertThat(driver.findElement(By.cssSelector("main p.muted")).getText()).startsWith("Placed ").endsWith("(Vietnam time)");
        assertEnglish(driver, ".breadcrumbs", ".order-head h1", "#order-status", "#parts-title", ".shop-part .badge",
            ".shop-part dt", ".order-side h2", ".order-side dt", "#order-history strong", ".order-thread summary");
      } else {
        assertNoDollars(driver);
        assertThat(PageChecks.englishWords(driver.findElement(By.cssSelector(".order-side")).getText())).isEmpty();
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** Waits until the approximate dollars in that part of the page are shown (the rate comes once per page). */
  private static void awaitDollars(Browser browser, String within) {
    browser.awaitReady(d -> !d.findElements(By.cssSelector(within + " .usd-approx")).isEmpty()
        && d.findElement(By.cssSelector(within + " .usd-approx")).isDisplayed());
  }

  private static String usdBeside(WebElement within) {
    return within.findElement(By.className("usd-approx")).getText().trim();
  }

  /** No dollars shown on a Vietnamese page. */
  private static void assertNoDollars(WebDriver driver) {
    assertThat(driver.findElements(By.cssSelector(".usd-approx, .usd-note")))
        .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("US$");
  }

  /** The texts of those elements are there, not empty, and hold no Vietnamese letters. */
  private static void assertEnglish(WebDriver driver, String... selectors) {
    List<String> vietnamese = new ArrayList<>();
    for (String selector : selectors) {
      List<WebElement> found = driver.findElements(By.cssSelector(selector));
      assertThat(found).as(selector).isNotEmpty();
      for (WebElement e : found) {
        // the text whether shown or not (a phone hides some labels visually, screen readers read them)
        String text = e.getDomProperty("textContent");
        if (text.isBlank()) vietnamese.add(selector + " is empty");
        if (VIETNAMESE.matcher(text).find()) vietnamese.add(selector + ": " + text);
      }
    }
    assertThat(vietnamese).as(driver.getCurrentUrl()).isEmpty();
  }

  /** The approximate dollars as the page writes them: to the cent, half up, grouped by commas. */
  private static String usd(long vnd, long vndPerUsd) {
    long cents = Math.round(vnd * 100.0 / vndPerUsd);
    return String.format(Locale.US, "%,d.%02d", cents / 100, cents % 100);
  }

  private static long vnd(String shown) {
    return Long.parseLong(shown.replaceAll("[^0-9]", ""));
  }
}
