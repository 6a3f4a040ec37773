package vn.langnghe.market.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** On a phone: a buyer asks about a product, the artisan answers, the answer shows on the product page. */
class ProductQuestionsBrowserIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aBuyersQuestionAnsweredByTheArtisanShowsOnTheProductPage() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "ASK", 3, 680_000, "Bình bạc chạm hoa");
    String slug = shops.slug(listing.productId());
    String buyer = api.newAccount("SHOPPER", "ask-buyer");
    String productPage = TestSite.base() + "/product.html?slug=" + slug;

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, buyer);
      assertThat(browser.open(productPage)).isEqualTo("ready");
      PageChecks.type(browser, "question-text", "Bình có dùng cắm hoa tươi được không ạ?");
      browser.driver().findElement(By.id("question-submit")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector("#question-list .question[data-answered='false']")).size() == 1);
      assertThat(browser.driver().findElement(By.id("question-status")).getText()).contains("Đã gửi câu hỏi");
    }

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, listing.token());
      assertThat(browser.open(TestSite.base() + "/shop-inbox.html")).isEqualTo("ready");
      WebElement question = browser.driver().findElement(By.cssSelector("#shop-questions .shop-question[data-answered='false']"));
      assertThat(question.getText()).contains("Bình có dùng cắm hoa tươi được không ạ?", "Bình bạc chạm hoa");
      question.findElement(By.cssSelector(".answer-text")).sendKeys("Được ạ, lòng bình có tráng men.");
      question.findElement(By.cssSelector(".answer-submit")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector("#shop-questions .shop-question[data-answered='true']")).size() == 1);
    }

    try (Browser browser = new Browser()) {
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(productPage)).isEqualTo("ready");
      WebElement answered = browser.driver().findElement(By.cssSelector("#question-list .question[data-answered='true']"));
      assertThat(answered.getText()).contains("Bình có dùng cắm hoa tươi được không ạ?", "Được ạ, lòng bình có tráng men.");
      assertThat(browser.driver().findElements(By.id("question-form"))).isEmpty();
      assertThat(PageChecks.englishWords(browser.driver().findElement(By.id("product-questions")).getText())).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();

      assertThat(browser.open(TestSite.base() + "/shop.html?slug=" + listing.artisan().shopSlug())).isEqualTo("ready");
      assertThat(browser.driver().findElement(By.id("shop-response-time")).getText())
          .contains("Thường trong", "100% được trả lời");
    }
  }
}
