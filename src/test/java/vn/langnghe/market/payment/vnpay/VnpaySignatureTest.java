package vn.langnghe.market.payment.vnpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reproduces /work/shared/vectors/vnpay-vectors.txt byte for byte. */
class VnpaySignatureTest {

  // test values from the vectors, never a real merchant's
  static final String SECRET = "SECRETKEYDONGXAM0123456789ABCDEF";
  static final String TMN = "DONGXAM1";
  static final String SANDBOX = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";

  final VnpaySignature vnpay = new VnpaySignature(SECRET);

  // vector 1
  static final String PAY_HASH_DATA = "vnp_Amount=125000000&vnp_Command=pay&vnp_CreateDate=20261124103000&vnp_CurrCode=VND&vnp_ExpireDate=20261124104500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+ORD-20261124-0001&vnp_OrderType=other&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8080%2Fpayment%2Fvnpay%2Freturn&vnp_TmnCode=DONGXAM1&vnp_TxnRef=ORD-20261124-0001&vnp_Version=2.1.0";
  static final String PAY_HASH = "5bd6668af8262c7d80e8d6d0e74107b2e36d1f078832cca525b7ae64d031e60f37258071391d6749664cfc0446cf6905a8e540a35740a73a59ddf7eb826d5828";
  static final String PAY_QUERY = "vnp_Amount=125000000&vnp_Command=pay&vnp_CreateDate=20261124103000&vnp_CurrCode=VND&vnp_ExpireDate=20261124104500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+ORD-20261124-0001&vnp_OrderType=other&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8080%2Fpayment%2Fvnpay%2Freturn&vnp_TmnCode=DONGXAM1&vnp_TxnRef=ORD-20261124-0001&vnp_Version=2.1.0&vnp_SecureHash=5bd6668af8262c7d80e8d6d0e74107b2e36d1f078832cca525b7ae64d031e60f37258071391d6749664cfc0446cf6905a8e540a35740a73a59ddf7eb826d5828";
  static final String PAY_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=125000000&vnp_Command=pay&vnp_CreateDate=20261124103000&vnp_CurrCode=VND&vnp_ExpireDate=20261124104500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+ORD-20261124-0001&vnp_OrderType=other&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8080%2Fpayment%2Fvnpay%2Freturn&vnp_TmnCode=DONGXAM1&vnp_TxnRef=ORD-20261124-0001&vnp_Version=2.1.0&vnp_SecureHash=5bd6668af8262c7d80e8d6d0e74107b2e36d1f078832cca525b7ae64d031e60f37258071391d6749664cfc0446cf6905a8e540a35740a73a59ddf7eb826d5828";

  // vector 2
  static final String RETURN_HASH_DATA = "vnp_Amount=125000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP14567890&vnp_CardType=ATM&vnp_OrderInfo=Thanh+toan+don+hang+ORD-20261124-0001&vnp_PayDate=20261124103512&vnp_ResponseCode=00&vnp_TmnCode=DONGXAM1&vnp_TransactionNo=14567890&vnp_TransactionStatus=00&vnp_TxnRef=ORD-20261124-0001";
  static final String RETURN_HASH = "2d59f6da23fb5bc404050edeb90e0d6f71f4f2c9947bcfdc41afabe4f59ddb23579b199b115924fe2e44a32432502d11dbdc02982aac85902ed81f483be33a84";
  static final String RETURN_QUERY = "vnp_Amount=125000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP14567890&vnp_CardType=ATM&vnp_OrderInfo=Thanh+toan+don+hang+ORD-20261124-0001&vnp_PayDate=20261124103512&vnp_ResponseCode=00&vnp_TmnCode=DONGXAM1&vnp_TransactionNo=14567890&vnp_TransactionStatus=00&vnp_TxnRef=ORD-20261124-0001&vnp_SecureHash=2d59f6da23fb5bc404050edeb90e0d6f71f4f2c9947bcfdc41afabe4f59ddb23579b199b115924fe2e44a32432502d11dbdc02982aac85902ed81f483be33a84";

