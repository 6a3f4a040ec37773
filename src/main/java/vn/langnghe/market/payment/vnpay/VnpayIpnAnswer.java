package vn.langnghe.market.payment.vnpay;

/**
 * Our answer to an IPN, as {@code {"RspCode","Message"}}, messages spelt as VNPay documents them.
 * VNPay calls again unless it gets 00 or 02. A 04 does not undo the payment at VNPay: the money
 * has arrived, so a mismatch must end in a refund or a human, never in silence.
 */
public enum VnpayIpnAnswer {
  CONFIRM_SUCCESS("00", "Confirm Success"),
  ORDER_NOT_FOUND("01", "Order not Found"),
  ORDER_ALREADY_CONFIRMED("02", "Order already confirmed"),
  INVALID_AMOUNT("04", "Invalid Amount"),
  INVALID_CHECKSUM("97", "Invalid Checksum"),
  UNKNOWN_ERROR("99", "Unknow error");

  private final String code;
  private final String message;

  VnpayIpnAnswer(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** Whether VNPay stops calling after this answer. */
  public boolean endsRetries() {
    return this == CONFIRM_SUCCESS || this == ORDER_ALREADY_CONFIRMED;
  }

  /** The body to answer with (the codes and messages need no escaping). */
  public String json() {
    return "{\"RspCode\":\"" + code + "\",\"Message\":\"" + message + "\"}";
  }
}
