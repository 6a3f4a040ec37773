package vn.langnghe.market.platform;

import java.text.Normalizer;

/**
 * Text as it may be stored: NFC, and without the characters that only ever hide or disguise what a
 * reader sees (NUL, ESC and the other controls, DEL, the C1 controls, the bidi overrides and
 * isolates that turn "gpj.exe" into "exe.jpg"). Tab and line breaks stay: multi-line texts use them,
 * and single-line fields collapse white space anyway.
 */
public final class CleanText {

  private CleanText() {}

  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnwanted(text);
    String kept = first < 0 ? text : strip(text, first);
    return Normalizer.isNormalized(kept, Normalizer.Form.NFC)
        ? kept
        : Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  static boolean unwanted(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static int firstUnwanted(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unwanted(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String text, int first) {
    StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unwanted(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
