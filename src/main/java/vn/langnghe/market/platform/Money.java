package vn.langnghe.market.platform;

/** Money is whole VND in a long; this only formats it the Vietnamese way: 1.250.000 ₫. */
public final class Money {

  private Money() {}

  public static String formatVnd(long amount) {
    String digits = Long.toString(Math.abs(amount));
    StringBuilder grouped = new StringBuilder();
    int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, firstGroup);
    for (int i = firstGroup; i < digits.length(); i += 3) {
      grouped.append('.').append(digits, i, i + 3);
    }
    return (amount < 0 ? "-" : "") + grouped + " ₫";
  }
}
