package vn.langnghe.market.shops;

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

  private TaxId() {}

  /**
   * The identity in its one written form (digits; a branch as code-branch), or null for blank.
   * Spaces and dots people type between groups are dropped. Anything else is a 400 on taxId.
   */
  public static String normalised(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String compact = typed.strip().replaceAll("[\\s.]", "");
    if (compact.matches("\\d{10}-?\\d{3}")) {
      String code = compact.substring(0, 10);
      String branch = compact.substring(compact.length() - 3);
      requireTaxCode(code);
      if (branch.equals("000")) {
        throw invalid("a branch number runs from 001 to 999");
      }
      return code + "-" + branch;
    }
    if (compact.matches("\\d{10}")) {
      requireTaxCode(compact);
      return compact;
    }
    if (compact.matches("\\d{12}")) {
      // digits 1-3 the province of birth registration; digit 4 the century and sex (0-9, any
      // digit); digits 5-6 the year of birth; the rest a sequence
      if (!PROVINCES.contains(compact.substring(0, 3))) {
        throw invalid("a citizen ID starts with a province code (001 Hà Nội … 096 Cà Mau); "
            + compact.substring(0, 3) + " is none");
      }
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

  private static void requireTaxCode(String code) {
    if (code.substring(2, 9).equals("0000000")) {
      throw invalid("a tax code's sequence number (digits 3 to 9) is never 0000000");
    }
    if (checkDigit(code) != code.charAt(9) - '0') {
      throw invalid("the tax code's check digit (the 10th) does not match: a digit mistyped?");
    }
  }

  private static Problems.InvalidInputException invalid(String message) {
    return new Problems.InvalidInputException(FIELD, message);
  }
}
