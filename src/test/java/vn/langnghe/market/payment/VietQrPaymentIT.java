package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.vietqr.QrImageTest;
import vn.langnghe.market.payment.vietqr.VietQrTransfer;
import vn.langnghe.market.payment.vietqr.WebhookSignature;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * VietQR end to end on the real server, with the sandbox playing our bank: the QR payload and
 * its image, the signed webhook as the only authority, matching by memo and amount, and the
 * review list for money that does not match.
 */
class VietQrPaymentIT extends PaymentIT {

  static final WebhookSignature BANK = new WebhookSignature("LANGNGHEDEMOBANK2026");
  static final String ACCOUNT = "0011001234567";
  static final String ADMIN = "admin@demo.langnghe.vn";
  static Api.Reply order(long price) {
    return orderPaidBy("VIETQR", price);
  }

  /** Absent from the JSON, which leaves nulls out. */
  static boolean absent(JsonNode node, String field) {
    return node.path(field).isMissingNode() || node.path(field).isNull();
  }

  /** The simulated bank: a transfer with the payment's memo, or with a memo as typed. */
  static JsonNode simulateTransfer(Map<String, Object> transfer) {
    Api.Reply sent = api.post("/api/sandbox/vietqr/transfers", transfer, null);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    return sent.json();
  }

  /** A bank notice as our bank would send it, signed or not. */
  static String notice(String transactionId, String account, long amount, String description) {
    return "{\"transactionId\":\"" + transactionId + "\",\"accountNumber\":\"" + account
        + "\",\"amount\":" + amount + ",\"description\":\"" + description
        + "\",\"transactedAt\":\"2026-11-26T10:15:00+07:00\"}";
  }

