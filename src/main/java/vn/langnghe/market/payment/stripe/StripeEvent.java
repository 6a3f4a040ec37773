package vn.langnghe.market.payment.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * A webhook event (or a PaymentIntent read back from the API) as far as payments need it. Read
 * only after its signature checked out; anything that is not Stripe's shape is "empty", never an
 * exception.
 */
public record StripeEvent(String id, String type, PaymentIntent intent) {

  public static final String SUCCEEDED = "payment_intent.succeeded";
  public static final String PAYMENT_FAILED = "payment_intent.payment_failed";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The facts of a PaymentIntent. {@code amountReceived} is whole VND when the currency is vnd
   * (zero-decimal), which is why the currency travels with it.
   */
  public record PaymentIntent(String id, String status, long amount, Long amountReceived,
      String currency, String reference, String failure) {

    public boolean inVnd() {
      return "vnd".equals(currency);
    }

    /** What moved: Stripe's amount_received, else the amount asked for. */
    public long receivedVnd() {
      return amountReceived != null && amountReceived > 0 ? amountReceived : amount;
    }

    /** The data object of an event or an API answer; empty when it is not a PaymentIntent. */
    public static Optional<PaymentIntent> of(JsonNode object) {
      if (object == null || !object.isObject() || !"payment_intent".equals(text(object, "object"))
          || text(object, "id") == null || !object.path("amount").canConvertToExactIntegral()) {
        return Optional.empty();
      }
      JsonNode received = object.path("amount_received");
      JsonNode error = object.path("last_payment_error");
      String failure = error.isObject()
          ? firstOf(text(error, "decline_code"), text(error, "code"), text(error, "message")) : null;
      return Optional.of(new PaymentIntent(text(object, "id"), text(object, "status"),
          object.get("amount").asLong(),
          received.canConvertToExactIntegral() ? received.asLong() : null,
          text(object, "currency"), text(object.path("metadata"), "reference"), failure));
    }
  }

  /** An event body; empty when it is not JSON or lacks an id and a type. */
  public static Optional<StripeEvent> parse(byte[] body) {
    JsonNode event;
    try {
      event = JSON.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (event == null || !event.isObject() || !"event".equals(text(event, "object"))) {
      return Optional.empty();
    }
    String id = text(event, "id");
    String type = text(event, "type");
    if (id == null || id.isBlank() || id.length() > 100 || type == null) {
      return Optional.empty();
    }
    return Optional.of(new StripeEvent(id, type,
        PaymentIntent.of(event.path("data").path("object")).orElse(null)));
  }

  /** An API answer's JSON, read leniently: empty when it is not JSON. */
  public static Optional<JsonNode> json(String body) {
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }
}
