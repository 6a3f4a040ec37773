package vn.langnghe.market.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through Debian's chromedriver, as a shopper's browser. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("market.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=412,900",
        "--lang=vi-VN");
    // the storefront sends an English-first browser to its English pages on a first visit
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
    // keeps the page's console (Content-Security-Policy refusals among it), so a test can see the
    // errors a person would never notice
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getProperty("market.chromedriver", "/usr/bin/chromedriver")))
        .build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page and waits until its script says it has rendered (body data-state). */
  public String open(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      String state = d.findElement(By.tagName("body")).getDomAttribute("data-state");
      return "ready".equals(state) || "error".equals(state);
    });
    return driver.findElement(By.tagName("body")).getDomAttribute("data-state");
  }

  /** Signs in as the site does it: the token in localStorage (see webapp/js/api.js). */
  public Browser signIn(String token) {
    open(TestSite.base() + "/");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", token);
    return this;
  }

  /** Waits until the page's script has rendered again after something the test did. */
  public void awaitReady(java.util.function.Predicate<WebDriver> andAlso) {
    // a page that re-renders replaces the elements a condition just found: ask again
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> andAlso.test(d)
            && "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
  }

  /** The browser console's messages since the last call (each as "LEVEL text"). */
  public java.util.List<String> consoleMessages() {
    return console().map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
  }

  /** The console's errors since the last call (Chromium reports each message once). */
  public java.util.List<String> consoleErrors() {
    return console()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  private java.util.stream.Stream<org.openqa.selenium.logging.LogEntry> console() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
