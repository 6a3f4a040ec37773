package vn.langnghe.market.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text rules for Vietnamese input: NFC for storage, accent folding and slugs for matching. */
public final class VietnameseText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
