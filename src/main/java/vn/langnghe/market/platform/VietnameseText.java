package vn.langnghe.market.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text rules for Vietnamese input: NFC for storage, accent folding and slugs for matching. */
public final class VietnameseText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** In {@link #LATIN_FOLD}: the character folds to nothing (a combining mark). */
  private static final char DROP = '\uFFFF';

  /**
   * The folded form of each character where Vietnamese lives (Basic Latin to Latin Extended-B,
   * the combining diacritics, Latin Extended Additional), each worked out once by the full rule:
   * folding a search hit's title is then a look-up per character, not a normalisation and a regex
   * (that was a third of a search request's CPU). 0: fold the whole text the full way.
   */
  private static final char[] LATIN_FOLD = new char[0x1F00];

  static {
    for (char c = 1; c < LATIN_FOLD.length; c++) {
      if (c < 0x0250 || (c >= 0x0300 && c < 0x0370) || c >= 0x1E00) {
        String folded = foldByNormalizing(String.valueOf(c));
        LATIN_FOLD[c] = folded.isEmpty() ? DROP : folded.length() == 1 ? folded.charAt(0) : 0;
      }
    }
  }

  private VietnameseText() {}

  /** NFC, trimmed, inner runs of white space collapsed; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
  }

  /** NFC only, keeping line breaks (for longer texts). */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /** "Đồng Xâm" → "dong xam": no marks, đ as d, lower case. */
  public static String fold(String text) {
    char[] folded = new char[text.length()];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < LATIN_FOLD.length ? LATIN_FOLD[c] : 0;
      if (f == 0) {
        return foldByNormalizing(text);
      }
      if (f != DROP) {
        folded[length++] = f;
      }
    }
    return new String(folded, 0, length);
  }

  /** The rule itself, for any text: NFD, marks removed, đ as d, lower case (root locale). */
  static String foldByNormalizing(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  /** "Nhẫn bạc chạm hoa sen" → "nhan-bac-cham-hoa-sen", at most {@code maxLength} characters. */
  public static String slug(String text, int maxLength) {
    String slug = NOT_SLUG.matcher(fold(text)).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > maxLength) {
      slug = trimDashes(slug.substring(0, maxLength));
    }
    return slug.isEmpty() ? "san-pham" : slug;
  }

  private static String trimDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
