package vn.langnghe.market.storefront;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The storefront's two languages. Vietnamese pages live at the plain addresses, English ones under
 * {@code /en/}; each language's words are in {@code storefront/words_<code>.properties} (UTF-8),
 * which must hold the same keys (LangTest).
 */
public enum Lang {
  VI("vi", "vi_VN", ""),
  EN("en", "en_US", "/en");

  public final String code;
  public final String ogLocale;
  /** What comes before a storefront path in this language. */
  public final String prefix;
  private final Properties words;

  Lang(String code, String ogLocale, String prefix) {
    this.code = code;
    this.ogLocale = ogLocale;
    this.prefix = prefix;
    this.words = load("/storefront/words_" + code + ".properties");
  }

  /** The text for a key; a missing key is a bug, so it fails loudly rather than show the key. */
  public String t(String key) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("No " + code + " text for " + key);
    }
    return text;
  }

  /** The text for a key with its {0}, {1}… filled in. */
  public String t(String key, Object... values) {
    String text = t(key);
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }

  /** A storefront path ("/san-pham/x") in this language ("/en/san-pham/x"). */
  public String path(String path) {
    return this == VI ? path : "/".equals(path) ? "/en/" : prefix + path;
  }

  public Lang other() {
    return this == VI ? EN : VI;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  java.util.Set<String> keys() {
    return words.stringPropertyNames();
  }

  /** The language a cookie names, or null. */
  static Lang ofCode(String code) {
    for (Lang lang : values()) {
      if (lang.code.equals(code)) {
        return lang;
      }
    }
    return null;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(Lang.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
