package vn.langnghe.market.payouts;

import java.util.Locale;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Text as banks take it in a transfer file: Vietnamese without diacritics (đ as d), upper case,
 * only the characters of the ISO 20022 restricted Latin set, cut to the field's length.
 */
final class BankText {

  private BankText() {}

  static String of(String text, int maxLength) {
    String folded = VietnameseText.fold(text == null ? "" : text).toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9/\\-?:().,'+ ]", " ")
        .replaceAll("\\s+", " ")
        .trim();
    return folded.length() <= maxLength ? folded : folded.substring(0, maxLength).trim();
  }
}
