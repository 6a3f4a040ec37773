package vn.langnghe.market.payment.vnpay;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a return or IPN query whose signature has been checked: only {@link
 * VnpaySignature#verified} makes one. Only the IPN may settle a payment; the return page just
 * shows what the IPN will decide.
 */
public final class VnpayCallback {

  private final Map<String, String> fields;

  VnpayCallback(Map<String, String> fields) {
    this.fields = Map.copyOf(fields);
  }

  /** Paid means both codes are "00"; either alone is not enough. */
  public static boolean paid(String responseCode, String transactionStatus) {
    return "00".equals(responseCode) && "00".equals(transactionStatus);
  }

  public boolean paid() {
    return paid(fields.get("vnp_ResponseCode"), fields.get("vnp_TransactionStatus"));
  }

  /** Response code 24: the shopper cancelled on VNPay's page. */
  public boolean cancelledByShopper() {
    return "24".equals(fields.get("vnp_ResponseCode"));
  }

  /** Our payment reference, as we sent it in {@code vnp_TxnRef}. */
  public String txnRef() {
    return fields.get("vnp_TxnRef");
  }

  /** Whole VND, from {@code vnp_Amount} ÷ 100. */
  public long amountVnd() {
    return VnpayFormats.vnd(fields.get("vnp_Amount"));
  }

  /** VNPay's number for the transaction, needed to refund it. */
  public String transactionNo() {
    return fields.get("vnp_TransactionNo");
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(fields.get("vnp_PayDate")).map(VnpayFormats::instant);
  }

  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
