package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.stripe.StripeSignature;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;

/**
 * Cards end to end on the real server, with the simulator playing Stripe: the PaymentIntent the
 * card page opens, the confirm, the signed webhook as the only authority (tampered, stale,
 * rotated secrets, redelivered), reconciliation by retrieving the intent, refunds.
 */
class StripePaymentIT extends PaymentIT {

  static final String BASE = TestSite.base();
  static final String SECRET_KEY = "sk_test_langnghe_demo_2026";
  /** Both configured in arquillian.xml: the current secret first, the one rotating out second. */
  static final StripeSignature CURRENT = new StripeSignature("whsec_langnghe_demo_2026");
  static final StripeSignature ROTATING_OUT = new StripeSignature("whsec_langnghe_demo_2025");
  static final String PAYS = "4242424242424242";
  static final String DECLINES = "4000000000000002";
  static Api.Reply order(long price) {
    return orderPaidBy("STRIPE", price);
  }

  static JsonNode intent(Api.Reply checkout) {
    Api.Reply reply = api.post("/api/payments/stripe/intents/" + reference(checkout), Map.of(), shopper);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static String intentId(JsonNode intent) {
    String url = intent.get("confirmUrl").asText();
    return url.substring(url.indexOf("/payment_intents/") + "/payment_intents/".length(), url.lastIndexOf('/'));
  }

  /** The confirm the card page sends to the gateway, with the client secret and no sign-in. */
  static Api.Reply confirm(JsonNode intent, String card, boolean deliverWebhook) {
    String form = "client_secret=" + enc(intent.get("clientSecret").asText())
        + "&payment_method_data%5Btype%5D=card&payment_method_data%5Bcard%5D%5Bnumber%5D=" + card
        + (deliverWebhook ? "" : "&deliverWebhook=false");
    return api.send(api.request(intent.get("confirmUrl").asText().substring(BASE.length()), null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  /** The intent as Stripe's API shows it to the merchant. */
  static JsonNode stripeIntent(String id) {
    Api.Reply reply = api.send(api.request("/api/sandbox/stripe/v1/payment_intents/" + id, null)
        .header("Authorization", "Bearer " + SECRET_KEY).GET().build());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** An event as Stripe sends it, around the intent as it stands at the gateway. */
  static byte[] event(String type, String intentId) {
    ObjectNode event = Api.JSON.createObjectNode();
    event.put("id", "evt_it_" + UUID.randomUUID().toString().replace("-", ""));
    event.put("object", "event");
    event.put("api_version", "2024-06-20");
    event.put("created", Instant.now().getEpochSecond());
    event.put("type", type);
    event.put("livemode", false);
    event.putObject("data").set("object", stripeIntent(intentId));
    try {
      return Api.JSON.writeValueAsBytes(event);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Api.Reply webhook(byte[] body, String signature) {
    HttpRequest.Builder request = api.request("/api/payments/stripe/webhook", null)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return api.send(request.build());
  }

  static String now(StripeSignature secret, byte[] body) {
    return secret.header(Instant.now().getEpochSecond(), body);
  }

  static String status(Api.Reply checkout) {
    return orderNow(number(checkout)).get("status").asText();
  }

  static String paymentStatus(Api.Reply checkout) {
    return TestDatabase.string("SELECT status FROM payment WHERE reference = ?", reference(checkout));
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theCardPageIntentConfirmAndWebhookEndWithAPaidOrder() {
    Api.Reply checkout = order(1_250_000);
    assertThat(checkout.json().at("/payment/redirectUrl").asText())
        .isEqualTo(BASE + "/pay-card.html?payment=" + reference(checkout));

    JsonNode intent = intent(checkout);
    assertThat(intent.get("amountVnd").asLong()).isEqualTo(total(checkout));
    assertThat(intent.get("confirmUrl").asText())
        .startsWith(BASE + "/api/sandbox/stripe/v1/payment_intents/pi_").endsWith("/confirm");
    String id = intentId(intent);
    JsonNode atStripe = stripeIntent(id);
    // VND is zero-decimal: the amount is whole dong, not × 100
    assertThat(atStripe.get("amount").asLong()).isEqualTo(total(checkout));
    assertThat(atStripe.get("currency").asText()).isEqualTo("vnd");
    assertThat(atStripe.at("/metadata/reference").asText()).isEqualTo(reference(checkout));
    assertThat(atStripe.at("/metadata/order_number").asText()).isEqualTo(number(checkout));
    assertThat(TestDatabase.string("SELECT gateway_ref FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo(id);
    // the page opened again: the Idempotency-Key gives back the same intent
    assertThat(intent(checkout).get("clientSecret").asText()).isEqualTo(intent.get("clientSecret").asText());
    // only the buyer may open it
    String stranger = api.newAccount("SHOPPER", "stranger");
    assertThat(api.post("/api/payments/stripe/intents/" + reference(checkout), Map.of(), stranger).status())
        .isEqualTo(404);
    assertThat(api.post("/api/payments/stripe/intents/" + reference(checkout), Map.of(), null).status())
        .isEqualTo(401);

    Api.Reply paid = confirm(intent, PAYS, true);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(paid.json().get("status").asText()).isEqualTo("succeeded");
    assertThat(paid.header("Sandbox-Webhook-Status")).isEqualTo("200");
    JsonNode order = orderNow(number(checkout));
    assertThat(order.get("status").asText()).isEqualTo("PAID");
    assertThat(order.at("/payment/status").asText()).isEqualTo("SUCCEEDED");
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE reference = ? AND event_id LIKE 'evt_%'",
        reference(checkout))).isEqualTo("PAID");
    // paid: nothing more to open
    assertThat(api.post("/api/payments/stripe/intents/" + reference(checkout), Map.of(), shopper).status())
        .isEqualTo(409);
  }

  @Test
  void aTamperedOrStaleWebhookIsRefusedAndChangesNothing() {
    Api.Reply checkout = order(300_000);
    String id = intentId(intent(checkout));
    assertThat(confirm(intent(checkout), PAYS, false).status()).isEqualTo(200);
    byte[] genuine = event("payment_intent.succeeded", id);

    byte[] tampered = new String(genuine, StandardCharsets.UTF_8)
        .replace("\"amount_received\":" + total(checkout), "\"amount_received\":1000")
        .getBytes(StandardCharsets.UTF_8);
    Api.Reply refused = webhook(tampered, now(CURRENT, genuine));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");

    long fiveMinutesAndMoreAgo = Instant.now().minusSeconds(400).getEpochSecond();
    Api.Reply stale = webhook(genuine, CURRENT.header(fiveMinutesAndMoreAgo, genuine));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(400);
    assertThat(webhook(genuine, null).status()).isEqualTo(400);
    assertThat(webhook("not json".getBytes(StandardCharsets.UTF_8), now(CURRENT, "not json".getBytes(StandardCharsets.UTF_8)))
        .status()).isEqualTo(400);
    assertThat(webhook(new byte[300 * 1024], now(CURRENT, new byte[300 * 1024])).status()).isEqualTo(413);

    assertThat(status(checkout)).isEqualTo("PENDING_PAYMENT");
    assertThat(paymentStatus(checkout)).isEqualTo("PENDING");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE method = 'STRIPE'"
        + " AND verification = 'BAD_SIGNATURE' AND payload LIKE ?", "%\"amount_received\":1000,%")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE method = 'STRIPE'"
        + " AND verification = 'STALE' AND payload LIKE ?", "%" + id + "%")).isEqualTo(1);

    // the genuine event, on time, still pays
    Api.Reply accepted = webhook(genuine, now(CURRENT, genuine));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(status(checkout)).isEqualTo("PAID");
  }

  @Test
  void anEventSignedWithTheSecretRotatingOutIsStillAccepted() {
    Api.Reply checkout = order(320_000);
    JsonNode intent = intent(checkout);
    assertThat(confirm(intent, PAYS, false).status()).isEqualTo(200);
    byte[] body = event("payment_intent.succeeded", intentId(intent));
    Api.Reply accepted = webhook(body, now(ROTATING_OUT, body));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().get("result").asText()).isEqualTo("PAID");
    assertThat(status(checkout)).isEqualTo("PAID");
    // a secret that was never ours opens nothing
    byte[] other = event("payment_intent.succeeded", intentId(intent));
    assertThat(webhook(other, now(new StripeSignature("whsec_someone_else"), other)).status()).isEqualTo(400);
  }

  @Test
  void theSameEventTwiceAndTenTimesAtOnceChangesTheOrderOnce() throws java.io.IOException {
    Api.Reply checkout = order(450_000);
    JsonNode intent = intent(checkout);
    assertThat(confirm(intent, PAYS, false).status()).isEqualTo(200);
    byte[] body = event("payment_intent.succeeded", intentId(intent));
    String eventId = Api.JSON.readTree(body).get("id").asText();
    String signature = now(CURRENT, body);

    List<Callable<Api.Reply>> deliveries = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      deliveries.add(() -> webhook(body, signature));
    }
    List<Api.Reply> answers = TestOrders.all(deliveries, 10);
    assertThat(answers).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
    assertThat(answers.stream().map(r -> r.json().get("duplicate").asBoolean()).collect(Collectors.toList()))
        .containsOnlyOnce(false);
    // Stripe retries later: still 2xx, still nothing new
    Api.Reply again = webhook(body, now(CURRENT, body));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();

    assertThat(status(checkout)).isEqualTo("PAID");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE method = 'STRIPE' AND event_id = ?",
        eventId)).isEqualTo(1);
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE method = 'STRIPE' AND event_id = ?",
        eventId)).isEqualTo("PAID");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change c JOIN customer_order o"
        + " ON o.id = c.order_id WHERE o.number = ? AND c.to_status = 'PAID' AND c.shop_order_id IS NULL",
        number(checkout))).isEqualTo(1);
  }

  @Test
  void aDeclinedCardFailsTheAttemptAndTheOrderStillWaits() {
    Api.Reply checkout = order(280_000);
    Api.Reply declined = confirm(intent(checkout), DECLINES, true);
    assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
    assertThat(declined.json().at("/error/code").asText()).isEqualTo("card_declined");
    assertThat(declined.header("Sandbox-Webhook-Status")).isEqualTo("200");
    assertThat(paymentStatus(checkout)).isEqualTo("FAILED");
    JsonNode order = orderNow(number(checkout));
    assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(order.at("/payment/status").asText()).isEqualTo("FAILED");
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE reference = ? AND event_id LIKE 'evt_%'",
        reference(checkout))).isEqualTo("ATTEMPT_FAILED");
    // a mistyped number is the shopper's slip, not an attempt: nothing is sent
    Api.Reply retried = api.post("/api/orders/" + number(checkout) + "/payments", Map.of(), shopper);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(confirm(intent(retried), "1234567812345678", true).status()).isEqualTo(402);
  }

  @Test
  void aPaymentWhoseWebhookWasDroppedIsSettledByReconciliation() {
    Api.Reply checkout = order(350_000);
    assertThat(confirm(intent(checkout), PAYS, false).status()).isEqualTo(200);
    assertThat(status(checkout)).isEqualTo("PENDING_PAYMENT");
    Api.Reply run = api.post("/api/admin/payments/reconcile?pendingFor=PT0S", Map.of(),
        api.login("admin@demo.langnghe.vn", Api.PASSWORD));
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(status(checkout)).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT source FROM payment_event WHERE reference = ?", reference(checkout)))
        .isEqualTo("QUERY");
  }

  @Test
  void cancellingAPaidCardOrderRefundsItThroughTheGateway() throws InterruptedException {
    Api.Reply checkout = order(900_000);
    JsonNode intent = intent(checkout);
    assertThat(confirm(intent, PAYS, true).status()).isEqualTo(200);
    assertThat(status(checkout)).isEqualTo("PAID");

    Api.Reply cancel = api.post("/api/orders/" + number(checkout) + "/cancel", Map.of("reason", "đổi ý"), shopper);
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
    eventually("the refund to succeed", () -> "SUCCEEDED".equals(TestDatabase.string(
        "SELECT r.status FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.reference = ?",
        reference(checkout))));
    assertThat(TestDatabase.string("SELECT r.gateway_ref FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).startsWith("re_");
    assertThat(TestDatabase.count("SELECT r.amount_vnd FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).isEqualTo(total(checkout));
    eventually("the order to be refunded", () -> "REFUNDED".equals(status(checkout)));
    // the gateway gave back exactly what was paid: nothing is left to refund there
    Api.Reply more = api.send(api.request("/api/sandbox/stripe/v1/refunds", null)
        .header("Authorization", "Bearer " + SECRET_KEY)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("payment_intent=" + intentId(intent) + "&amount=1"))
        .build());
    assertThat(more.status()).isEqualTo(400);
    assertThat(more.json().at("/error/code").asText()).isEqualTo("amount_too_large");
  }
}
