package vn.langnghe.market.payment.vnpay;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a {@code vnp_Command=pay} request. The order info is made ASCII here, so a caller
 * may pass Vietnamese; the amount is whole VND and becomes ×100 on the wire.
 *
 * @param ipAddr the shopper's address
 * @param bankCode null lets the shopper choose on VNPay's page
 */
public record VnpayPayRequest(String tmnCode, long amountVnd, String txnRef, String orderInfo,
    String orderType, String locale, String returnUrl, String ipAddr, Instant createdAt,
    Instant expiresAt, String bankCode) {

  public VnpayPayRequest {
    require(tmnCode, "tmnCode");
    require(txnRef, "txnRef");
    require(orderType, "orderType");
    require(locale, "locale");
    require(returnUrl, "returnUrl");
    require(ipAddr, "ipAddr");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (amountVnd <= 0) {
      throw new IllegalArgumentException("A payment needs a positive amount, not " + amountVnd);
    }
    VnpayFormats.amount(amountVnd);
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("The payment must expire after it is created");
    }
    orderInfo = VnpayFormats.asciiText(require(orderInfo, "orderInfo"));
    if (orderInfo.isEmpty() || orderInfo.length() > 255) {
      throw new IllegalArgumentException("vnp_OrderInfo must be 1 to 255 ASCII characters");
    }
  }

  /** The fields to sign, in no particular order (signing sorts them). */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("vnp_Version", VnpayFormats.VERSION);
    p.put("vnp_Command", "pay");
    p.put("vnp_TmnCode", tmnCode);
    p.put("vnp_Amount", Long.toString(VnpayFormats.amount(amountVnd)));
    p.put("vnp_CurrCode", "VND");
    p.put("vnp_TxnRef", txnRef);
    p.put("vnp_OrderInfo", orderInfo);
    p.put("vnp_OrderType", orderType);
    p.put("vnp_Locale", locale);
    p.put("vnp_ReturnUrl", returnUrl);
    p.put("vnp_IpAddr", ipAddr);
    p.put("vnp_CreateDate", VnpayFormats.date(createdAt));
    p.put("vnp_ExpireDate", VnpayFormats.date(expiresAt));
    if (bankCode != null && !bankCode.isBlank()) {
      p.put("vnp_BankCode", bankCode);
    }
    return p;
  }

  static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
