package vn.langnghe.market.payment.vnpay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An answer of VNPay's merchant API (querydr, refund): flat JSON of strings, signed like the
 * requests, HMAC-SHA512 over the values joined by "|" in the order VNPay documents for each
 * command. An answer whose hash does not check out is not believed.
 */
public final class VnpayApiReply {

  /** The fields whose values are signed in a querydr answer, in order. */
  public static final List<String> QUERY_SIGNED = List.of("vnp_ResponseId", "vnp_Command",
      "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode",
      "vnp_PayDate", "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus",
      "vnp_OrderInfo", "vnp_PromotionCode", "vnp_PromotionAmount");

  /** The fields whose values are signed in a refund answer, in order. */
  public static final List<String> REFUND_SIGNED = List.of("vnp_ResponseId", "vnp_Command",
      "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode",
      "vnp_PayDate", "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus",
      "vnp_OrderInfo");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> fields;

  private VnpayApiReply(Map<String, String> fields) {
    this.fields = fields;
  }

  /** Parses an answer and checks its hash; empty when it is not JSON or not signed by the secret. */
  public static Optional<VnpayApiReply> verified(String body, VnpaySignature signature) {
    Map<String, String> fields;
    try {
      fields = JSON.readValue(body, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException | IllegalArgumentException notFlatJson) {
      return Optional.empty();
    }
    String claimed = fields.get(VnpaySignature.SECURE_HASH);
    List<String> order = "refund".equals(fields.get("vnp_Command")) ? REFUND_SIGNED : QUERY_SIGNED;
    if (claimed == null || !claimed.matches("[0-9a-fA-F]{128}")) {
      return Optional.empty();
    }
    byte[] expected = HexFormat.of().parseHex(signature.hmac(hashData(fields, order)));
    if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(claimed))) {
      return Optional.empty();
    }
    return Optional.of(new VnpayApiReply(Map.copyOf(fields)));
  }

  /** A signed answer as VNPay would write it (the sandbox simulator speaks with it). */
  public static String signed(Map<String, String> fields, VnpaySignature signature) {
    List<String> order = "refund".equals(fields.get("vnp_Command")) ? REFUND_SIGNED : QUERY_SIGNED;
    Map<String, String> out = new LinkedHashMap<>(fields);
    out.put(VnpaySignature.SECURE_HASH, signature.hmac(hashData(fields, order)));
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serialises", e);
    }
  }

  static String hashData(Map<String, String> fields, List<String> order) {
    return order.stream().map(name -> fields.getOrDefault(name, "")).collect(Collectors.joining("|"));
  }

  public String responseCode() {
    return field("vnp_ResponseCode");
  }

  public String transactionStatus() {
    return field("vnp_TransactionStatus");
  }

  public String field(String name) {
    return fields.getOrDefault(name, "");
  }

  /** Whole VND, or empty when the answer carries no amount. */
  public Optional<Long> amountVnd() {
    String amount = fields.get("vnp_Amount");
    return amount == null || amount.isEmpty() ? Optional.empty() : Optional.of(VnpayFormats.vnd(amount));
  }

  @Override
  public String toString() {
    return fields.entrySet().stream().filter(e -> !e.getKey().equals(VnpaySignature.SECURE_HASH))
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
  }
}
