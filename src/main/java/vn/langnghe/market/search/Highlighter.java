package vn.langnghe.market.search;

import java.util.HashSet;
import java.util.Set;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Marks the words of a title that the query matched, accents optional on either side ("dong"
 * marks "Đồng"), as HTML with everything else escaped.
 */
final class Highlighter {

  private Highlighter() {}

  static String mark(String title, String query) {
    if (title == null) {
      return null;
    }
    Set<String> wanted = new HashSet<>();
    if (query != null) {
      for (String word : VietnameseText.fold(query).split("[^a-z0-9]+")) {
        if (!word.isEmpty()) {
          wanted.add(word);
        }
      }
    }
    StringBuilder html = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= title.length(); i++) {
      char c = i < title.length() ? title.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        String text = escape(word.toString());
        boolean hit = wanted.contains(VietnameseText.fold(word.toString()));
        html.append(hit ? "<mark>" + text + "</mark>" : text);
        word.setLength(0);
      }
      if (i < title.length()) {
        html.append(escape(String.valueOf(c)));
      }
    }
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
