package vn.langnghe.market.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Vietnamese phone numbers as people write them ("0912 345 678", "+84 912 345 678",
 * "84912345678", "(024) 3825 1234") checked against Google's numbering plan for Vietnam and kept
 * in one form, E.164 ("+84912345678"), so the same number is always stored the same way.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String VIETNAM = "VN";
  /** Longer than any real number with its spaces and punctuation: refused before parsing. */
  private static final int MAX_INPUT = 30;

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is not a valid Vietnamese mobile or landline number. */
  public static Optional<String> vietnamese(String input) {
    if (input == null || input.isBlank() || input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    String text = input.strip();
    // "84912345678": the country code written without its plus; the parser would read it as a
    // national number, which no Vietnamese number starts with after the trunk zero
    String digits = text.replaceAll("[\\s.()-]", "");
    if (digits.matches("84[1-9][0-9]{8,9}")) {
      text = "+" + digits;
    }
    try {
      PhoneNumber number = UTIL.parse(text, VIETNAM);
      if (number.getCountryCode() != UTIL.getCountryCodeForRegion(VIETNAM)
          || !UTIL.isValidNumberForRegion(number, VIETNAM)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** The number in E.164, or a 400 naming {@code field}. */
  public static String vietnamese(String input, String field) {
    return vietnamese(input).orElseThrow(() -> new Problems.InvalidInputException(field,
        "is not a Vietnamese phone number (e.g. 0912 345 678 or (024) 3825 1234)"));
  }
}
