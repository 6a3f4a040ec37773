package vn.langnghe.market.payment.vietqr;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transfer to a bank account as a VietQR payload (NAPAS 247, service QRIBFTTA). With an amount
 * the code is dynamic (tag 01 "12"); the memo lands in the transfer's description, where we look
 * for it when the bank reports the money.
 *
 * @param bankBin the bank's six-digit NAPAS BIN, e.g. 970436 for Vietcombank
 * @param amountVnd whole VND, or null to let the payer type it
 * @param memo printable ASCII, at most 25 characters, or null
 */
public record VietQrTransfer(String bankBin, String accountNumber, Long amountVnd, String memo) {

  static final String NAPAS_GUID = "A000000727";
  static final String TO_ACCOUNT = "QRIBFTTA";
  static final String VND = "704";
  static final String VIETNAM = "VN";

  private static final Pattern BIN = Pattern.compile("[0-9]{6}");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{1,19}");
  private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]{0,12}");
  private static final Pattern MEMO = Pattern.compile("[\\x20-\\x7E]{1,25}");
  private static final Pattern NOT_MEMO_SAFE = Pattern.compile("[^A-Za-z0-9]");
  private static final long MAX_AMOUNT = 9_999_999_999_999L;
  // no boundary asked before "LN": some banks glue their own prefix to the text. The attempt's
  // digits must end the memo: "...XA12" followed by a digit is not read as attempt 12.
  private static final Pattern MEMO_IN_TEXT = Pattern.compile(
      "LN[-. ]?([0-9]{6})[-. ]?([2-9A-HJ-NP-Z]{8})[-. ]?([0-9]{1,6})(?![0-9])");

  public VietQrTransfer {
    if (bankBin == null || !BIN.matcher(bankBin).matches()) {
      throw new IllegalArgumentException("A bank BIN is 6 digits, not " + bankBin);
    }
    if (accountNumber == null || !ACCOUNT.matcher(accountNumber).matches()) {
      throw new IllegalArgumentException("An account number is 1 to 19 digits, not " + accountNumber);
    }
    if (amountVnd != null && (amountVnd <= 0 || amountVnd > MAX_AMOUNT)) {
      throw new IllegalArgumentException("The amount must be 1 to 13 digits of VND, not " + amountVnd);
    }
    if (memo != null && !MEMO.matcher(memo).matches()) {
      throw new IllegalArgumentException("The memo must be 1 to 25 printable ASCII characters, not \"" + memo + "\"");
    }
  }

  /**
   * A memo for a payment reference: its letters and digits only, upper case ("LN261126-7K3F9Q-1" →
   * "LN2611267K3F9Q1"). Banking apps and statements drop or change punctuation and spaces, so the
   * memo has none, and a transfer is matched by comparing letters and digits.
   */
  public static String memoFor(String paymentReference) {
    String memo = NOT_MEMO_SAFE.matcher(paymentReference).replaceAll("").toUpperCase(Locale.ROOT);
    if (memo.isEmpty() || memo.length() > 25) {
      throw new IllegalArgumentException("No memo of 1 to 25 letters and digits in " + paymentReference);
    }
    return memo;
  }

  /**
   * The payment reference whose memo ({@link #memoFor}) appears in a transfer's description, or
   * empty when none does, or when two different ones do. The memo is read back by the shape of a
   * reference: order number {@code LN<yyMMdd>-<8 letters>} (Checkout), a dash, the attempt
   * (Payments). Banks add their own text around the memo and may change its case; a shopper
   * typing it may keep the dashes or put spaces there, so one separator between the parts is
   * allowed too.
   */
  public static Optional<String> referenceIn(String description) {
    if (description == null) {
      return Optional.empty();
    }
    Matcher found = MEMO_IN_TEXT.matcher(description.toUpperCase(Locale.ROOT));
    Set<String> references = new LinkedHashSet<>();
    while (found.find()) {
      references.add("LN" + found.group(1) + "-" + found.group(2) + "-"
          + Long.parseLong(found.group(3)));
    }
    return references.size() == 1 ? references.stream().findFirst() : Optional.empty();
  }

  /** The text to put in the QR code. */
  public String payload() {
    String account = EmvQr.field("00", bankBin) + EmvQr.field("01", accountNumber);
    String beneficiary = EmvQr.field("00", NAPAS_GUID) + EmvQr.field("01", account)
        + EmvQr.field("02", TO_ACCOUNT);
    StringBuilder qr = new StringBuilder()
        .append(EmvQr.field("00", "01"))
        .append(EmvQr.field("01", amountVnd == null ? "11" : "12"))
        .append(EmvQr.field("38", beneficiary))
        .append(EmvQr.field("53", VND));
    if (amountVnd != null) {
      qr.append(EmvQr.field("54", Long.toString(amountVnd)));
    }
    qr.append(EmvQr.field("58", VIETNAM));
    if (memo != null) {
      qr.append(EmvQr.field("62", EmvQr.field("08", memo)));
    }
    return EmvQr.withCrc(qr.toString());
  }

  /** Reads a payload back; refuses a wrong CRC and anything that is not a VND transfer to an account. */
  public static VietQrTransfer parse(String payload) {
    if (!EmvQr.crcOk(payload)) {
      throw new IllegalArgumentException("The VietQR payload fails its CRC check");
    }
    Map<String, String> root = EmvQr.fields(payload);
    expect(root, "00", "01");
    String lastId = root.keySet().stream().reduce((first, second) -> second).orElseThrow();
    if (!lastId.equals("63")) {
      throw new IllegalArgumentException("The CRC is not the last field");
    }
    Map<String, String> beneficiary = EmvQr.fields(required(root, "38"));
    expect(beneficiary, "00", NAPAS_GUID);
    expect(beneficiary, "02", TO_ACCOUNT);
    Map<String, String> account = EmvQr.fields(required(beneficiary, "01"));
    expect(root, "53", VND);
    expect(root, "58", VIETNAM);
    String amount = root.get("54");
    if (amount != null && !AMOUNT.matcher(amount).matches()) {
      throw new IllegalArgumentException("Not a whole VND amount: " + amount);
    }
    String memo = root.containsKey("62") ? EmvQr.fields(root.get("62")).get("08") : null;
    return new VietQrTransfer(required(account, "00"), required(account, "01"),
        amount == null ? null : Long.valueOf(amount), memo);
  }

  private static String required(Map<String, String> fields, String id) {
    String value = fields.get(id);
    if (value == null) {
      throw new IllegalArgumentException("Field " + id + " is missing");
    }
    return value;
  }

  private static void expect(Map<String, String> fields, String id, String expected) {
    if (!expected.equals(required(fields, id))) {
      throw new IllegalArgumentException("Field " + id + " is " + fields.get(id) + ", not " + expected);
    }
  }
}
