package vn.langnghe.market.storefront;

import java.util.List;
import org.owasp.html.HtmlSanitizer;

/** The words of an artisan's (already sanitised) HTML, for descriptions in meta tags and JSON-LD. */
final class PlainText {

  private PlainText() {}

  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
      @Override
      public void openDocument() {}

      @Override
      public void closeDocument() {}

      @Override
      public void openTag(String elementName, List<String> attrs) {
        text.append(' ');
      }

      @Override
      public void closeTag(String elementName) {
        text.append(' ');
      }

      @Override
      public void text(String textChunk) {
        text.append(textChunk);
      }
    });
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  /** At most {@code max} characters, cut at a word with "…". */
  static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }
}