  // vector 3
  static final String QUERYDR_HASH_DATA = "REQ20261124110000|2.1.0|querydr|DONGXAM1|ORD-20261124-0001|20261124103000|20261124110000|127.0.0.1|Truy van GD ORD-20261124-0001";
  static final String QUERYDR_HASH = "db059243383225df7844d54fd69cb0910871103508abebd07af2c8ae9bd2d0d201344fa215739b10d90fab48ece75c95ca9a4ccb0ebcebcbfe0eaeee824256e3";
  static final String QUERYDR_BODY = "{\"vnp_RequestId\":\"REQ20261124110000\",\"vnp_Version\":\"2.1.0\",\"vnp_Command\":\"querydr\",\"vnp_TmnCode\":\"DONGXAM1\",\"vnp_TxnRef\":\"ORD-20261124-0001\",\"vnp_OrderInfo\":\"Truy van GD ORD-20261124-0001\",\"vnp_TransactionDate\":\"20261124103000\",\"vnp_CreateDate\":\"20261124110000\",\"vnp_IpAddr\":\"127.0.0.1\",\"vnp_SecureHash\":\"db059243383225df7844d54fd69cb0910871103508abebd07af2c8ae9bd2d0d201344fa215739b10d90fab48ece75c95ca9a4ccb0ebcebcbfe0eaeee824256e3\"}";

  // vector 4
  static final String REFUND_HASH_DATA = "REQ20261124110500|2.1.0|refund|DONGXAM1|02|ORD-20261124-0001|125000000|14567890|20261124103000|admin|20261124110500|127.0.0.1|Hoan tien GD ORD-20261124-0001";
  static final String REFUND_HASH = "5cc7ccf8774eb508e4db584f1b16f0b8ac17145ef37b7b508050e7fd7d9267673696828274bc87e9ff349929d65ecfeae32fb8e8b0ccb5be7f0af0d750f6dd92";
  static final String REFUND_BODY = "{\"vnp_RequestId\":\"REQ20261124110500\",\"vnp_Version\":\"2.1.0\",\"vnp_Command\":\"refund\",\"vnp_TmnCode\":\"DONGXAM1\",\"vnp_TransactionType\":\"02\",\"vnp_TxnRef\":\"ORD-20261124-0001\",\"vnp_Amount\":\"125000000\",\"vnp_OrderInfo\":\"Hoan tien GD ORD-20261124-0001\",\"vnp_TransactionNo\":\"14567890\",\"vnp_TransactionDate\":\"20261124103000\",\"vnp_CreateBy\":\"admin\",\"vnp_CreateDate\":\"20261124110500\",\"vnp_IpAddr\":\"127.0.0.1\",\"vnp_SecureHash\":\"5cc7ccf8774eb508e4db584f1b16f0b8ac17145ef37b7b508050e7fd7d9267673696828274bc87e9ff349929d65ecfeae32fb8e8b0ccb5be7f0af0d750f6dd92\"}";

  // 10:30 and 10:45 in Vietnam (UTC+7) on 24 November 2026
  static final Instant CREATED = Instant.parse("2026-11-24T03:30:00Z");
  static final Instant EXPIRES = Instant.parse("2026-11-24T03:45:00Z");

