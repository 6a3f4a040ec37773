package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.vnpay.VnpaySignature;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * VNPay end to end on the real server, with the simulator playing VNPay: the signed pay URL, the
 * pay page, the IPN as the only authority, the return page, reconciliation by querydr, refunds.
 */
class VnpayPaymentIT extends MarketIT {

  static final String BASE = TestSite.base();
  static final VnpaySignature VNPAY = new VnpaySignature("LANGNGHEDEMOSECRET2026");
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static final String ADMIN = "admin@demo.langnghe.vn";
  static String shopper;
  static String shopperEmail;
  static TestShops.Artisan silversmith;
  static TestShops.Artisan weaver;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "vnpay");
    shopperEmail = api.get("/api/me", shopper).json().get("email").asText();
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
  }

  /** A fresh product of the artisan's shop, 3 in stock; answers its SKU. */
  static String stocked(TestShops.Artisan artisan, long price, String title) {
    String sku = TestShops.sku("VNP");
    shops.product(artisan, sku, 3, price, title);
    return sku;
  }

  /** A one-item order of a fresh product with 3 in stock; answers the checkout reply. */
  static Api.Reply order(long price) {
    String sku = stocked(silversmith, price, "Nhẫn bạc chạm hoa sen");
    return orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
  }

  static String payUrl(Api.Reply checkout) {
    return checkout.json().at("/payment/redirectUrl").asText();
  }

  static String query(String url) {
    return url.substring(url.indexOf('?') + 1);
  }

  static Api.Reply simulatorPay(Api.Reply checkout, String action, boolean deliverIpn) {
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + query(payUrl(checkout)),
        Map.of("bankCode", "NCB", "action", action, "deliverIpn", deliverIpn), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    return paid;
  }

  static String reference(Api.Reply checkout) {
    return checkout.json().at("/payment/reference").asText();
  }

  static String number(Api.Reply checkout) {
    return checkout.json().get("orderNumber").asText();
  }

  static JsonNode orderNow(String number) {
    return orders.detail(shopper, number);
  }

  static String ipn(String rawQuery) {
    Api.Reply reply = api.get("/api/payments/vnpay/ipn?" + rawQuery);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().get("RspCode").asText();
  }

  static String droppedIpnQuery(Api.Reply checkout) {
    simulatorPay(checkout, "PAY", false);
    return api.get("/api/sandbox/vnpay/ipn/" + reference(checkout)).json().get("query").asText();
  }

  static Map<String, String> fields(String rawQuery) {
    return new HashMap<>(VnpaySignature.parseQuery(rawQuery).orElseThrow());
  }

  static String admin() {
    return api.login(ADMIN, Api.PASSWORD);
  }

  @Test
  void checkoutPayPageIpnAndReturnEndWithAPaidOrder() {
    String sku = stocked(silversmith, 1_250_000, "Vòng bạc Đồng Xâm");
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 2)));
    long total = checkout.json().get("totalVnd").asLong();

    String url = payUrl(checkout);
    assertThat(url).startsWith(BASE + "/sandbox/vnpay.html?");
    Map<String, String> signed = fields(query(url));
    assertThat(VNPAY.verify(signed)).isTrue();
    assertThat(signed).containsEntry("vnp_TmnCode", "LANGNGHE")
        .containsEntry("vnp_Amount", Long.toString(total * 100))
        .containsEntry("vnp_TxnRef", reference(checkout))
        .containsEntry("vnp_ReturnUrl", BASE + "/api/payments/vnpay/return");
    assertThat(signed.get("vnp_OrderInfo")).matches("[\\x20-\\x7E]+");

    JsonNode page = api.get("/api/sandbox/vnpay/payment?" + query(url)).json();
    assertThat(page.get("amountVnd").asLong()).isEqualTo(total);
    assertThat(page.path("error").isMissingNode() || page.get("error").isNull()).as(page.toString()).isTrue();

    Api.Reply paid = simulatorPay(checkout, "PAY", true);
    assertThat(paid.json().get("ipnAnswer").asText()).contains("\"RspCode\":\"00\"");
    JsonNode order = orderNow(number(checkout));
    assertThat(order.get("status").asText()).isEqualTo("PAID");
    assertThat(order.at("/payment/status").asText()).isEqualTo("SUCCEEDED");
    assertThat(TestDatabase.onHand(sku)).isEqualTo(1);
    assertThat(TestDatabase.reserved(sku)).isZero();
    assertThat(TestDatabase.string("SELECT result FROM payment_event WHERE reference = ?", reference(checkout)))
        .isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT gateway_ref FROM payment WHERE reference = ?", reference(checkout)))
        .matches("[0-9]+");
    // the ledger has the sale: gross is what the shopper paid for this one-shop order
    assertThat(TestDatabase.count("SELECT SUM(gross_vnd) FROM ledger_entry WHERE order_number = ? AND kind = 'SALE'",
        number(checkout))).isEqualTo(total);

    // the browser comes back: shown, not acted on
    String returnUrl = paid.json().get("returnUrl").asText();
    Api.Reply back = api.get(returnUrl.substring(BASE.length()));
    assertThat(back.status()).isEqualTo(303);
    assertThat(back.header("Location")).startsWith(BASE + "/payment-result.html?")
        .contains("signal=paid").contains("order=" + number(checkout));
    assertThat(TestMail.await(shopperEmail, number(checkout)).body()).contains("₫");
  }

  @Test
  void theSameIpnAHundredTimesAtOnceChangesTheOrderOnce() {
    Api.Reply checkout = order(450_000);
    String ipnQuery = droppedIpnQuery(checkout);
    List<Callable<String>> deliveries = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      deliveries.add(() -> ipn(ipnQuery));
    }
    List<String> answers = TestOrders.all(deliveries, 20);
    assertThat(answers).filteredOn("00"::equals).hasSize(1);
    assertThat(answers).filteredOn("02"::equals).hasSize(99);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_status_change c JOIN customer_order o"
        + " ON o.id = c.order_id WHERE o.number = ? AND c.to_status = 'PAID' AND c.shop_order_id IS NULL",
        number(checkout))).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE reference = ?",
        reference(checkout))).isEqualTo(100);
    // VNPay asks again later: still "already confirmed"
    assertThat(ipn(ipnQuery)).isEqualTo("02");
  }

  @Test
  void aTamperedIpnIsRefusedAndChangesNothing() {
    Api.Reply checkout = order(300_000);
    String ipnQuery = droppedIpnQuery(checkout);
    String tampered = ipnQuery.replaceFirst("vnp_Amount=[0-9]+", "vnp_Amount=100");
    assertThat(ipn(tampered)).isEqualTo("97");
    assertThat(ipn("vnp_TxnRef=" + reference(checkout) + "&vnp_ResponseCode=00")).isEqualTo("97");
    assertThat(ipn("vnp_Amount=abc&vnp_SecureHash=xyz")).isEqualTo("97");
    assertThat(ipn("vnp_TxnRef=a&vnp_TxnRef=b")).isEqualTo("97");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(TestDatabase.string("SELECT verification FROM payment_event WHERE payload LIKE ?",
        "%vnp_Amount=100&%")).isEqualTo("BAD_SIGNATURE");
    // the genuine one still pays afterwards
    assertThat(ipn(ipnQuery)).isEqualTo("00");
  }

  @Test
  void aWrongAmountIpnFollowedByTheRightOneLeavesTheOrderPaid() {
    Api.Reply checkout = order(300_000);
    String genuine = droppedIpnQuery(checkout);
    Map<String, String> fields = fields(genuine);
    fields.put("vnp_Amount", Long.toString((checkout.json().get("totalVnd").asLong() - 1000) * 100));
    fields.remove(VnpaySignature.SECURE_HASH);
    String underpaid = VNPAY.signedQuery(fields);
    assertThat(ipn(underpaid)).isEqualTo("04");
    // held for review, and neither the order nor the attempt changed
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(TestDatabase.string("SELECT status FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo("PENDING");
    JsonNode reviews = api.get("/api/admin/payments/reviews", api.login(TestShops.OFFICER, Api.PASSWORD)).json();
    assertThat(reviews.findValuesAsText("paymentReference")).contains(reference(checkout));
    assertThat(api.get("/api/admin/payments/reviews", shopper).status()).isEqualTo(403);
    // VNPay repeating the mismatch is not told "already confirmed", and adds no second review
    assertThat(ipn(underpaid)).isEqualTo("04");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_review r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).isEqualTo(1);

    assertThat(ipn(genuine)).isEqualTo("00");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(ipn(genuine)).isEqualTo("02");
  }

  @Test
  void anIpnWhoseHandlingFailsIsNeverConfirmedAndTheSweeperCompletesIt() {
    Api.Reply checkout = order(290_000);
    String ipnQuery = droppedIpnQuery(checkout);
    try (FailingPaymentUpdate fault = new FailingPaymentUpdate(reference(checkout))) {
      assertThat(ipn(ipnQuery)).isEqualTo("99");
      assertThat(ipn(ipnQuery)).isEqualTo("99");
    }
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    Api.Reply swept = api.post("/api/admin/payments/events/retry?olderThan=PT0S", Map.of(), admin());
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    // both stored deliveries now have a result, and the money counted once
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE reference = ? AND result IS NULL",
        reference(checkout))).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_event WHERE reference = ? AND result = 'PAID'",
        reference(checkout))).isEqualTo(1);
    assertThat(ipn(ipnQuery)).isEqualTo("02");
  }

  @Test
  void anIpnWithANewTransactionNumberForASettledPaymentIsHeldForReview() {
    Api.Reply checkout = order(310_000);
    simulatorPay(checkout, "PAY", true);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    Map<String, String> fields = fields(api.get("/api/sandbox/vnpay/ipn/" + reference(checkout)).json().get("query").asText());
    String firstTransaction = fields.get("vnp_TransactionNo");
    fields.put("vnp_TransactionNo", "9" + firstTransaction);
    fields.remove(VnpaySignature.SECURE_HASH);
    String secondPayment = VNPAY.signedQuery(fields);
    assertThat(ipn(secondPayment)).isEqualTo("00");
    assertThat(ipn(secondPayment)).isEqualTo("00");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_review r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ? AND r.received_vnd = ? AND r.status = 'OPEN'", reference(checkout),
        checkout.json().get("totalVnd").asLong())).isEqualTo(1);
    assertThat(TestDatabase.string("SELECT r.reason FROM payment_review r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).contains("9" + firstTransaction);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT gateway_ref FROM payment WHERE reference = ?", reference(checkout)))
        .isEqualTo(firstTransaction);
  }

  @Test
  void anUnknownOrderIsNotFoundAndItsMoneyReviewed() {
    Api.Reply checkout = order(300_000);
    Map<String, String> fields = fields(droppedIpnQuery(checkout));
    fields.remove(VnpaySignature.SECURE_HASH);
    // money under a reference we never issued: VNPay hears 01, and a person gets to look at it
    fields.put("vnp_TxnRef", "LN000000-NOSUCHXX-1");
    assertThat(ipn(VNPAY.signedQuery(fields))).isEqualTo("01");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_review r JOIN payment_event e ON e.id = r.event_id"
        + " WHERE e.reference = 'LN000000-NOSUCHXX-1' AND r.payment_id IS NULL")).isEqualTo(1);
  }

  @Test
  void moneyForAnExpiredOrderIsRefundedThroughTheGateway() throws InterruptedException {
    Api.Reply checkout = order(200_000);
    simulatorPay(checkout, "PAY", false);
    TestDatabase.update("UPDATE customer_order SET payment_due_at = ? WHERE number = ?",
        java.sql.Timestamp.from(Instant.now().minusSeconds(60)), number(checkout));
    api.post("/api/admin/orders/expire-overdue", Map.of(), admin());
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("EXPIRED");

    Api.Reply resent = api.post("/api/sandbox/vnpay/ipn/" + reference(checkout) + "/resend", Map.of(), null);
    assertThat(resent.json().get("answer").asText()).contains("\"RspCode\":\"00\"");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("EXPIRED");
    eventually("the refund to be carried out", () -> "SUCCEEDED".equals(TestDatabase.string(
        "SELECT r.status FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.reference = ?",
        reference(checkout))));
    assertThat(TestDatabase.count("SELECT r.amount_vnd FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).isEqualTo(checkout.json().get("totalVnd").asLong());
  }

  @Test
  void aPaymentWhoseIpnWasDroppedIsSettledByReconciliation() {
    Api.Reply checkout = order(350_000);
    simulatorPay(checkout, "PAY", false);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
    Api.Reply run = api.post("/api/admin/payments/reconcile?pendingFor=PT0S", Map.of(), admin());
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(TestDatabase.string("SELECT source FROM payment_event WHERE reference = ?", reference(checkout)))
        .isEqualTo("QUERY");
    assertThat(api.post("/api/admin/payments/reconcile?pendingFor=soon", Map.of(), admin()).status()).isEqualTo(400);
    assertThat(api.post("/api/admin/payments/reconcile", Map.of(), shopper).status()).isEqualTo(403);
  }

  @Test
  void aCancelledAttemptCanBeRetriedAndPaid() {
    Api.Reply checkout = order(280_000);
    Api.Reply cancelled = simulatorPay(checkout, "CANCEL", true);
    assertThat(cancelled.json().get("ipnAnswer").asText()).contains("\"RspCode\":\"00\"");
    JsonNode order = orderNow(number(checkout));
    assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(order.at("/payment/status").asText()).isEqualTo("FAILED");
    Api.Reply back = api.get(cancelled.json().get("returnUrl").asText().substring(BASE.length()));
    assertThat(back.header("Location")).contains("signal=failed");

    Api.Reply retried = api.post("/api/orders/" + number(checkout) + "/payments", Map.of(), shopper);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    String second = retried.json().at("/payment/reference").asText();
    assertThat(second).isEqualTo(number(checkout) + "-2");
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + query(retried.json().at("/payment/redirectUrl").asText()),
        Map.of("action", "PAY"), null);
    assertThat(paid.json().get("ipnAnswer").asText()).contains("\"RspCode\":\"00\"");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
    assertThat(api.post("/api/orders/" + number(checkout) + "/payments", Map.of(), shopper).status()).isEqualTo(409);
  }

  @Test
  void cancellingAPaidTwoShopOrderRefundsItThroughTheGateway() throws InterruptedException {
    String silver = stocked(silversmith, 900_000, "Khay bạc");
    String silk = stocked(weaver, 650_000, "Khăn lụa Nam Cao");
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(silver, 1), TestOrders.line(silk, 1)));
    simulatorPay(checkout, "PAY", true);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");

    Api.Reply cancel = api.post("/api/orders/" + number(checkout) + "/cancel", Map.of("reason", "đổi ý"), shopper);
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
    eventually("the order to be refunded",
        () -> "REFUNDED".equals(orderNow(number(checkout)).get("status").asText()));
    assertThat(TestDatabase.count("SELECT SUM(r.amount_vnd) FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ? AND r.status = 'SUCCEEDED'", reference(checkout)))
        .isEqualTo(checkout.json().get("totalVnd").asLong());
    // two sales and their two reversals: the ledger nets to zero in every column
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE order_number = ?", number(checkout))).isEqualTo(4);
    assertThat(TestDatabase.count("SELECT ABS(SUM(gross_vnd)) + ABS(SUM(commission_vnd)) + ABS(SUM(vat_withheld_vnd))"
        + " + ABS(SUM(pit_withheld_vnd)) + ABS(SUM(net_vnd)) FROM ledger_entry WHERE order_number = ?", number(checkout))).isZero();
  }

  @Test
  void aShopCancellingItsPaidPartRefundsThatPartOnly() throws InterruptedException {
    String silver = stocked(silversmith, 900_000, "Khay bạc");
    String silk = stocked(weaver, 650_000, "Khăn lụa Nam Cao");
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(silver, 1), TestOrders.line(silk, 1)));
    simulatorPay(checkout, "PAY", true);
    long weaverPart = 0;
    long weaverPartTotal = 0;
    for (JsonNode part : orderNow(number(checkout)).get("shopOrders")) {
      if (part.at("/shop/id").asLong() == weaver.shopId()) {
        weaverPart = part.get("id").asLong();
        weaverPartTotal = part.get("totalVnd").asLong();
      }
    }
    Api.Reply cancelled = api.post("/api/my/orders/" + weaverPart + "/cancel", Map.of("reason", "hết lụa"), weaver.token());
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    eventually("the part's refund", () -> "SUCCEEDED".equals(TestDatabase.string(
        "SELECT r.status FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.reference = ?",
        reference(checkout))));
    assertThat(TestDatabase.count("SELECT r.amount_vnd FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", reference(checkout))).isEqualTo(weaverPartTotal);
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PAID");
  }

  @Test
  void theReturnPageBelievesNothingUnsigned() {
    Api.Reply checkout = order(150_000);
    Map<String, String> fake = new HashMap<>();
    fake.put("vnp_TxnRef", reference(checkout));
    fake.put("vnp_ResponseCode", "00");
    fake.put("vnp_TransactionStatus", "00");
    fake.put("vnp_Amount", "15000000");
    fake.put("vnp_SecureHash", "00".repeat(64));
    StringBuilder q = new StringBuilder();
    fake.forEach((k, v) -> q.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
    Api.Reply back = api.get("/api/payments/vnpay/return?" + q);
    assertThat(back.status()).isEqualTo(303);
    assertThat(back.header("Location")).contains("signal=invalid").doesNotContain("order=");
    assertThat(orderNow(number(checkout)).get("status").asText()).isEqualTo("PENDING_PAYMENT");
  }
}