  static Api.Reply webhook(String body, String signature) {
    HttpRequest.Builder request = api.request("/api/payments/vietqr/webhook", null)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("X-Signature", signature);
    }
    return api.send(request.build());
  }

  static Api.Reply signedWebhook(String body) {
    return webhook(body, BANK.sign(body.getBytes(StandardCharsets.UTF_8)));
  }

  static String newTransactionId() {
    return "FT" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
  }

  static JsonNode reviewFor(String transactionId) {
    JsonNode reviews = api.get("/api/admin/payments/reviews", api.login(TestShops.OFFICER, Api.PASSWORD)).json();
    long eventId = TestDatabase.count("SELECT id FROM payment_event WHERE method = 'VIETQR' AND event_id = ?",
        transactionId);
    long reviewId = TestDatabase.count("SELECT id FROM payment_review WHERE event_id = ?", eventId);
    for (JsonNode review : reviews) {
      if (review.get("id").asLong() == reviewId) {
        return review;
      }
    }
    throw new AssertionError("no open review for " + transactionId + " in " + reviews);
  }

  @Test
  void theQrCodeAndTheSimulatedTransferEndWithAPaidOrder() throws Exception {
    Api.Reply checkout = order(1_250_000);
    JsonNode payment = checkout.json().get("payment");
    assertThat(payment.get("method").asText()).isEqualTo("VIETQR");
    assertThat(absent(payment, "redirectUrl")).isTrue();
    String payload = payment.get("qrPayload").asText();
    VietQrTransfer transfer = VietQrTransfer.parse(payload);
    assertThat(transfer).isEqualTo(new VietQrTransfer("970436", ACCOUNT, total(checkout),
        VietQrTransfer.memoFor(reference(checkout))));

    // the image is the payload, and only the order's owner gets it
    Api.Reply png = api.get("/api/orders/" + number(checkout) + "/payment/qr.png", shopper);
    assertThat(png.status()).as(png.toString()).isEqualTo(200);
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.header("Cache-Control")).isEqualTo("no-store");
    assertThat(QrImageTest.decode(png.raw().body())).isEqualTo(payload);
    String stranger = api.newAccount("SHOPPER", "vietqr-stranger");
    assertThat(api.get("/api/orders/" + number(checkout) + "/payment/qr.png", stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/orders/" + number(checkout) + "/payment/qr.png").status()).isEqualTo(401);
    JsonNode payee = api.get("/api/payments/vietqr/payee").json();
    assertThat(payee.get("accountNumber").asText()).isEqualTo(ACCOUNT);
    assertThat(payee.get("bankName").asText()).isEqualTo("Vietcombank");
    assertThat(payee.get("sandbox").asBoolean()).isTrue();

    JsonNode sent = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout)));
    assertThat(sent.get("status").asInt()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.get("answer").asText()).contains("\"PAID\"");
    JsonNode order = orderNow(number(checkout));
    assertThat(order.get("status").asText()).isEqualTo("PAID");
    assertThat(order.at("/payment/status").asText()).isEqualTo("SUCCEEDED");
    assertThat(absent(order.get("payment"), "qrPayload")).isTrue();
    assertThat(TestDatabase.string("SELECT gateway_ref FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo(sent.get("transactionId").asText());
    assertThat(api.get("/api/orders/" + number(checkout) + "/payment/qr.png", shopper).status()).isEqualTo(404);
  }

  @Test
  void theSameBankTransactionManyTimesAtOnceChangesTheOrderOnce() {
    Api.Reply checkout = order(450_000);
    String transactionId = newTransactionId();
    String body = notice(transactionId, ACCOUNT, total(checkout),
        "MBVCB.1." + VietQrTransfer.memoFor(reference(checkout)) + ".CT tu NGUYEN VAN A");
    List<Callable<String>> deliveries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      deliveries.add(() -> {
        Api.Reply reply = signedWebhook(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("result").asText();
      });
    }
    List<String> answers = TestOrders.all(deliveries, 10);
    assertThat(answers).filteredOn("PAID"::equals).hasSize(1);
    assertThat(answers).filteredOn("DUPLICATE"::equals).hasSize(19);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change c JOIN customer_order o"
        + " ON o.id = c.order_id WHERE o.number = ? AND c.to_status = 'PAID' AND c.shop_order_id IS NULL",
        number(checkout))).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE method = 'VIETQR' AND event_id = ?",
        transactionId)).isEqualTo(1);
    // the bank sends it again later, through the simulator this time
    JsonNode again = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout),
        "transactionId", transactionId));
    assertThat(again.get("answer").asText()).contains("\"DUPLICATE\"");
  }

  @Test
  void aNoticeWhoseHandlingFailedIsCompletedByTheBanksRetry() {
    Api.Reply checkout = order(320_000);
    String transactionId = newTransactionId();
    // as a crash would leave it: stored, verified, never applied, a while ago
    TestDatabase.update("INSERT INTO payment_event (method, source, event_id, reference, received_at, payload,"
        + " verification) VALUES ('VIETQR', 'CALLBACK', ?, ?, UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE, '', 'VALID')",
        transactionId, reference(checkout));
    Api.Reply retried = signedWebhook(notice(transactionId, ACCOUNT, total(checkout),
        "CT " + VietQrTransfer.memoFor(reference(checkout))));
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.json().get("result").asText()).isEqualTo("PAID");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE method = 'VIETQR' AND event_id = ?",
        transactionId)).isEqualTo("PAID");
  }

  @Test
  void aFirstDeliveryThatFailsHalfWayIsNotAcknowledgedAndTheSweeperCompletesIt() throws Exception {
    Api.Reply checkout = order(330_000);
    String transactionId = newTransactionId();
    String body = notice(transactionId, ACCOUNT, total(checkout), "CT " + VietQrTransfer.memoFor(reference(checkout)));
    Api.Reply first;
    Api.Reply repeat;
    try (FailingPaymentUpdate fault = new FailingPaymentUpdate(reference(checkout))) {
      first = signedWebhook(body);
      // the bank sends it again at once, while the first has no result
      repeat = signedWebhook(body);
    }
    // neither is acknowledged: the repeat tries to apply the event itself, and fails the same way
    assertThat(first.status()).as(first.toString()).isEqualTo(500);
    assertThat(repeat.status()).as(repeat.toString()).isEqualTo(500);
    assertThat(repeat.contentType()).startsWith("application/problem+json");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(TestDatabase.string("SELECT COALESCE(result, 'NONE') FROM payment_event WHERE method = 'VIETQR'"
        + " AND event_id = ?", transactionId)).isEqualTo("NONE");

    Api.Reply swept = api.post("/api/admin/payments/events/retry?olderThan=PT0S", Map.of(), api.login(ADMIN, Api.PASSWORD));
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
    assertThat(swept.json().get("settled").asInt()).isPositive();
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE method = 'VIETQR' AND event_id = ?",
        transactionId)).isEqualTo("PAID");
    Api.Reply later = signedWebhook(body);
    assertThat(later.status()).as(later.toString()).isEqualTo(200);
    assertThat(later.json().get("result").asText()).isEqualTo("DUPLICATE");
    assertThat(api.post("/api/admin/payments/events/retry", Map.of(), shopper).status()).isEqualTo(403);
    assertThat(api.post("/api/admin/payments/events/retry?olderThan=later", Map.of(), api.login(ADMIN, Api.PASSWORD))
        .status()).isEqualTo(400);
  }

  @Test
  void aSecondTransferUnderAPaidOrdersMemoIsHeldForReview() {
    Api.Reply checkout = order(410_000);
    JsonNode first = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout)));
    assertThat(first.get("answer").asText()).contains("\"PAID\"");
    JsonNode second = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout)));
    assertThat(second.get("status").asInt()).as(second.toString()).isEqualTo(200);
    assertThat(second.get("answer").asText()).contains("\"SURPLUS\"");
    JsonNode review = reviewFor(second.get("transactionId").asText());
    assertThat(review.get("paymentReference").asText()).isEqualTo(reference(checkout));
    assertThat(review.get("receivedVnd").asLong()).isEqualTo(total(checkout));
    assertThat(review.get("reason").asText()).contains("already");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT gateway_ref FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo(first.get("transactionId").asText());
    // the bank repeating the second notice adds nothing
    JsonNode repeated = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout),
        "transactionId", second.get("transactionId").asText()));
    assertThat(repeated.get("answer").asText()).contains("\"DUPLICATE\"");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_review r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).isEqualTo(1);
  }

  @Test
  void aBodyOver256KbIsRefusedUnreadAndARefusedOneIsStoredCut() {
    String marker = newTransactionId();
    String huge = notice(marker, ACCOUNT, 1000, marker + " " + "x".repeat(300 * 1024));
    Api.Reply tooBig = signedWebhook(huge);
    assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(413);
    assertThat(tooBig.contentType()).startsWith("application/problem+json");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE payload LIKE ?", "%" + marker + "%")).isZero();

    String refusedMarker = newTransactionId();
    String forged = notice(refusedMarker, ACCOUNT, 1000, refusedMarker + " " + "y".repeat(200 * 1024));
    assertThat(webhook(forged, "00".repeat(32)).status()).isEqualTo(401);
    assertThat(TestDatabase.count("SELECT MAX(LENGTH(payload)) FROM payment_event WHERE payload LIKE ?",
        "%" + refusedMarker + "%")).isBetween(1L, (long) PaymentEvent.MAX_REFUSED_PAYLOAD_CHARS);
  }

  @Test
  void aForgedNoticeIsRefusedAndChangesNothing() {
    Api.Reply checkout = order(300_000);
    String body = notice(newTransactionId(), ACCOUNT, total(checkout), VietQrTransfer.memoFor(reference(checkout)));
    Api.Reply forged = webhook(body, new WebhookSignature("NOT-THE-BANKS-KEY").sign(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
    assertThat(forged.contentType()).startsWith("application/problem+json");
    assertThat(webhook(body, null).status()).isEqualTo(401);
    String signed = BANK.sign(body.getBytes(StandardCharsets.UTF_8));
    assertThat(webhook(body.replace(":" + total(checkout) + ",", ":1,"), signed).status()).isEqualTo(401);
    assertThat(signedWebhook("{not json").status()).isEqualTo(400);
    assertThat(signedWebhook(notice(newTransactionId(), "9999999999", total(checkout),
        VietQrTransfer.memoFor(reference(checkout)))).status()).isEqualTo(400);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(TestDatabase.string("SELECT status FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo("PENDING");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE method = 'VIETQR'"
        + " AND verification = 'BAD_SIGNATURE' AND payload LIKE ?", "%" + VietQrTransfer.memoFor(reference(checkout)) + "%"))
        .isEqualTo(3);
    // the genuine notice still pays afterwards
    Api.Reply genuine = webhook(body, signed);
    assertThat(genuine.status()).as(genuine.toString()).isEqualTo(200);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
  }

  @Test
  void anUnderAndAnOverPaymentGoToTheTradeOfficesReviewList() {
    for (long difference : new long[] {-50_000, 20_000}) {
      Api.Reply checkout = order(600_000);
      long paid = total(checkout) + difference;
      JsonNode sent = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", paid));
      assertThat(sent.get("answer").asText()).contains("\"REVIEW\"");
      // the mismatch is kept for review and changes neither the order nor the attempt
      assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
      assertThat(TestDatabase.string("SELECT status FROM payment WHERE reference = ?", reference(checkout)))
          .isEqualTo("PENDING");
      JsonNode review = reviewFor(sent.get("transactionId").asText());
      assertThat(review.get("method").asText()).isEqualTo("VIETQR");
      assertThat(review.get("paymentReference").asText()).isEqualTo(reference(checkout));
      assertThat(review.get("expectedVnd").asLong()).isEqualTo(total(checkout));
      assertThat(review.get("receivedVnd").asLong()).isEqualTo(paid);
      assertThat(review.get("reason").asText()).contains(difference < 0 ? "less" : "more");
      // the right transfer that follows still pays the order
      JsonNode right = simulateTransfer(Map.of("reference", reference(checkout), "amountVnd", total(checkout)));
      assertThat(right.get("answer").asText()).contains("\"PAID\"");
      assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    }
    assertThat(api.get("/api/admin/payments/reviews", shopper).status()).isEqualTo(403);
  }

  @Test
  void aTransferWithAnUnknownMemoIsReviewedWithNoPayment() {
    JsonNode sent = simulateTransfer(Map.of("memo", "chuyen tien mua binh bac", "amountVnd", 777_000));
    assertThat(sent.get("answer").asText()).contains("\"UNMATCHED\"");
    JsonNode review = reviewFor(sent.get("transactionId").asText());
    assertThat(absent(review, "paymentReference")).isTrue();
    assertThat(absent(review, "expectedVnd")).isTrue();
    assertThat(review.get("receivedVnd").asLong()).isEqualTo(777_000);
    assertThat(review.get("reason").asText()).contains("no payment").doesNotContain("null");
    assertThat(review.get("evidence").asText()).contains("chuyen tien mua binh bac");

    JsonNode noSuchOrder = simulateTransfer(Map.of("memo", "LN0001012345ABCD1", "amountVnd", 5_000));
    assertThat(absent(reviewFor(noSuchOrder.get("transactionId").asText()), "paymentReference")).isTrue();
  }
}