  /** Vector 1's fields, deliberately not in sorted order. */
  static Map<String, String> payFields() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("vnp_Version", "2.1.0");
    p.put("vnp_TxnRef", "ORD-20261124-0001");
    p.put("vnp_Command", "pay");
    p.put("vnp_TmnCode", TMN);
    p.put("vnp_Amount", "125000000");
    p.put("vnp_CurrCode", "VND");
    p.put("vnp_OrderInfo", "Thanh toan don hang ORD-20261124-0001");
    p.put("vnp_OrderType", "other");
    p.put("vnp_Locale", "vn");
    p.put("vnp_ReturnUrl", "http://localhost:8080/payment/vnpay/return");
    p.put("vnp_IpAddr", "127.0.0.1");
    p.put("vnp_CreateDate", "20261124103000");
    p.put("vnp_ExpireDate", "20261124104500");
    p.put("vnp_BankCode", "");
    return p;
  }

  static Map<String, String> returnFields() {
    return VnpaySignature.parseQuery(RETURN_QUERY).orElseThrow();
  }

  @Test
  void payRequestHashDataIsSortedEncodedAndSkipsEmptyValues() {
    assertThat(VnpaySignature.hashData(payFields())).isEqualTo(PAY_HASH_DATA);
  }

  @Test
  void payRequestIsSignedWithLowerCaseHmacSha512() {
    assertThat(vnpay.sign(payFields())).isEqualTo(PAY_HASH);
  }

  @Test
  void payQueryEndsWithTheSecureHash() {
    assertThat(vnpay.signedQuery(payFields())).isEqualTo(PAY_QUERY);
    assertThat(vnpay.payUrl(SANDBOX, payFields())).isEqualTo(PAY_URL);
  }

  @Test
  void aTypedPayRequestFromVietnameseTextGivesTheSameUrl() {
    VnpayPayRequest request = new VnpayPayRequest(TMN, 1_250_000, "ORD-20261124-0001",
        "Thanh toán đơn hàng ORD-20261124-0001", "other", "vn",
        "http://localhost:8080/payment/vnpay/return", "127.0.0.1", CREATED, EXPIRES, null);

    assertThat(request.parameters()).containsEntry("vnp_Amount", "125000000");
    assertThat(vnpay.payUrl(SANDBOX, request)).isEqualTo(PAY_URL);
  }

  @Test
  void ourOwnPayQueryVerifies() {
    assertThat(vnpay.verifyQuery(PAY_QUERY)).isTrue();
  }

  @Test
  void theReturnQueryVerifies() {
    assertThat(VnpaySignature.hashData(returnFields())).isEqualTo(RETURN_HASH_DATA);
    assertThat(vnpay.sign(returnFields())).isEqualTo(RETURN_HASH);
    assertThat(vnpay.verifyQuery(RETURN_QUERY)).isTrue();
    assertThat(vnpay.verify(returnFields())).isTrue();
  }

  @Test
  void aTamperedAmountFailsVerification() {
    Map<String, String> tampered = new HashMap<>(returnFields());
    tampered.put("vnp_Amount", "100");
    assertThat(vnpay.verify(tampered)).isFalse();
    assertThat(vnpay.verifyQuery(RETURN_QUERY.replace("vnp_Amount=125000000", "vnp_Amount=100")))
        .isFalse();
  }

  @Test
  void anAddedFieldAWrongSecretOrAMissingOrGarbledHashFailVerification() {
    Map<String, String> added = new HashMap<>(returnFields());
    added.put("vnp_Extra", "1");
    assertThat(vnpay.verify(added)).isFalse();

    assertThat(new VnpaySignature("ANOTHERSECRET").verify(returnFields())).isFalse();

    Map<String, String> unsigned = new HashMap<>(returnFields());
    unsigned.remove(VnpaySignature.SECURE_HASH);
    assertThat(vnpay.verify(unsigned)).isFalse();

    Map<String, String> garbled = new HashMap<>(returnFields());
    garbled.put(VnpaySignature.SECURE_HASH, "zz" + RETURN_HASH.substring(2));
    assertThat(vnpay.verify(garbled)).isFalse();
  }

  @Test
  void theHashTypeFieldIsNotSigned() {
    Map<String, String> withType = new HashMap<>(returnFields());
    withType.put(VnpaySignature.SECURE_HASH_TYPE, "HmacSHA512");
    assertThat(vnpay.verify(withType)).isTrue();
  }

  @Test
  void aQueryNamingAFieldTwiceIsRefused() {
    assertThat(vnpay.verifyQuery(RETURN_QUERY + "&vnp_Amount=100")).isFalse();
  }

  @Test
  void paidNeedsBothCodesZero() {
    VnpayCallback callback = vnpay.verified(returnFields()).orElseThrow();
    assertThat(callback.paid()).isTrue();
    assertThat(callback.txnRef()).isEqualTo("ORD-20261124-0001");
    assertThat(callback.amountVnd()).isEqualTo(1_250_000);
    assertThat(callback.transactionNo()).isEqualTo("14567890");
    assertThat(callback.paidAt()).contains(Instant.parse("2026-11-24T03:35:12Z"));

    assertThat(VnpayCallback.paid("00", "00")).isTrue();
    assertThat(VnpayCallback.paid("00", "01")).isFalse();
    assertThat(VnpayCallback.paid("24", "00")).isFalse();
    assertThat(VnpayCallback.paid("00", null)).isFalse();
  }

  @Test
  void onlyAVerifiedQueryCanBeRead() {
    Map<String, String> tampered = new HashMap<>(returnFields());
    tampered.put("vnp_Amount", "100");
    assertThat(vnpay.verified(tampered)).isEmpty();
  }

  @Test
  void querydrIsSignedOverPipeJoinedRawValues() {
    VnpayQuery query = new VnpayQuery("REQ20261124110000", TMN, "ORD-20261124-0001",
        "Truy vấn GD ORD-20261124-0001", CREATED, Instant.parse("2026-11-24T04:00:00Z"),
        "127.0.0.1");

    assertThat(query.hashData()).isEqualTo(QUERYDR_HASH_DATA);
    assertThat(vnpay.hmac(query.hashData())).isEqualTo(QUERYDR_HASH);
    assertThat(vnpay.queryBody(query)).isEqualTo(QUERYDR_BODY);
  }

  @Test
  void refundIsSignedOverPipeJoinedRawValuesWithTheAmountTimesHundred() {
    VnpayRefund refund = new VnpayRefund("REQ20261124110500", TMN, VnpayRefund.Type.FULL,
        "ORD-20261124-0001", 1_250_000, "14567890", CREATED, "admin",
        Instant.parse("2026-11-24T04:05:00Z"), "127.0.0.1", "Hoàn tiền GD ORD-20261124-0001");

    assertThat(refund.hashData()).isEqualTo(REFUND_HASH_DATA);
    assertThat(vnpay.hmac(refund.hashData())).isEqualTo(REFUND_HASH);
    assertThat(vnpay.refundBody(refund)).isEqualTo(REFUND_BODY);
    assertThat(VnpayRefund.Type.PARTIAL.code()).isEqualTo("03");
  }

  @Test
  void amountsAreVndTimesHundredBothWays() {
    assertThat(VnpayFormats.amount(1_250_000)).isEqualTo(125_000_000L);
    assertThat(VnpayFormats.vnd("125000000")).isEqualTo(1_250_000);
    assertThatThrownBy(() -> VnpayFormats.amount(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VnpayFormats.amount(Long.MAX_VALUE / 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VnpayFormats.vnd("125000050")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VnpayFormats.vnd("-100")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VnpayFormats.vnd("99999999999999999999"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAreVietnamTimeWhateverTheServerZone() {
    assertThat(VnpayFormats.date(CREATED)).isEqualTo("20261124103000");
    assertThat(VnpayFormats.date(Instant.parse("2026-12-31T17:00:00Z"))).isEqualTo("20270101000000");
    assertThat(VnpayFormats.instant("20261124103512")).isEqualTo(Instant.parse("2026-11-24T03:35:12Z"));
    assertThatThrownBy(() -> VnpayFormats.instant("20261131103000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orderInfoIsVietnameseWithoutAccentsKeepingCase() {
    assertThat(VnpayFormats.asciiText("Thanh toán đơn hàng LN261126-7K3F9Q tại Đồng Xâm"))
        .isEqualTo("Thanh toan don hang LN261126-7K3F9Q tai Dong Xam");
    assertThat(VnpayFormats.asciiText("Nón lá  Huế – quà tặng ✓")).isEqualTo("Non la Hue qua tang");
  }

  @Test
  void ipnAnswersUseVnpaysCodesAndSpelling() {
    assertThat(VnpayIpnAnswer.CONFIRM_SUCCESS.json()).isEqualTo("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
    assertThat(VnpayIpnAnswer.ORDER_NOT_FOUND.json()).isEqualTo("{\"RspCode\":\"01\",\"Message\":\"Order not Found\"}");
    assertThat(VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED.json()).isEqualTo("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}");
    assertThat(VnpayIpnAnswer.INVALID_AMOUNT.json()).isEqualTo("{\"RspCode\":\"04\",\"Message\":\"Invalid Amount\"}");
    assertThat(VnpayIpnAnswer.INVALID_CHECKSUM.json()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid Checksum\"}");
    assertThat(VnpayIpnAnswer.UNKNOWN_ERROR.json()).isEqualTo("{\"RspCode\":\"99\",\"Message\":\"Unknow error\"}");
    assertThat(VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED.endsRetries()).isTrue();
    assertThat(VnpayIpnAnswer.INVALID_AMOUNT.endsRetries()).isFalse();
  }

  @Test
  void aPayRequestRefusesAZeroAmountAndABlankSecretIsRefused() {
    assertThatThrownBy(() -> new VnpayPayRequest(TMN, 0, "ORD-1", "x", "other", "vn",
        "http://localhost/r", "127.0.0.1", CREATED, EXPIRES, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VnpaySignature(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
