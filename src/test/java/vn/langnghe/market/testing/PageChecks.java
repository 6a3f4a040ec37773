package vn.langnghe.market.testing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** What the browser tests of the pages share: signing in, the screen size, English left on a Vietnamese page. */
public final class PageChecks {

  public static final Dimension PHONE = new Dimension(390, 844);
  public static final Dimension LAPTOP = new Dimension(1366, 900);

  /** Common English words that no Vietnamese sentence contains as words of their own. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|and|of|with|was|were|which|from|since|when|said|its|also|about|years|century|village"
          + "|craft|weaving|making|carving|casting|embroidery|blacksmithing|silver|scan|your|banking|app"
          + "|transfer|amount|memo|exact|this|or)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private PageChecks() {}

  /** Signs the browser in as the site does it: the token in localStorage (see webapp/js/api.js). */
  public static void signIn(Browser browser, String token) {
    browser.open(TestSite.base() + "/");
    js(browser, "localStorage.setItem('lnm.auth', JSON.stringify({token: arguments[0]}))", token);
  }

  /**
   * Shows the pages on a screen of that size (a touch screen below 800 px). Headless Chromium's
   * window is never narrower than 500 px, so the screen is emulated rather than the window resized.
   */
  /**
   * Picks a commune in an address picker (ids {@code prefix-province}, {@code prefix-commune}):
   * the province first, then, once its communes are loaded, the commune.
   */
  public static void chooseCommune(Browser browser, String prefix, String provinceCode,
      String communeCode) {
    new Select(browser.driver().findElement(By.id(prefix + "-province"))).selectByValue(provinceCode);
    browser.awaitReady(d -> d.findElement(By.id(prefix + "-commune")).isEnabled()
        && !d.findElements(By.cssSelector("#" + prefix + "-commune option[value='" + communeCode + "']")).isEmpty());
    new Select(browser.driver().findElement(By.id(prefix + "-commune"))).selectByValue(communeCode);
  }

  public static void screen(Browser browser, Dimension size) {
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", size.width < 800));
  }

  /** Lets the page's script write to and read from the clipboard, as a person who allowed it. */
  public static void allowClipboard(Browser browser) {
    ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
        "origin", TestSite.base(),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /** Empties a field and types into it, key by key, as a person would. */
  public static void type(Browser browser, String id, String text) {
    var input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  public static Object js(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  /** The English words found in a text, in order (empty for Vietnamese). */
  public static List<String> englishWords(String text) {
    Matcher m = ENGLISH.matcher(text);
    return m.results().map(r -> r.group()).collect(Collectors.toList());
  }
}
