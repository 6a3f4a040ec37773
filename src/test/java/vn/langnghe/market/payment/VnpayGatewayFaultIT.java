package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The VNPay gateway failing (its merchant API answering 500, or answering only after our
 * timeout, switched on at the simulator as bench/faults.sh does): a shopper cancelling a paid
 * order still gets 200 and never a 500, the refund waits and is sent when the gateway is back,
 * and the gateway takes it exactly once even when it had taken it before our side gave up.
 */
class VnpayGatewayFaultIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static String admin;
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "vnpayfault");
    admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  @AfterEach
  void gatewayBack() {
    fault("NONE");
  }

  static void fault(String mode) {
    Api.Reply set = api.post("/api/sandbox/vnpay/fault", Map.of("mode", mode), admin);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("mode").asText()).isEqualTo(mode);
  }

  /** A paid one-item order, paid on the simulator so that VNPay knows its transaction. */
  static Api.Reply paidOrder(String title) {
    String sku = TestShops.sku("VGF");
    shops.product(silversmith, sku, 3, 420_000, title);
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
    String url = checkout.json().at("/payment/redirectUrl").asText();
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + url.substring(url.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", true), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    return checkout;
  }

  /** A paid order its shopper cancels (200, whatever the gateway does) with the switch at mode. */
  static Api.Reply cancelledWhileFaulty(String mode, String title) {
    Api.Reply checkout = paidOrder(title);
    fault(mode);
    Api.Reply cancel = api.post("/api/orders/" + checkout.json().get("orderNumber").asText() + "/cancel",
        Map.of("reason", "đổi ý"), shopper);
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
    return checkout;
  }

  static String refundStatus(Api.Reply checkout) {
    return TestDatabase.string("SELECT r.status FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", checkout.json().at("/payment/reference").asText());
  }

  static JsonNode refundsAtGateway(Api.Reply checkout) {
    return api.get("/api/sandbox/vnpay/refunds/" + checkout.json().at("/payment/reference").asText()).json();
  }

  static void within(Duration bound, String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
      Thread.sleep(200);
    }
  }

  @Test
  void onlyAnAdministratorSwitchesTheGatewaysFaults() {
    assertThat(api.post("/api/sandbox/vnpay/fault", Map.of("mode", "ERROR"), null).status()).isEqualTo(401);
    assertThat(api.post("/api/sandbox/vnpay/fault", Map.of("mode", "ERROR"), shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/sandbox/vnpay/fault").json().get("mode").asText()).isEqualTo("NONE");
  }

  @Test
  void aGatewayAnswering500DelaysTheRefundButNeverFailsTheShopper() throws InterruptedException {
    Api.Reply checkout = cancelledWhileFaulty("ERROR", "Vòng bạc khi cổng lỗi");
    // the refund runner (every second here) meets the 500: the attempt is counted, fails with no
    // answer from VNPay, and the refund waits for the gateway instead of failing for good
    within(Duration.ofSeconds(30), "an attempt to fail against the 500",
        () -> TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
            + " WHERE p.reference = ? AND r.status = 'DUE' AND r.attempts >= 1 AND r.last_error = ?",
            checkout.json().at("/payment/reference").asText(), "no verifiable answer from VNPay") == 1);
    assertThat(refundsAtGateway(checkout)).isEmpty();

    fault("NONE");
    within(Duration.ofSeconds(40), "the refund once the gateway is back",
        () -> "SUCCEEDED".equals(refundStatus(checkout)));
    assertThat(refundsAtGateway(checkout)).hasSize(1);
    assertThat(refundsAtGateway(checkout).get(0).get("responseCode").asText()).isEqualTo("00");
  }

  @Test
  void aRefundTheGatewayTookBeforeOurTimeoutIsTakenOnce() throws InterruptedException {
    Api.Reply checkout = cancelledWhileFaulty("TIMEOUT", "Khuyên bạc khi cổng chậm");
    // the gateway has taken the refund and is still holding its answer back
    within(Duration.ofSeconds(10), "the gateway to take the refund", () -> refundsAtGateway(checkout).size() == 1);
    fault("NONE");

    within(Duration.ofSeconds(60), "the refund to be known as done",
        () -> "SUCCEEDED".equals(refundStatus(checkout)));
    JsonNode seen = refundsAtGateway(checkout);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("responseCode").asText()).isEqualTo("00");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " WHERE p.reference = ?", checkout.json().at("/payment/reference").asText())).isEqualTo(1);
  }
}
