package vn.langnghe.market.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** On a phone: a visitor reports a listing on its page, an officer hides it from the queue. */
class ListingTakedownBrowserIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aVisitorReportsAListingAndAnOfficerHidesItOnAPhone() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "PHONE", 4, 390_000,
        "Bộ ấm chén bạc trạm rồng");
    String slug = shops.slug(listing.productId());

    try (Browser visitor = new Browser()) {
      PageChecks.screen(visitor, PageChecks.PHONE);
      assertThat(visitor.open(TestSite.base() + "/product.html?slug=" + slug)).isEqualTo("ready");
      WebElement report = visitor.driver().findElement(By.id("report-listing"));
      report.findElement(By.tagName("summary")).click();
      new Select(visitor.driver().findElement(By.id("report-reason"))).selectByValue("IP_INFRINGEMENT");
      visitor.driver().findElement(By.id("report-text")).sendKeys("Ảnh chụp lấy từ xưởng khác ở Đồng Xâm");
      visitor.driver().findElement(By.id("report-submit")).click();
      new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(d ->
          d.findElement(By.id("report-listing")).getText().contains("Đã gửi báo cáo"));
    }

    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    long reportId = openReportOf(officer, listing.productId());
    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, officer);
      assertThat(browser.open(TestSite.base() + "/listing-reports.html?status=OPEN")).isEqualTo("ready");
      WebElement item = browser.driver().findElement(
          By.cssSelector(".listing-report-item[data-id='" + reportId + "']"));
      assertThat(item.getText()).contains("Bộ ấm chén bạc trạm rồng", "Xâm phạm sở hữu trí tuệ",
          "Khách chưa đăng nhập", "hạn 24 giờ");
      assertThat(browser.driver().findElement(By.id("queue-summary")).getText()).contains("quá 24 giờ");
      item.findElement(By.cssSelector(".hide-reason")).sendKeys("Dùng ảnh của xưởng khác; tạm ẩn để xác minh.");
      item.findElement(By.cssSelector(".hide-listing")).click();
      browser.awaitReady(d -> !d.findElements(
          By.cssSelector(".takedown-item[data-product-id='" + listing.productId() + "']")).isEmpty());
      assertThat(browser.driver().findElement(
              By.cssSelector(".takedown-item[data-product-id='" + listing.productId() + "']")).getText())
          .contains("Dùng ảnh của xưởng khác");
      assertThat(browser.consoleErrors()).isEmpty();
    }

    assertThat(api.get("/api/products/" + slug).status()).isEqualTo(404);
    assertThat(api.get(listing.path(), listing.token()).json().at("/hidden/reason").asText())
        .isEqualTo("Dùng ảnh của xưởng khác; tạm ẩn để xác minh.");
  }

  @Test
  void theLawPagesAreLinkedFromEveryPagesFooterAndNameTheOperatorFromConfiguration() {
    Map<String, String> pages = Map.of(
        "/quy-che-hoat-dong.html", "Quy chế hoạt động",
        "/chinh-sach-doi-tra.html", "Chính sách đổi trả và khiếu nại",
        "/chinh-sach-bao-mat.html", "Chính sách bảo mật",
        "/thong-tin-nguoi-van-hanh.html", "Thông tin người vận hành");
    JsonNode operator = api.get("/api/site/operator").json();
    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      for (String start : new String[] {"/", "/tim-kiem?q=bac", "/login.html"}) {
        browser.open(TestSite.base() + start);
        WebElement footer = browser.driver().findElement(By.cssSelector("footer.site-footer"));
        pages.forEach((path, label) -> assertThat(
            footer.findElement(By.cssSelector("a[href='" + path + "']")).getDomProperty("textContent"))
            .as(start + " links " + path).isEqualTo(label));
      }
      browser.open(TestSite.base() + "/");
      browser.driver().findElement(By.cssSelector("footer a[href='/chinh-sach-doi-tra.html']")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
          "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state"))
              && d.getCurrentUrl().endsWith("/chinh-sach-doi-tra.html"));
      String returns = browser.driver().findElement(By.tagName("main")).getText();
      // the figures are the configured ones (the tests shorten the return window)
      assertThat(returns).contains("trong vòng " + operator.get("returnWindowDays").asText() + " ngày",
          "trong vòng " + operator.get("returnAnswerHours").asText() + " giờ", "Khiếu nại lên sàn",
          operator.get("name").asText());
      assertThat(PageChecks.englishWords(returns)).isEmpty();

      assertThat(browser.open(TestSite.base() + "/thong-tin-nguoi-van-hanh.html")).isEqualTo("ready");
      String details = browser.driver().findElement(By.id("operator-details")).getText();
      assertThat(details).contains(operator.get("name").asText(), operator.get("taxCode").asText(),
          operator.get("address").asText(), operator.get("phone").asText(), operator.get("email").asText());
      for (String path : pages.keySet()) {
        assertThat(browser.open(TestSite.base() + path)).isEqualTo("ready");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(PageChecks.englishWords(browser.driver().findElement(By.tagName("main")).getText()))
            .as(path).isEmpty();
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static long openReportOf(String officer, String productId) {
    JsonNode queue = api.get("/api/officer/listing-reports?status=OPEN&size=100", officer).json();
    for (JsonNode item : queue.get("items")) {
      if (item.at("/listing/id").asText().equals(productId)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no open report of " + productId + " in " + queue);
  }
}
