package vn.langnghe.market.search;

import java.util.HashSet;
import java.util.Set;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Marks the words of a title that the query matched, accents optional on either side ("dong"
 * marks "Đồng"), as HTML with everything else escaped. Made once per search (the query is folded
 * once), then used for every hit.
 */
final class Highlighter {

  private final Set<String> wanted = new HashSet<>();

  private Highlighter(String query) {
    if (query != null) {
      for (String word : VietnameseText.fold(query).split("[^a-z0-9]+")) {
        if (!word.isEmpty()) {
          wanted.add(word);
        }
      }
    }
  }

  static Highlighter of(String query) {
    return new Highlighter(query);
  }

  String mark(String title) {
    if (title == null) {
      return null;
    }
    StringBuilder html = new StringBuilder(title.length() + 32);
    if (wanted.isEmpty()) {
      escape(title, 0, title.length(), html);
      return html.toString();
    }
    int start = -1;
    for (int i = 0; i <= title.length(); i++) {
      char c = i < title.length() ? title.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        start = start < 0 ? i : start;
        continue;
      }
      if (start >= 0) {
        boolean hit = wanted.contains(VietnameseText.fold(title.substring(start, i)));
        html.append(hit ? "<mark>" : "");
        escape(title, start, i, html);
        html.append(hit ? "</mark>" : "");
        start = -1;
      }
      if (i < title.length()) {
        escape(title, i, i + 1, html);
      }
    }
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        default -> html.append(c);
      }
    }
  }
}
