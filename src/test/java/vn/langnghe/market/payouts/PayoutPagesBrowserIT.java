package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.PageChecks.js;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.Browser;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.PageChecks;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The money pages on a phone: the artisan sets where she is paid, sees her sale pending and then
 * available, and downloads a statement; an admin makes a payout run, takes the bank's file and
 * imports the bank's answer, and the line shows paid on both pages.
 */
class PayoutPagesBrowserIT extends MarketIT {

  static final String SITE = TestSite.base();
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String ADMIN = "admin@demo.langnghe.vn";
  static final String OWNER = "Nguyễn Thị Lụa";
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  @Test
  void anArtisanIsPaidWhatHerLedgerSaysAndTheBanksAnswerShowsOnBothPages() throws Exception {
    TestShops.Artisan weaver = artisanNamed(OWNER);
    Api.Reply placed = orders.paidPiece(shops, weaver, api.newAccount("SHOPPER", "payout-pages"), 650_000,
        "Khăn đũi Nam Cao");
    long part = placed.json().at("/shopOrders/0/id").asLong();
    eventually("the sale in the ledger",
        () -> api.get("/api/my/ledger", weaver.token()).json().get("items").size() == 1);
    long net = api.get("/api/my/ledger", weaver.token()).json().at("/items/0/netVnd").asLong();
    assertThat(net).isPositive();
    String bin = api.get("/api/banks").json().get(0).get("bin").asText();

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, weaver.token());
      assertThat(browser.open(SITE + "/shop-money.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector(".site-nav a[href='/shop-money.html']"))).hasSize(1);
      // paid, not delivered yet: the whole net is pending
      assertThat(shown(driver, "pending")).isEqualTo(net);
      assertThat(shown(driver, "available")).isZero();
      assertThat(driver.findElement(By.cssSelector(".money-state[data-state='pending'] .kpi-value")).getText())
          .isEqualTo(vnd(net));

      // the receiving account: a wrong password is said beside the password, and nothing is saved
      new Select(driver.findElement(By.id("account-bank"))).selectByValue(bin);
      PageChecks.type(browser, "account-number", "0071 0012 34567");
      PageChecks.type(browser, "account-name", "NGUYEN THI LUA");
      PageChecks.type(browser, "account-password", "not-the-password");
      driver.findElement(By.id("account-save")).click();
      browser.awaitReady(d -> d.findElement(By.id("account-password")).getDomAttribute("aria-invalid") != null);
      assertThat(driver.findElement(By.cssSelector("#account-form [data-field='password'] .field-error")).getText())
          .isNotBlank();
      assertThat(api.get("/api/my/payout-account", weaver.token()).status()).isEqualTo(404);

      PageChecks.type(browser, "account-password", Api.PASSWORD);
      driver.findElement(By.id("account-save")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("#payout-account [data-account-status]")).isEmpty());
      assertThat(driver.findElement(By.cssSelector("#payout-account [data-account-status]")).getDomAttribute("data-account-status"))
          .as("the owner's own name: no officer needed").isIn("ACTIVE", "COOLING_OFF");
      JsonNode account = api.get("/api/my/payout-account", weaver.token()).json();
      assertThat(account.get("accountNumber").asText()).isEqualTo("0071001234567");
      assertThat(account.get("bankBin").asText()).isEqualTo(bin);
      assertThat(driver.findElement(By.id("payout-account")).getText()).contains("0071001234567");

      // delivered; once the return window (seconds in the tests) has passed the money is available
      step(part, "confirm", Map.of(), weaver);
      step(part, "ship", Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + part), weaver);
      step(part, "deliver", Map.of(), weaver);
      within(Duration.ofSeconds(60), "the sale available on the page", () -> {
        browser.open(SITE + "/shop-money.html");
        return shown(driver, "available") == net && shown(driver, "pending") == 0;
      });

