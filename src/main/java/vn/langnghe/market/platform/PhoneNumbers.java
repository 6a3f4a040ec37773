package vn.langnghe.market.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people write them ("0912 345 678", "0912.345.678", "+84 912 345 678",
 * "(+84) 912345678", "84912345678", "0084 912 345 678") kept in one form, +84 and the national
 * number without its 0 (E.164), so that one number is always the same text.
 */
public final class PhoneNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]+");
  /** Mobiles have 9 digits after the 0, landlines 10; none starts with 0 after it. */
  private static final Pattern NATIONAL = Pattern.compile("[1-9][0-9]{8,9}");

  private PhoneNumbers() {}

  /** +84…, or empty when the text is not a Vietnamese phone number. */
  public static Optional<String> vietnamese(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = SEPARATORS.matcher(text).replaceAll("");
    String national;
    if (digits.startsWith("+84")) {
      national = digits.substring(3);
    } else if (digits.startsWith("0084")) {
      national = digits.substring(4);
    } else if (digits.startsWith("0")) {
      national = digits.substring(1);
    } else if (digits.startsWith("84")) {
      // a national number starts with 0, so a leading 84 is the country code written without +
      national = digits.substring(2);
    } else {
      return Optional.empty();
    }
    // "+84 0912…": the 0 kept after the country code
    if (national.startsWith("0") && !digits.startsWith("0")) {
      national = national.substring(1);
    }
    return NATIONAL.matcher(national).matches() ? Optional.of("+84" + national) : Optional.empty();
  }
}
