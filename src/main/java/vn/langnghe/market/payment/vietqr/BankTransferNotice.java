package vn.langnghe.market.payment.vietqr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The bank's word that money moved on our account: the body of {@code POST
 * /api/payments/vietqr/webhook}, e.g.
 *
 * <pre>{"transactionId": "FT26330123456789", "accountNumber": "0011001234567", "amount": 1250000,
 *  "description": "MBVCB.3345.LN2611267K3F9QXA1.CT tu 0123 NGUYEN VAN A",
 *  "transactedAt": "2026-11-26T10:15:00+07:00"}</pre>
 *
 * {@code amount} is whole VND; money leaving the account has a negative amount.
 */
public record BankTransferNotice(String transactionId, String accountNumber, long amountVnd,
    String description, OffsetDateTime transactedAt) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** payment_event.event_id holds 100 characters. */
  static final int MAX_TRANSACTION_ID = 100;

  /** Reads the body; an IllegalArgumentException says what is wrong with it. */
  public static BankTransferNotice read(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    String transactionId = text(root, "transactionId");
    if (transactionId.isBlank() || transactionId.length() > MAX_TRANSACTION_ID) {
      throw new IllegalArgumentException("transactionId must have 1 to " + MAX_TRANSACTION_ID + " characters");
    }
    JsonNode amount = root.get("amount");
    if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong()) {
      throw new IllegalArgumentException("amount must be a whole number of VND");
    }
    JsonNode description = root.get("description");
    if (description != null && !description.isNull() && !description.isTextual()) {
      throw new IllegalArgumentException("description must be text");
    }
    OffsetDateTime at;
    try {
      at = OffsetDateTime.parse(text(root, "transactedAt"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("transactedAt must be an ISO-8601 time with its offset");
    }
    return new BankTransferNotice(transactionId, text(root, "accountNumber"), amount.longValue(),
        description == null || description.isNull() ? "" : description.asText(), at);
  }

  /** The body as the bank sends it (the sandbox's bank sends this). */
  public byte[] json() {
    ObjectNode root = JSON.createObjectNode()
        .put("transactionId", transactionId)
        .put("accountNumber", accountNumber)
        .put("amount", amountVnd)
        .put("description", description)
        .put("transactedAt", transactedAt.toString());
    try {
      return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode root, String name) {
    JsonNode value = root.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(name + " must be text");
    }
    return value.asText();
  }
}
