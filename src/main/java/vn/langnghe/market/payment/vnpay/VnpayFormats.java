package vn.langnghe.market.payment.vnpay;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** How VNPay writes amounts, dates and free text. */
public final class VnpayFormats {

  /** The protocol version every request names. */
  public static final String VERSION = "2.1.0";

  /** VNPay reads and writes local time in Vietnam, whatever zone our server runs in. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7E]+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

  private VnpayFormats() {}

  /** {@code vnp_Amount}: whole VND times 100 (VNPay's amounts carry two implied decimals). */
  public static long amount(long vnd) {
    if (vnd < 0) {
      throw new IllegalArgumentException("A VNPay amount cannot be negative: " + vnd);
    }
    try {
      return Math.multiplyExact(vnd, 100L);
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException("The amount " + vnd + " VND is too large for VNPay");
    }
  }

  /** Whole VND from a received {@code vnp_Amount}; refuses what is not a multiple of 100. */
  public static long vnd(String vnpAmount) {
    if (vnpAmount == null || !DIGITS.matcher(vnpAmount).matches()) {
      throw new IllegalArgumentException("Not a VNPay amount: " + vnpAmount);
    }
    long hundredths;
    try {
      hundredths = Long.parseLong(vnpAmount);
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException("Not a VNPay amount: " + vnpAmount);
    }
    if (hundredths % 100 != 0) {
      throw new IllegalArgumentException("VND has no fractions, yet vnp_Amount is " + vnpAmount);
    }
    return hundredths / 100;
  }

  /** {@code yyyyMMddHHmmss} in Vietnam time. */
  public static String date(Instant instant) {
    return DATE.format(instant.atZone(VIETNAM));
  }

  /** The instant a VNPay date (Vietnam time) stands for. */
  public static Instant instant(String vnpDate) {
    try {
      return LocalDateTime.parse(vnpDate, DATE).atZone(VIETNAM).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("Not a VNPay date (yyyyMMddHHmmss): " + vnpDate);
    }
  }

  /**
   * Vietnamese without accents, as VNPay asks for {@code vnp_OrderInfo}: "Thanh toán đơn hàng" →
   * "Thanh toan don hang". Case is kept (unlike {@code VietnameseText.fold}, which lower-cases for
   * matching), đ/Đ become d/D, and anything else outside printable ASCII becomes a space, because
   * the signing rule encodes values as US-ASCII and would turn it into "?".
   */
  public static String asciiText(String text) {
    String bare = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    bare = bare.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
    String ascii = NOT_PRINTABLE_ASCII.matcher(bare).replaceAll(" ");
    return SPACES.matcher(ascii).replaceAll(" ").strip();
  }
}
