package vn.langnghe.market.payment.vnpay;

import static vn.langnghe.market.payment.vnpay.VnpayPayRequest.require;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A refund request for the payment {@code txnRef} that VNPay numbered {@code transactionNo}.
 *
 * @param amountVnd whole VND to give back (×100 on the wire)
 * @param createdBy who asked for it
 */
public record VnpayRefund(String requestId, String tmnCode, Type type, String txnRef,
    long amountVnd, String transactionNo, Instant transactionDate, String createdBy,
    Instant createdAt, String ipAddr, String orderInfo) {

  /** {@code vnp_TransactionType}. */
  public enum Type {
    FULL("02"), PARTIAL("03");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public VnpayRefund {
    require(requestId, "requestId");
    require(tmnCode, "tmnCode");
    Objects.requireNonNull(type, "type");
    require(txnRef, "txnRef");
    require(transactionNo, "transactionNo");
    require(createdBy, "createdBy");
    require(ipAddr, "ipAddr");
    Objects.requireNonNull(transactionDate, "transactionDate");
    Objects.requireNonNull(createdAt, "createdAt");
    if (amountVnd <= 0) {
      throw new IllegalArgumentException("A refund needs a positive amount, not " + amountVnd);
    }
    VnpayFormats.amount(amountVnd);
    orderInfo = VnpayFormats.asciiText(require(orderInfo, "orderInfo"));
    if (requestId.length() > 32) {
      throw new IllegalArgumentException("vnp_RequestId has at most 32 characters");
    }
  }

  /** The raw values joined by "|" in the order VNPay documents (not URL-encoded). */
  public String hashData() {
    return String.join("|", requestId, VnpayFormats.VERSION, "refund", tmnCode, type.code(),
        txnRef, wireAmount(), transactionNo, VnpayFormats.date(transactionDate), createdBy,
        VnpayFormats.date(createdAt), ipAddr, orderInfo);
  }

  /** The body's fields in VNPay's order, without the hash. */
  LinkedHashMap<String, String> fields() {
    LinkedHashMap<String, String> f = new LinkedHashMap<>();
    f.put("vnp_RequestId", requestId);
    f.put("vnp_Version", VnpayFormats.VERSION);
    f.put("vnp_Command", "refund");
    f.put("vnp_TmnCode", tmnCode);
    f.put("vnp_TransactionType", type.code());
    f.put("vnp_TxnRef", txnRef);
    f.put("vnp_Amount", wireAmount());
    f.put("vnp_OrderInfo", orderInfo);
    f.put("vnp_TransactionNo", transactionNo);
    f.put("vnp_TransactionDate", VnpayFormats.date(transactionDate));
    f.put("vnp_CreateBy", createdBy);
    f.put("vnp_CreateDate", VnpayFormats.date(createdAt));
    f.put("vnp_IpAddr", ipAddr);
    return f;
  }

  private String wireAmount() {
    return Long.toString(VnpayFormats.amount(amountVnd));
  }
}