      // this month's statement, as the page fetched it with the artisan's session
      String month = LocalDate.now(VIETNAM).toString().substring(0, 7);
      String statement = "#statements li[data-month='" + month + "'] ";
      driver.findElement(By.cssSelector(statement + ".statement-csv")).click();
      browser.awaitReady(d -> d.findElement(By.id("download-result")).getDomAttribute("data-file") != null);
      assertThat(driver.findElement(By.id("download-result")).getDomAttribute("data-file")).endsWith(".csv");
      Api.Reply csv = api.get(driver.findElement(By.id("download-result")).getDomAttribute("data-path"), weaver.token());
      assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
      assertThat(csv.contentType()).contains("csv");
      assertThat(csv.body()).as("the month's sale").contains(placed.json().get("orderNumber").asText());
      driver.findElement(By.cssSelector(statement + ".statement-pdf")).click();
      browser.awaitReady(d -> String.valueOf(d.findElement(By.id("download-result")).getDomAttribute("data-file")).endsWith(".pdf"));
      Api.Reply pdf = api.get(driver.findElement(By.id("download-result")).getDomAttribute("data-path"), weaver.token());
      assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
      assertThat(new String(pdf.raw().body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      noEnglishAndNothingRefused(browser, "shop-money");
      assertThat(((Number) js(browser, "return document.documentElement.scrollWidth")).intValue())
          .as("page width").isLessThanOrEqualTo(PageChecks.PHONE.width);

      // a new account waits out its cooling-off period (short in the tests) before it is paid to
      within(Duration.ofSeconds(60), "the account usable", () -> {
        JsonNode now = api.get("/api/my/payout-account", weaver.token()).json();
        return "ACTIVE".equals(now.get("status").asText())
            && !Instant.parse(now.get("usableFrom").asText()).isAfter(Instant.now());
      });

      // the admin: a run for a week of its own (each week has one run, and other tests make some)
      String admin = api.login(ADMIN, Api.PASSWORD);
      PageChecks.signIn(browser, admin);
      assertThat(browser.open(SITE + "/payouts.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.cssSelector(".site-nav a[href='/payouts.html']"))).hasSize(1);
      assertThat(driver.findElement(By.id("run-period")).getDomProperty("value")).isEqualTo(isoWeek(LocalDate.now(VIETNAM)));
      // a week still to come: the server's refusal beside the period, in Vietnamese
      PageChecks.type(browser, "run-period", isoWeek(LocalDate.now(VIETNAM).plusWeeks(3)));
      driver.findElement(By.id("run-create")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
      browser.awaitReady(d -> d.findElement(By.id("run-period")).getDomAttribute("aria-invalid") != null);
      assertThat(driver.findElement(By.cssSelector("#run-form [data-field='period'] .field-error")).getText())
          .isEqualTo("Tuần này chưa tới.");

      String period = pastWeekOfItsOwn(admin);
      PageChecks.type(browser, "run-period", period);
      driver.findElement(By.id("run-create")).click();
      browser.awaitReady(d -> !d.findElements(By.cssSelector("dialog[open]")).isEmpty());
      driver.findElement(By.cssSelector("dialog[open] button[value='yes']")).click();
      browser.awaitReady(d -> !d.findElements(By.id("payout-run")).isEmpty());
      assertThat(driver.getCurrentUrl()).contains("/payouts.html?run=");
      String line = ".run-line[data-shop-slug='" + weaver.shopSlug() + "']";
      WebElement row = driver.findElement(By.cssSelector(line));
      assertThat(row.getDomAttribute("data-status")).isEqualTo("SENT");
      assertThat(digits(row.findElement(By.cssSelector(".ledger-net")).getText())).isEqualTo(net);
      String endToEndId = row.getDomAttribute("data-end-to-end-id");
      assertThat(endToEndId).isNotBlank();
      long runId = Long.parseLong(driver.findElement(By.id("payout-run")).getDomAttribute("data-id"));

      // the bank's file, fetched by the page with the admin's session; the download is audited
      int auditBefore = driver.findElements(By.cssSelector("#run-audit li[data-action]")).size();
      driver.findElement(By.id("download-pain001")).click();
      browser.awaitReady(d -> d.findElement(By.id("download-result")).getDomAttribute("data-file") != null
          && d.findElements(By.cssSelector("#run-audit li[data-action]")).size() > auditBefore);
      assertThat(driver.findElement(By.id("download-result")).getDomAttribute("data-file")).endsWith(".xml");
      Api.Reply pain001 = api.get("/api/admin/payouts/" + runId + "/pain001.xml", admin);
      assertThat(pain001.status()).as(pain001.toString()).isEqualTo(200);
      assertThat(pain001.body()).contains(endToEndId);

      // the bank's answer: this line paid
      Path answer = Files.createTempFile("bank-answer-", ".csv");
      Files.writeString(answer, "endToEndId,status,reason\n" + endToEndId + ",PAID,\n", StandardCharsets.UTF_8);
      try {
        driver.findElement(By.id("status-file")).sendKeys(answer.toAbsolutePath().toString());
        driver.findElement(By.id("status-import")).click();
        browser.awaitReady(d -> !d.findElements(By.cssSelector("#import-result [data-paid]")).isEmpty());
      } finally {
        Files.deleteIfExists(answer);
      }
      WebElement imported = driver.findElement(By.cssSelector("#import-result [data-paid]"));
      assertThat(imported.getDomAttribute("data-paid")).isEqualTo("1");
      assertThat(imported.getDomAttribute("data-rejected")).isEqualTo("0");
      assertThat(driver.findElement(By.cssSelector(line)).getDomAttribute("data-status")).isEqualTo("PAID");
      assertThat(driver.findElement(By.id("run-audit")).getText()).contains(answer.getFileName().toString());
      noEnglishAndNothingRefused(browser, "payouts");
      assertThat(((Number) js(browser, "return document.documentElement.scrollWidth")).intValue())
          .as("page width").isLessThanOrEqualTo(PageChecks.PHONE.width);

      // and the artisan sees it paid
      PageChecks.signIn(browser, weaver.token());
      assertThat(browser.open(SITE + "/shop-money.html")).isEqualTo("ready");
      assertThat(shown(driver, "paidOut")).isEqualTo(net);
      assertThat(shown(driver, "available")).isZero();
      WebElement payout = driver.findElement(By.cssSelector("#my-payouts .payout"));
      assertThat(payout.getDomAttribute("data-status")).isEqualTo("PAID");
      assertThat(digits(payout.findElement(By.cssSelector(".payout-amount")).getText())).isEqualTo(net);
    }
    JsonNode balance = api.get("/api/my/balance", weaver.token()).json();
    assertThat(balance.get("paidOutVnd").asLong()).isEqualTo(net);
    assertThat(balance.get("availableVnd").asLong() + balance.get("pendingVnd").asLong()).isZero();
  }

  @Test
  void anOfficerApprovesAnAccountInAnotherNameAndTheArtisanSeesItWaitUntilThen() {
    TestShops.Artisan potter = artisanNamed("Trần Văn Hải");
    String bin = api.get("/api/banks").json().get(0).get("bin").asText();
    Api.Reply set = api.put("/api/my/payout-account", Map.of("bankBin", bin, "accountNumber", "1903 5678 9012",
        "accountName", "Trần Thị Mai", "password", Api.PASSWORD), potter.token());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    long id = StreamSupport.stream(
            api.get("/api/admin/payout-accounts?status=AWAITING_APPROVAL", officer).json().get("items").spliterator(), false)
        .filter(a -> a.get("shopSlug").asText().equals(potter.shopSlug()))
        .findFirst().orElseThrow().get("id").asLong();

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      PageChecks.screen(browser, PageChecks.PHONE);
      PageChecks.signIn(browser, potter.token());
      assertThat(browser.open(SITE + "/shop-money.html")).isEqualTo("ready");
      assertThat(driver.findElement(By.cssSelector("#payout-account [data-account-status]")).getDomAttribute("data-account-status"))
          .isEqualTo("AWAITING_APPROVAL");
      assertThat(driver.findElement(By.id("account-status")).getText()).isEqualTo("Chờ cán bộ duyệt");

      PageChecks.signIn(browser, officer);
      assertThat(browser.open(SITE + "/payouts.html")).isEqualTo("ready");
      assertThat(driver.findElements(By.id("run-form"))).as("runs are the admin's").isEmpty();
      String card = ".pending-account[data-id='" + id + "']";
      assertThat(driver.findElement(By.cssSelector(card)).getText()).contains("Trần Văn Hải").contains("TRAN THI MAI");
      // refusing needs a reason, said beside it
      driver.findElement(By.cssSelector(card + " .refuse-account")).click();
      assertThat(driver.findElement(By.cssSelector(card + " [data-field='reason'] .field-error")).getText()).isNotBlank();
      assertThat(driver.findElement(By.cssSelector(card + " .refuse-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
      noEnglishAndNothingRefused(browser, "payouts");

      driver.findElement(By.cssSelector(card + " .approve-account")).click();
      browser.awaitReady(d -> d.findElements(By.cssSelector(card)).isEmpty());
    }
    assertThat(api.get("/api/my/payout-account", potter.token()).json().get("status").asText()).isEqualTo("ACTIVE");
  }

  /** The amount the page shows for a state of the balance (its data-amount, matched by its text). */
  private static long shown(WebDriver driver, String state) {
    WebElement card = driver.findElement(By.cssSelector("#money-balance .money-state[data-state='" + state + "']"));
    long amount = Long.parseLong(card.getDomAttribute("data-amount"));
    assertThat(digits(card.findElement(By.cssSelector(".kpi-value")).getText())).as(state).isEqualTo(Math.abs(amount));
    return amount;
  }

  private static long digits(String text) {
    return Long.parseLong(text.replaceAll("\\D", ""));
  }

  /** 650000 as the pages write it: "650.000 ₫". */
  private static String vnd(long amount) {
    return String.format(Locale.ROOT, "%,d ₫", amount).replace(',', '.');
  }

  private static void noEnglishAndNothingRefused(Browser browser, String page) {
    String text = browser.driver().findElement(By.tagName("main")).getText();
    assertThat(PageChecks.englishWords(text)).as(page + ": " + text).isEmpty();
    assertThat(browser.consoleMessages()).as(page)
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
  }

  private static String isoWeek(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** A past week no run has yet (other tests make runs too). */
  private static String pastWeekOfItsOwn(String admin) {
    String taken = api.get("/api/admin/payouts", admin).body();
    String week;
    do {
      week = isoWeek(LocalDate.now(VIETNAM).minusWeeks(ThreadLocalRandom.current().nextInt(30, 500)));
    } while (taken.contains("\"" + week + "\""));
    return week;
  }

  /** An artisan registered under a person's full name, with an approved shop. */
  private static TestShops.Artisan artisanNamed(String name) {
    String email = "payout-pages-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    Api.Reply registered = api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", name, "role", "ARTISAN"), null);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String token = api.login(email, Api.PASSWORD);
    Api.Reply shop = api.post("/api/my/shop", Map.of("name", "Xưởng dệt " + UUID.randomUUID().toString().substring(0, 6),
        "description", "<p>Khăn đũi dệt tay</p>", "villageSlug", "nam-cao-det-dui"), token);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    new TestShops(api).identifiedAndVerified(token, shop.json().get("id").asLong(), officer);
    Api.Reply approved = api.post("/api/officer/shops/" + shop.json().get("id").asLong() + "/approve", Map.of(),
        officer);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return new TestShops.Artisan(token, shop.json().get("id").asLong(), shop.json().get("slug").asText());
  }

  private static void step(long part, String step, Object body, TestShops.Artisan artisan) {
    Api.Reply reply = api.post("/api/my/orders/" + part + "/" + step, body, artisan.token());
    assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
  }

  /** Like eventually, for what takes longer than a background job: a return window, a cooling-off period. */
  private static void within(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
      Thread.sleep(1_000);
    }
  }
}
