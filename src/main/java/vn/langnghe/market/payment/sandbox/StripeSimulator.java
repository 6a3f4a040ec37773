package vn.langnghe.market.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.stripe.StripeEvent;
import vn.langnghe.market.payment.stripe.StripeGateway;

/**
 * Stripe's side of the card protocol, for the demo run and the tests: PaymentIntents in VND
 * created with the secret key (an Idempotency-Key repeats the first answer), confirmed with a
 * test card, the signed webhook sent from the server side, and refunds. It signs webhooks with
 * the first configured secret, as Stripe signs with the endpoint's current one. Its intents live
 * in memory: they are the gateway's records, not ours.
 */
@ApplicationScoped
public class StripeSimulator {

  /** Stripe's test cards: this one is paid, this one declined; other numbers are mistyped. */
  static final String PAYS = "4242424242424242";
  static final String DECLINES = "4000000000000002";
  /** Stripe's ready-made test payment methods for the same two cards. */
  private static final Map<String, String> TEST_METHODS =
      Map.of("pm_card_visa", PAYS, "pm_card_chargeDeclined", DECLINES);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject @ConfigProperty(name = "market.stripe.secret-key") Optional<String> secretKey;
  @Inject StripeGateway gateway;
  @Inject Clock clock;

  private final Map<String, Intent> intents = new ConcurrentHashMap<>();
  private final Map<String, Replay> idempotent = new ConcurrentHashMap<>();
  private final CallbackSender sender = new CallbackSender();

  /** An HTTP answer in Stripe's shape: the object, or {@code {"error": {...}}}. */
  public record Answer(int status, Map<String, Object> body, String webhook) {
    static Answer ok(Map<String, Object> body) {
      return new Answer(200, body, null);
    }

