package vn.langnghe.market.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestSite;

/** The address book on a phone: add a default, see a bad phone explained in Vietnamese, delete. */
class AddressBookBrowserIT extends MarketIT {

  @Test
  void aShopperKeepsHerAddressBookOnAPhone() {
    String shopper = api.newAccount("SHOPPER", "address-book");
    long first = api.post("/api/my/addresses", Map.of("name", "Ngô Thị Thu", "phone", "0912345678",
        "line1", "Số 3, thôn Đông", "communeCode", TestOrders.TRA_GIANG), shopper).json().get("id").asLong();

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.signIn(browser, shopper);
      PageChecks.screen(browser, PageChecks.PHONE);
      assertThat(browser.open(TestSite.base() + "/addresses.html")).isEqualTo("ready");
      assertThat(driver.findElement(By.cssSelector(".address-card[data-id='" + first + "']")).getDomAttribute("data-default"))
          .isEqualTo("true");

      driver.findElement(By.id("addr-name")).sendKeys("Ngô Văn Long");
      driver.findElement(By.id("addr-phone")).sendKeys("12345");
      driver.findElement(By.id("addr-line1")).sendKeys("Số 9, phố Nam Cao");
      PageChecks.chooseCommune(browser, "addr", "33", TestOrders.LE_LOI);
      driver.findElement(By.id("addr-default")).click();
      driver.findElement(By.id("addr-save")).click();
      browser.awaitReady(d -> d.findElement(By.id("addr-phone")).getDomAttribute("aria-invalid") != null);
      assertThat(driver.findElement(By.cssSelector("[data-field='phone'] .field-error")).getText())
          .startsWith("Số điện thoại chưa đúng");

      driver.findElement(By.id("addr-phone")).clear();
      driver.findElement(By.id("addr-phone")).sendKeys("0227 383 1234");
      driver.findElement(By.id("addr-save")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector("#address-list .address-card")).size() == 2);
      assertThat(driver.findElement(By.cssSelector("#address-list .address-card")).getText())
          .as("the new default comes first").contains("Ngô Văn Long").contains("+842273831234");
      assertThat(PageChecks.englishWords(driver.findElement(By.tagName("main")).getText())).isEmpty();

      driver.findElement(By.cssSelector(".address-card[data-id='" + first + "'] .act-delete")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector("#address-list .address-card")).size() == 1);
      assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
    JsonNode book = api.get("/api/my/addresses", shopper).json();
    assertThat(book).hasSize(1);
    assertThat(book.get(0).get("name").asText()).isEqualTo("Ngô Văn Long");
    assertThat(book.get(0).get("isDefault").asBoolean()).isTrue();
  }
}
