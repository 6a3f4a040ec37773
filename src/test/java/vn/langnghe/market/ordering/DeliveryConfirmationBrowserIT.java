package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/** Marking a parcel delivered closes the shopper's order: the workshop is asked first. */
class DeliveryConfirmationBrowserIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void deliveredIsAskedForAndCancellingChangesNothing() throws InterruptedException {
    TestShops.Artisan smith = shops.artisanWithApprovedShop("an-tiem-ren");
    String shopper = api.newAccount("SHOPPER", "delivery");
    Api.Reply placed = orders.paidPiece(shops, smith, shopper, 350_000, "Dao rèn An Tiêm");
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().get("shopOrders").get(0).get("id").asLong();
    step(part, "confirm", Map.of(), smith);
    step(part, "ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP20261207"), smith);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.signIn(browser, smith.token());
      assertThat(browser.open(TestSite.base() + "/shop-orders.html?status=SHIPPED")).isEqualTo("ready");
      String deliver = ".shop-order[data-id='" + part + "'] .act-deliver";

      driver.findElement(By.cssSelector(deliver)).click();
      WebDriverWait asked = new WebDriverWait(driver, Duration.ofSeconds(5));
      asked.until(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      assertThat(driver.findElement(By.cssSelector("dialog[open] h2")).getText()).contains("giao");
      driver.findElement(By.cssSelector("dialog[open] button[value='no']")).click();
      asked.until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
      assertThat(driver.findElements(By.cssSelector(deliver))).hasSize(1);
      assertThat(partStatus(shopper, number)).isEqualTo("SHIPPED");

      driver.findElement(By.cssSelector(deliver)).click();
      asked.until(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
      eventually("the part delivered", () -> "DELIVERED".equals(partStatus(shopper, number)));
      browser.awaitReady(d -> d.findElements(By.cssSelector(deliver)).isEmpty());
    }
  }

  private static void step(long part, String step, Object body, TestShops.Artisan artisan) {
    Api.Reply reply = api.post("/api/my/orders/" + part + "/" + step, body, artisan.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static String partStatus(String shopper, String number) {
    JsonNode order = orders.detail(shopper, number);
    return order.get("shopOrders").get(0).get("status").asText();
  }
}
