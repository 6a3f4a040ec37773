package vn.langnghe.market.payment.vnpay;

import static vn.langnghe.market.payment.vnpay.VnpayPayRequest.require;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A querydr request: what VNPay knows of the payment {@code txnRef} made at {@code
 * transactionDate} (the {@code vnp_CreateDate} we sent with it).
 *
 * @param requestId unique per request, at most 32 characters
 * @param ipAddr our server's address
 */
public record VnpayQuery(String requestId, String tmnCode, String txnRef, String orderInfo,
    Instant transactionDate, Instant createdAt, String ipAddr) {

  public VnpayQuery {
    require(requestId, "requestId");
    require(tmnCode, "tmnCode");
    require(txnRef, "txnRef");
    require(ipAddr, "ipAddr");
    Objects.requireNonNull(transactionDate, "transactionDate");
    Objects.requireNonNull(createdAt, "createdAt");
    orderInfo = VnpayFormats.asciiText(require(orderInfo, "orderInfo"));
    if (requestId.length() > 32) {
      throw new IllegalArgumentException("vnp_RequestId has at most 32 characters");
    }
  }

  /** The raw values joined by "|" in the order VNPay documents (not URL-encoded). */
  public String hashData() {
    return String.join("|", requestId, VnpayFormats.VERSION, "querydr", tmnCode, txnRef,
        VnpayFormats.date(transactionDate), VnpayFormats.date(createdAt), ipAddr, orderInfo);
  }

  /** The body's fields in VNPay's order, without the hash. */
  LinkedHashMap<String, String> fields() {
    LinkedHashMap<String, String> f = new LinkedHashMap<>();
    f.put("vnp_RequestId", requestId);
    f.put("vnp_Version", VnpayFormats.VERSION);
    f.put("vnp_Command", "querydr");
    f.put("vnp_TmnCode", tmnCode);
    f.put("vnp_TxnRef", txnRef);
    f.put("vnp_OrderInfo", orderInfo);
    f.put("vnp_TransactionDate", VnpayFormats.date(transactionDate));
    f.put("vnp_CreateDate", VnpayFormats.date(createdAt));
    f.put("vnp_IpAddr", ipAddr);
    return f;
  }
}
