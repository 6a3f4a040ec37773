package vn.langnghe.market.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.payment.stripe.StripeEvent.PaymentIntent;

/**
 * Cards through a Stripe-style gateway: a PaymentIntent per attempt (created when the shopper
 * opens the card page, never inside checkout's transaction), the signed webhook as the authority
 * on its outcome, and the API's retrieve and refund. Configured by {@code market.stripe.*}; the
 * demo run and the tests point it at our simulator, production at api.stripe.com.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());
  /** The API version whose shapes we read; pinned so a dashboard upgrade cannot change them. */
  static final String API_VERSION = "2024-06-20";
  /** Stripe's limit on a metadata value. */
  private static final int METADATA_MAX = 500;

  @Inject @ConfigProperty(name = "market.stripe.api-url") String apiUrl;
  @Inject @ConfigProperty(name = "market.stripe.secret-key") Optional<String> secretKey;
  @Inject @ConfigProperty(name = "market.stripe.publishable-key") Optional<String> publishableKey;
  @Inject @ConfigProperty(name = "market.stripe.webhook-secrets") Optional<List<String>> webhookSecrets;
  @Inject @ConfigProperty(name = "market.stripe.timeout") Duration timeout;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject Clock clock;

  private HttpClient http;

  @PostConstruct
  void connect() {
    http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public PaymentMethod method() {
    return PaymentMethod.STRIPE;
  }

  /** Our card page: it creates the PaymentIntent when the shopper gets there. */
  @Override
  public Step start(Start start) {
    return Step.redirect(publicUrl + "/pay-card.html?payment="
        + URLEncoder.encode(start.reference(), StandardCharsets.UTF_8));
  }

  /** A PaymentIntent as the card page needs it. */
  public record Intent(String id, String clientSecret, String status) {}

  /**
   * Creates the attempt's PaymentIntent, or finds the one created before: the reference is the
   * Idempotency-Key, so a second visit to the card page gets the same intent (within Stripe's 24
   * hours of keeping keys; an attempt expires long before). Calls the gateway.
   */
  public Intent createIntent(String reference, String orderNumber, long amountVnd) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("reference", reference);
    metadata.put("order_number", orderNumber);
    String form = StripeForm.paymentIntent(amountVnd, "Làng Nghề Market, đơn " + orderNumber, metadata);
    Answer answer = call(post("/v1/payment_intents", form, reference))
        .orElseThrow(() -> new StripeUnavailableException("The card gateway could not be reached."));
    if (!answer.ok()) {
      LOG.severe("Stripe refused to create the PaymentIntent of " + reference + ": HTTP "
          + answer.status() + " " + answer.raw());
      throw new StripeUnavailableException("The card gateway refused the payment.");
    }
    PaymentIntent intent = PaymentIntent.of(answer.json()).orElseThrow(
        () -> new StripeUnavailableException("The card gateway answered something unexpected."));
    return new Intent(intent.id(), StripeEvent.text(answer.json(), "client_secret"), intent.status());
  }

  /** Where a client confirms an intent with its client secret. */
  public String confirmUrl(String intentId) {
    return apiUrl + "/v1/payment_intents/" + intentId + "/confirm";
  }

  public Optional<String> publishableKey() {
    return publishableKey.filter(key -> !key.isBlank());
  }

  public String webhookUrl() {
    return publicUrl + "/api/payments/stripe/webhook";
  }

  @Override
  public Check check(Inbound callback) {
    StripeSignature.Verdict verdict = webhookSignature().verify(callback.header("stripe-signature"),
        callback.body(), clock.instant());
    switch (verdict) {
      case ACCEPTED -> { }
      case TIMESTAMP_OUTSIDE_TOLERANCE -> {
        return Check.rejected(Verification.STALE, "Stripe-Signature timestamp is outside 300 s");
      }
      case NO_MATCHING_SIGNATURE -> {
        return Check.rejected(Verification.BAD_SIGNATURE, "no v1 signature matches the body");
      }
      default -> {
        return Check.rejected(Verification.MALFORMED, "Stripe-Signature: " + verdict);
      }
    }
    Optional<StripeEvent> parsed = StripeEvent.parse(callback.body());
    if (parsed.isEmpty()) {
      return Check.rejected(Verification.MALFORMED, "signed, but not a Stripe event");
    }
    StripeEvent event = parsed.get();
    PaymentIntent intent = event.intent();
    boolean ours = intent != null && intent.inVnd();
    if (event.type().equals(StripeEvent.SUCCEEDED) && ours) {
      return new Check(Verification.VALID, event.id(), intent.reference(), intent.receivedVnd(),
          Outcome.PAID, intent.id(), event.type());
    }
    if (event.type().equals(StripeEvent.PAYMENT_FAILED) && ours) {
      return new Check(Verification.VALID, event.id(), intent.reference(), null, Outcome.FAILED,
          intent.id(), event.type() + " " + intent.failure());
    }
    if (intent != null && !intent.inVnd()) {
      // we only ever ask for VND; an amount in another currency is not ours to read as VND
      LOG.warning("Stripe event " + event.id() + " is in " + intent.currency() + "; ignored");
    }
    return new Check(Verification.VALID, event.id(), intent == null ? null : intent.reference(),
        null, Outcome.IGNORED, intent == null ? null : intent.id(), event.type());
  }

  @Override
  public Report query(Attempt attempt) {
    if (attempt.gatewayRef() == null) {
      // the shopper never reached the card page: no intent, so nothing can have been paid
      return Report.pending("no PaymentIntent was created");
    }
    Optional<Answer> reply = call(authorised("/v1/payment_intents/" + attempt.gatewayRef()).GET());
    if (reply.isEmpty() || !reply.get().ok()) {
      return Report.pending(reply.map(Answer::raw).orElse("Stripe could not be reached"));
    }
    Answer answer = reply.get();
    Optional<PaymentIntent> read = PaymentIntent.of(answer.json());
    if (read.isEmpty() || !attempt.reference().equals(read.get().reference()) || !read.get().inVnd()) {
      LOG.warning("Stripe's PaymentIntent " + attempt.gatewayRef() + " is not the one of "
          + attempt.reference());
      return Report.pending(answer.raw());
    }
    PaymentIntent intent = read.get();
    return switch (String.valueOf(intent.status())) {
      case "succeeded" -> new Report(Outcome.PAID, intent.receivedVnd(), intent.id(), answer.raw());
      case "canceled" -> new Report(Outcome.FAILED, null, intent.id(), answer.raw());
      // the shopper may still try another card until the attempt's time is up
      case "requires_payment_method" -> clock.instant().isAfter(attempt.expiresAt())
          ? new Report(Outcome.FAILED, null, intent.id(), answer.raw())
          : Report.pending(answer.raw());
      default -> Report.pending(answer.raw());
    };
  }

  @Override
  public RefundReport refund(RefundOrder refund) {
    String intent = refund.payment().gatewayRef();
    if (intent == null) {
      return RefundReport.failed(false, "the payment's PaymentIntent is unknown");
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("payment_intent", intent);
    form.put("amount", refund.amountVnd());
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("refund_id", refund.requestId());
    metadata.put("reference", refund.payment().reference());
    if (refund.reason() != null) {
      metadata.put("reason", refund.reason().length() > METADATA_MAX
          ? refund.reason().substring(0, METADATA_MAX) : refund.reason());
    }
    form.put("metadata", metadata);
    Optional<Answer> reply = call(post("/v1/refunds", StripeForm.encode(form), refund.requestId()));
    if (reply.isEmpty()) {
      return RefundReport.failed(true, "Stripe could not be reached");
    }
    Answer answer = reply.get();
    if (answer.ok()) {
      String status = String.valueOf(StripeEvent.text(answer.json(), "status"));
      return switch (status) {
        // pending: Stripe has taken it and finishes on its own
        case "succeeded", "pending" -> RefundReport.done(StripeEvent.text(answer.json(), "id"));
        case "requires_action" -> RefundReport.failed(true, answer.raw());
        default -> RefundReport.failed(false, answer.raw());
      };
    }
    // 409: the same key is in flight; 429: rate limited; 5xx: Stripe's trouble. All may pass.
    boolean retryable = answer.status() == 409 || answer.status() == 429 || answer.status() >= 500;
    return RefundReport.failed(retryable, "HTTP " + answer.status() + " " + answer.raw());
  }

  /** An answer of the API; {@code json} is a missing node when the body was not JSON. */
  record Answer(int status, JsonNode json, String raw) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private HttpRequest.Builder post(String path, String form, String idempotencyKey) {
    return authorised(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder authorised(String path) {
    return HttpRequest.newBuilder(URI.create(apiUrl + path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + key())
        .header("Stripe-Version", API_VERSION);
  }

  /** Empty when Stripe could not be reached; any HTTP answer is an {@link Answer}. */
  private Optional<Answer> call(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = StripeEvent.json(response.body()).orElse(MissingNode.getInstance());
      return Optional.of(new Answer(response.statusCode(), json, response.body()));
    } catch (IOException e) {
      LOG.warning("Stripe's API could not be reached: " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private String key() {
    return secretKey.filter(k -> !k.isBlank())
        .orElseThrow(() -> new IllegalStateException("market.stripe.secret-key is not set"));
  }

  /** The webhook secrets, current first (a sandbox signs with that one). */
  public StripeSignature webhookSignature() {
    List<String> secrets = webhookSecrets.orElse(List.of()).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (secrets.isEmpty()) {
      throw new IllegalStateException("market.stripe.webhook-secrets is not set");
    }
    return new StripeSignature(secrets, StripeSignature.DEFAULT_TOLERANCE);
  }
}
