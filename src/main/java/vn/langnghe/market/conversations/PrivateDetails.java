package vn.langnghe.market.conversations;

import java.util.regex.Pattern;

/**
 * Hides phone numbers and e-mail addresses typed into a message or a question: trade stays on
 * the marketplace, where the buyer is protected, and nobody's contact details reach a stranger.
 */
final class PrivateDetails {

  static final String HIDDEN = "[đã ẩn]";
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+");
  /**
   * Nine to twelve digits, however spaced, dotted or bracketed: Vietnamese phone numbers as typed;
   * not inside a word, so order numbers (LN261126-734F9QXA) and SKUs stay.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\p{L}0-9])\\+?[0-9](?:[\\s.()-]{0,2}[0-9]){8,11}(?![\\p{L}0-9])");

  private PrivateDetails() {}

  static String hidden(String text) {
    return PHONE.matcher(EMAIL.matcher(text).replaceAll(HIDDEN)).replaceAll(HIDDEN);
  }
}
