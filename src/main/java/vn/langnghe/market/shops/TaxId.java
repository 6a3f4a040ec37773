package vn.langnghe.market.shops;

import java.time.Year;
import java.util.Set;
import vn.langnghe.market.platform.Problems;

/**
 * A household seller's tax identity as the tax office knows it: a 12-digit citizen ID (CCCD,
 * whose number is also the personal tax code since Circular 86/2024), a 10-digit tax code (MST)
 * or a branch's 13 ("0314409058-002"). Checked here so a typo is refused at entry, not by the
 * tax office months later.
 */
public final class TaxId {

  public static final String FIELD = "taxId";

  /** Circular 105/2020/TT-BTC: the weights of the first nine digits of a tax code, modulo 11. */
  private static final int[] MST_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  /** The 63 provinces' codes that begin a citizen ID (Circular 07/2016/TT-BCA); gaps are nobody's. */
  private static final Set<String> PROVINCES = Set.of(
      "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
      "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
      "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
      "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
      "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  /** The youngest a seller may be: 15, the age from which the Labour Code lets a person work. */
  public static final int YOUNGEST_SELLER = 15;

  /** No one older: a birth year further back is a typing mistake. */
  public static final int OLDEST_SELLER = 120;

  private TaxId() {}

  /**
   * A seller's 12-digit citizen ID (CCCD) as they identify themselves, checked strictly: digits
   * 1-3 a province code; digit 4 the century and sex (0/1 born 19xx, 2/3 20xx, 4/5 21xx, 6/7 22xx,
   * 8/9 18xx, even male, odd female); digits 5-6 the last two of the birth year. The birth year
   * must make the seller at least {@value #YOUNGEST_SELLER} this year and at most
   * {@value #OLDEST_SELLER}. Spaces and dots are dropped; anything else is a 400 on
   * {@code field}.
   */
  public static String citizenId(String typed, Year thisYear, String field) {
    String compact = compact(typed);
    if (compact == null || !compact.matches("\\d{12}")) {
      throw new Problems.InvalidInputException(field, "a citizen ID has 12 digits");
    }
    requireProvince(compact, field);
    int birthYear = birthYear(compact);
    int age = thisYear.getValue() - birthYear;
    if (age < YOUNGEST_SELLER || age > OLDEST_SELLER) {
      throw new Problems.InvalidInputException(field, "digits 4 to 6 give the birth year " + birthYear
          + ", which cannot be a seller's (at least " + YOUNGEST_SELLER + " years old): a digit mistyped?");
    }
    return compact;
  }

  /** The birth year a citizen ID's digits 4 to 6 tell (its century digit and two year digits). */
  static int birthYear(String citizenId) {
    int century = switch (citizenId.charAt(3)) {
      case '0', '1' -> 1900;
      case '2', '3' -> 2000;
      case '4', '5' -> 2100;
      case '6', '7' -> 2200;
      default -> 1800;
    };
    return century + Integer.parseInt(citizenId.substring(4, 6));
  }

  /**
   * A 10-digit tax code or a branch's 13 digits (with or without the dash), its check digit
   * checked (Circular 105/2020/TT-BTC); a 400 on {@code field} otherwise.
   */
  public static String taxCode(String typed, String field) {
    String compact = compact(typed);
    if (compact != null && compact.matches("\\d{10}(-?\\d{3})?")) {
      return taxCodeOrBranch(compact, field);
    }
    throw new Problems.InvalidInputException(field, "a tax code has 10 digits, a branch's 13");
  }

  private static String compact(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip().replaceAll("[\\s.]", "");
  }

  /**
   * The identity in its one written form (digits; a branch as code-branch), or null for blank.
   * Spaces and dots people type between groups are dropped. Anything else is a 400 on taxId.
   */
  public static String normalised(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String compact = compact(typed);
    if (compact.matches("\\d{10}(-?\\d{3})?")) {
      return taxCodeOrBranch(compact, FIELD);
    }
    if (compact.matches("\\d{12}")) {
      // digits 1-3 the province of birth registration; here (a declaration kept since before the
      // sellers' identity) the century and birth-year digits are not checked: citizenId() does
      requireProvince(compact, FIELD);
      return compact;
    }
    throw invalid("must be a 12-digit citizen ID, a 10-digit tax code, or a branch's 13 digits");
  }

  /** The check digit of a 10-digit tax code, or -1 when its first nine digits admit none. */
  static int checkDigit(String firstNine) {
    int sum = 0;
    for (int i = 0; i < MST_WEIGHTS.length; i++) {
      sum += (firstNine.charAt(i) - '0') * MST_WEIGHTS[i];
    }
    int check = 10 - sum % 11;
    return check == 10 ? -1 : check;
  }

  private static String taxCodeOrBranch(String compact, String field) {
    String code = compact.substring(0, 10);
    requireTaxCode(code, field);
    if (compact.length() == 10) {
      return code;
    }
    String branch = compact.substring(compact.length() - 3);
    if (branch.equals("000")) {
      throw new Problems.InvalidInputException(field, "a branch number runs from 001 to 999");
    }
    return code + "-" + branch;
  }

  private static void requireProvince(String citizenId, String field) {
    if (!PROVINCES.contains(citizenId.substring(0, 3))) {
      throw new Problems.InvalidInputException(field, "a citizen ID starts with a province code"
          + " (001 Hà Nội … 096 Cà Mau); " + citizenId.substring(0, 3) + " is none");
    }
  }

  private static void requireTaxCode(String code, String field) {
    if (code.substring(2, 9).equals("0000000")) {
      throw new Problems.InvalidInputException(field,
          "a tax code's sequence number (digits 3 to 9) is never 0000000");
    }
    if (checkDigit(code) != code.charAt(9) - '0') {
      throw new Problems.InvalidInputException(field,
          "the tax code's check digit (the 10th) does not match: a digit mistyped?");
    }
  }

  private static Problems.InvalidInputException invalid(String message) {
    return new Problems.InvalidInputException(FIELD, message);
  }
}
