package vn.langnghe.market.payouts;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;

/**
 * The rules for what an artisan types into the receiving-account form. Banks print the holder
 * name without diacritics in upper case ("Nguyễn Thị Đào" → "NGUYEN THI DAO") and transfer files
 * must carry it so; the owner's name matches when it folds to the same.
 */
public final class AccountDetails {

  /** The column's width, and more than any bank prints. */
  static final int NAME_MAX = 70;

  private static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{6,19}");
  private static final Pattern BANK_NAME = Pattern.compile("[A-Z]+( [A-Z]+)*");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private AccountDetails() {}

  /** The account number without spaces, letters upper case; 6–19 of them, else a 400. */
  public static String accountNumber(String typed) {
    String number = typed == null ? "" : WHITE_SPACE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    if (!NUMBER.matcher(number).matches()) {
      throw new Problems.InvalidInputException("accountNumber",
          "must be 6 to 19 digits or letters, as the bank wrote it");
    }
    return number;
  }

  /** The holder name as the bank prints it, or a 400 when nothing, too long, or not letters. */
  public static String holderName(String typed) {
    String name = folded(typed);
    if (name.isEmpty()) {
      throw new Problems.InvalidInputException("accountName", "is empty");
    }
    if (name.length() > NAME_MAX) {
      throw new Problems.InvalidInputException("accountName", "is longer than " + NAME_MAX + " letters");
    }
    if (!BANK_NAME.matcher(name).matches()) {
      throw new Problems.InvalidInputException("accountName",
          "must be letters only, as the bank prints the holder's name");
    }
    return name;
  }

  /** Whether the holder is the registered owner, diacritics, case and spacing aside. */
  static boolean sameHolder(String holderName, String ownerName) {
    return ownerName != null && holderName.equals(folded(ownerName));
  }

  /** NFC, marks dropped, đ as D, upper case, single spaces. */
  static String folded(String text) {
    if (text == null) {
      return "";
    }
    return VietnameseText.fold(VietnameseText.clean(text)).toUpperCase(Locale.ROOT);
  }

  /** "0011001234567" → "*********4567": enough for the owner to recognise, too little to use. */
  static String masked(String accountNumber) {
    int shown = Math.min(4, accountNumber.length());
    return "*".repeat(accountNumber.length() - shown) + accountNumber.substring(accountNumber.length() - shown);
  }
}
