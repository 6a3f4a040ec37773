package vn.langnghe.market.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** On a phone, a buyer reviews a delivered piece with a photo; the product page shows both. */
class ReviewBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final Purchases purchases = new Purchases(api);

  @Test
  void aBuyerReviewsWithAPhotoOnAPhone() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "PHONE", 5, 380_000, "Trâm bạc hoa mai");
    String buyer = api.newAccount("SHOPPER", "phone-reviewer");
    Purchases.Bought bought = purchases.delivered(buyer, listing);
    Path photo = Files.createTempFile("tram-bac", ".jpg");
    Files.write(photo, TestImages.jpeg(800, 600));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, buyer);
      assertThat(browser.open(TestSite.base() + "/order.html?number=" + bought.orderNumber())).isEqualTo("ready");
      String box = ".shop-part[data-id='" + bought.shopOrderId() + "'] .review-box[data-sku='" + listing.sku() + "']";
      browser.awaitReady(d -> !d.findElements(By.cssSelector(box + " .review-form")).isEmpty());

      WebElement form = driver.findElement(By.cssSelector(box + " .review-form"));
      form.findElement(By.cssSelector(".review-star-input[value='4'] + span")).click();
      form.findElement(By.cssSelector(".review-text-input")).sendKeys("Trâm chạm tinh xảo, đúng như ảnh.");
      form.findElement(By.cssSelector(".review-photo-input")).sendKeys(photo.toAbsolutePath().toString());
      browser.awaitReady(d -> d.findElements(By.cssSelector(box + " .review-photo-preview img")).size() == 1);
      form.findElement(By.cssSelector(".review-submit")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector(box + " .my-review")).isEmpty());
      assertThat(driver.findElement(By.cssSelector(box + " .my-review .review-stars")).getDomAttribute("data-stars"))
          .isEqualTo("4");
      assertThat(driver.findElements(By.cssSelector(box + " .my-review .review-photo"))).hasSize(1);
      assertThat(browser.consoleErrors()).isEmpty();

      JsonNode reviews = api.get("/api/products/" + listing.productId() + "/reviews").json();
      assertThat(reviews.at("/items/0/stars").asInt()).isEqualTo(4);
      assertThat(reviews.at("/items/0/photos")).hasSize(1);

      String slug = shops.slug(listing.productId());
      assertThat(browser.open(TestSite.base() + "/product.html?slug=" + slug)).isEqualTo("ready");
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#product-reviews .review")).isEmpty());
      WebElement review = driver.findElement(By.cssSelector("#product-reviews .review"));
      assertThat(review.getText()).contains("Trâm chạm tinh xảo");
      WebElement img = review.findElement(By.cssSelector(".review-photo"));
      // the photo arrives after the page is ready (a busy machine takes its time): wait for it, bounded
      browser.awaitReady(d -> Boolean.TRUE.equals(
          PageChecks.js(browser, "return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
      assertThat(driver.findElement(By.id("product-rating")).getDomAttribute("data-count")).isEqualTo("1");
      assertThat(PageChecks.englishWords(driver.findElement(By.id("product-reviews")).getText())).isEmpty();
      // nothing wider than the phone's screen
      assertThat(PageChecks.js(browser, "return document.documentElement.scrollWidth <= window.innerWidth"))
          .isEqualTo(true);
    } finally {
      Files.deleteIfExists(photo);
    }
  }
}