    static Answer error(int status, String type, String code, String message) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", type);
      if (code != null) {
        error.put("code", code);
      }
      error.put("message", message);
      return new Answer(status, Map.of("error", error), null);
    }
  }

  /** The first answer to an Idempotency-Key, and what was asked. */
  private record Replay(String request, Answer answer) {}

  /** One PaymentIntent as Stripe keeps it. */
  private static final class Intent {
    final String id = "pi_" + token();
    final String clientSecret = id + "_secret_" + token();
    final long amount;
    final String currency;
    final String description;
    final Map<String, String> metadata;
    final long created;
    String status = "requires_payment_method";
    long amountReceived;
    String latestCharge;
    Map<String, Object> lastPaymentError;
    long refunded;

    Intent(long amount, String currency, String description, Map<String, String> metadata, long created) {
      this.amount = amount;
      this.currency = currency;
      this.description = description;
      this.metadata = metadata;
      this.created = created;
    }

    synchronized Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", id);
      json.put("object", "payment_intent");
      json.put("amount", amount);
      json.put("amount_received", amountReceived);
      json.put("client_secret", clientSecret);
      json.put("created", created);
      json.put("currency", currency);
      json.put("description", description);
      json.put("last_payment_error", lastPaymentError);
      json.put("latest_charge", latestCharge);
      json.put("livemode", false);
      json.put("metadata", metadata);
      json.put("status", status);
      return json;
    }
  }

  /** POST /v1/payment_intents: {@code amount} in whole VND, {@code currency=vnd}, metadata. */
  public Answer createIntent(String authorization, String idempotencyKey, Map<String, String> form) {
    if (!bySecretKey(authorization)) {
      return unauthorised();
    }
    return once(idempotencyKey, form, () -> {
      Optional<Long> amount = wholeNumber(form.get("amount"));
      if (amount.isEmpty() || amount.get() <= 0) {
        return Answer.error(400, "invalid_request_error", "parameter_invalid_integer",
            "amount must be a positive integer (VND is zero-decimal).");
      }
      if (!"vnd".equals(form.get("currency"))) {
        return Answer.error(400, "invalid_request_error", "parameter_invalid_string",
            "This sandbox account only takes currency=vnd.");
      }
      Map<String, String> metadata = new TreeMap<>();
      form.forEach((name, value) -> {
        if (name.startsWith("metadata[") && name.endsWith("]")) {
          metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
        }
      });
      Intent intent = new Intent(amount.get(), "vnd", form.get("description"), metadata,
          clock.instant().getEpochSecond());
      intents.put(intent.id, intent);
      return Answer.ok(intent.json());
    });
  }

  /** GET /v1/payment_intents/{id}. */
  public Answer retrieveIntent(String authorization, String id) {
    if (!bySecretKey(authorization)) {
      return unauthorised();
    }
    Intent intent = intents.get(id);
    return intent == null ? missing("payment_intent", id) : Answer.ok(intent.json());
  }

  /**
   * POST /v1/payment_intents/{id}/confirm, by the secret key or by the intent's client secret
   * (as a browser does). The card is {@code payment_method_data[card][number]} or a test
   * {@code payment_method}. {@code deliverWebhook=false} (ours, not Stripe's) drops the webhook,
   * as a network might, for reconciliation to make up for.
   */
  public Answer confirm(String authorization, String id, Map<String, String> form) {
    Intent intent = intents.get(id);
    boolean byClient = intent != null && form.get("client_secret") != null
        && same(form.get("client_secret"), intent.clientSecret);
    if (!byClient && !bySecretKey(authorization)) {
      return unauthorised();
    }
    if (intent == null) {
      return missing("payment_intent", id);
    }
    String card = Optional.ofNullable(form.get("payment_method_data[card][number]"))
        .map(number -> number.replaceAll("[\\s-]", ""))
        .orElse(TEST_METHODS.get(String.valueOf(form.get("payment_method"))));
    if (!PAYS.equals(card) && !DECLINES.equals(card)) {
      return Answer.error(402, "card_error", "incorrect_number", "Your card number is incorrect.");
    }
    String type;
    Map<String, Object> object;
    synchronized (intent) {
      if (!intent.status.equals("requires_payment_method")) {
        return Answer.error(400, "invalid_request_error", "payment_intent_unexpected_state",
            "This PaymentIntent's status is " + intent.status + "; it cannot be confirmed.");
      }
      if (PAYS.equals(card)) {
        intent.status = "succeeded";
        intent.amountReceived = intent.amount;
        intent.latestCharge = "ch_" + token();
        intent.lastPaymentError = null;
        type = StripeEvent.SUCCEEDED;
      } else {
        intent.lastPaymentError = Map.of("type", "card_error", "code", "card_declined",
            "decline_code", "generic_decline", "message", "Your card was declined.");
        type = StripeEvent.PAYMENT_FAILED;
      }
      object = intent.json();
    }
    String webhook = "false".equals(form.get("deliverWebhook")) ? null : deliver(type, object);
    if (type.equals(StripeEvent.PAYMENT_FAILED)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) object.get("last_payment_error"));
      error.put("payment_intent", object);
      return new Answer(402, Map.of("error", error), webhook);
    }
    return new Answer(200, object, webhook);
  }

  /** POST /v1/refunds: {@code payment_intent}, {@code amount} (whole VND; all that is left if absent). */
  public Answer refund(String authorization, String idempotencyKey, Map<String, String> form) {
    if (!bySecretKey(authorization)) {
      return unauthorised();
    }
    return once(idempotencyKey, form, () -> {
      Intent intent = intents.get(String.valueOf(form.get("payment_intent")));
      if (intent == null) {
        return missing("payment_intent", form.get("payment_intent"));
      }
      Optional<Long> asked = wholeNumber(form.get("amount"));
      if (form.containsKey("amount") && (asked.isEmpty() || asked.get() <= 0)) {
        return Answer.error(400, "invalid_request_error", "parameter_invalid_integer",
            "amount must be a positive integer.");
      }
      long amount;
      synchronized (intent) {
        if (!intent.status.equals("succeeded")) {
          return Answer.error(400, "invalid_request_error", "payment_intent_unexpected_state",
              "This PaymentIntent has not succeeded; there is nothing to refund.");
        }
        amount = asked.orElse(intent.amountReceived - intent.refunded);
        if (amount <= 0 || intent.refunded + amount > intent.amountReceived) {
          return Answer.error(400, "invalid_request_error", "amount_too_large",
              "Refund amount is greater than what is left to refund.");
        }
        intent.refunded += amount;
      }
      Map<String, Object> refund = new LinkedHashMap<>();
      refund.put("id", "re_" + token());
      refund.put("object", "refund");
      refund.put("amount", amount);
      refund.put("charge", intent.latestCharge);
      refund.put("created", clock.instant().getEpochSecond());
      refund.put("currency", intent.currency);
      refund.put("payment_intent", intent.id);
      refund.put("status", "succeeded");
      return Answer.ok(refund);
    });
  }

  /** Sends the event to our webhook, signed; answers the HTTP status it got (0: none). */
  private String deliver(String type, Map<String, Object> intent) {
    long now = clock.instant().getEpochSecond();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "evt_" + token());
    event.put("object", "event");
    event.put("api_version", "2024-06-20");
    event.put("created", now);
    event.put("data", Map.of("object", intent));
    event.put("livemode", false);
    event.put("pending_webhooks", 1);
    event.put("type", type);
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings and numbers is JSON", e);
    }
    return Integer.toString(sender.send(HttpRequest.newBuilder(URI.create(gateway.webhookUrl()))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Stripe-Signature", gateway.webhookSignature().header(now, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))).status());
  }

  /**
   * Runs a creating request once per Idempotency-Key; a repeat gets the first answer, a reuse of
   * the key for a different request is refused, as Stripe does.
   */
  private Answer once(String key, Map<String, String> form, Supplier<Answer> create) {
    if (key == null || key.isBlank()) {
      return create.get();
    }
    String request = new TreeMap<>(form).toString();
    Replay replay = idempotent.computeIfAbsent(key, k -> new Replay(request, create.get()));
    if (!replay.request().equals(request)) {
      return Answer.error(400, "idempotency_error", null,
          "Keys for idempotent requests can only be used with the same parameters they were first used with.");
    }
    return replay.answer();
  }

  private boolean bySecretKey(String authorization) {
    String key = secretKey.orElse("");
    return !key.isBlank() && authorization != null && authorization.startsWith("Bearer ")
        && same(authorization.substring("Bearer ".length()).strip(), key);
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer unauthorised() {
    return Answer.error(401, "invalid_request_error", null, "Invalid API Key provided.");
  }

  private static Answer missing(String kind, String id) {
    return Answer.error(404, "invalid_request_error", "resource_missing",
        "No such " + kind + ": '" + id + "'");
  }

  private static Optional<Long> wholeNumber(String text) {
    if (text == null || !text.matches("[0-9]{1,15}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  private static String token() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }
}
