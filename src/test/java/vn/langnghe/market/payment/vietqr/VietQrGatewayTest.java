package vn.langnghe.market.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.PaymentGateway.Attempt;
import vn.langnghe.market.payment.PaymentGateway.Check;
import vn.langnghe.market.payment.PaymentGateway.Inbound;
import vn.langnghe.market.payment.PaymentGateway.Outcome;
import vn.langnghe.market.payment.PaymentGateway.RefundOrder;
import vn.langnghe.market.payment.PaymentGateway.Start;
import vn.langnghe.market.payment.PaymentGateway.Verification;

class VietQrGatewayTest {

  static final String SECRET = "TESTBANKSECRET";
  static final String ACCOUNT = "0011001234567";
  static final String REFERENCE = "LN261126-7K3F9QXA-1";

  final VietQrGateway gateway = gateway();

  static VietQrGateway gateway() {
    VietQrGateway gateway = new VietQrGateway();
    gateway.bankBin = Optional.of("970436");
    gateway.accountNumber = Optional.of(ACCOUNT);
    gateway.accountName = Optional.of("LANGNGHEMARKET");
    gateway.bankName = Optional.empty();
    gateway.webhookSecret = Optional.of(SECRET);
    return gateway;
  }

  static String body(String account, long amount, String description) {
    return "{\"transactionId\":\"FT26330000001\",\"accountNumber\":\"" + account + "\",\"amount\":"
        + amount + ",\"description\":\"" + description + "\",\"transactedAt\":\"2026-11-26T10:15:00+07:00\"}";
  }

  static Inbound signed(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new Inbound(null, Map.of("x-signature", new WebhookSignature(SECRET).sign(bytes)), bytes);
  }

  @Test
  void theQrCodeCarriesOurAccountTheAmountAndTheMemo() {
    String payload = gateway.start(new Start(REFERENCE, "LN261126-7K3F9QXA", 1_250_000, Instant.now(),
        Instant.now().plusSeconds(900), "127.0.0.1")).qrPayload();
    assertThat(EmvQr.crcOk(payload)).isTrue();
    assertThat(VietQrTransfer.parse(payload))
        .isEqualTo(new VietQrTransfer("970436", ACCOUNT, 1_250_000L, "LN2611267K3F9QXA1"));
  }

  @Test
  void aSignedTransferWithTheMemoIsAPaymentOfThatReference() {
    Check check = gateway.check(signed(body(ACCOUNT, 1_250_000, "MBVCB.123.LN2611267K3F9QXA1.CT tu NGUYEN VAN A")));
    assertThat(check.verification()).isEqualTo(Verification.VALID);
    assertThat(check.eventId()).isEqualTo("FT26330000001");
    assertThat(check.reference()).isEqualTo(REFERENCE);
    assertThat(check.amountVnd()).isEqualTo(1_250_000L);
    assertThat(check.outcome()).isEqualTo(Outcome.PAID);
    assertThat(check.gatewayRef()).isEqualTo("FT26330000001");
  }

  @Test
  void anUpperCaseSignatureIsTheSameSignature() {
    String body = body(ACCOUNT, 1_000, "LN2611267K3F9QXA1");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String upper = new WebhookSignature(SECRET).sign(bytes).toUpperCase();
    assertThat(gateway.check(new Inbound(null, Map.of("x-signature", upper), bytes)).valid()).isTrue();
  }

  @Test
  void aTamperedOrUnsignedNoticeIsBelievedInNothing() {
    String genuine = body(ACCOUNT, 1_250_000, "LN2611267K3F9QXA1");
    Inbound signedGenuine = signed(genuine);
    byte[] tampered = genuine.replace("1250000", "12500000").getBytes(StandardCharsets.UTF_8);
    Check check = gateway.check(new Inbound(null, signedGenuine.headers(), tampered));
    assertThat(check.verification()).isEqualTo(Verification.BAD_SIGNATURE);
    assertThat(check.eventId()).isNull();
    assertThat(check.reference()).isNull();
    assertThat(gateway.check(new Inbound(null, Map.of(), genuine.getBytes(StandardCharsets.UTF_8)))
        .verification()).isEqualTo(Verification.BAD_SIGNATURE);
    byte[] bytes = genuine.getBytes(StandardCharsets.UTF_8);
    String otherKey = new WebhookSignature("SOMEONEELSE").sign(bytes);
    assertThat(gateway.check(new Inbound(null, Map.of("x-signature", otherKey), bytes)).verification())
        .isEqualTo(Verification.BAD_SIGNATURE);
    assertThat(gateway.check(new Inbound(null, Map.of("x-signature", "zz"), bytes)).verification())
        .isEqualTo(Verification.BAD_SIGNATURE);
  }

  @Test
  void aTransferOnAnotherAccountIsNotOurs() {
    Check check = gateway.check(signed(body("9999999999", 1_250_000, "LN2611267K3F9QXA1")));
    assertThat(check.verification()).isEqualTo(Verification.MALFORMED);
    assertThat(check.detail()).contains("another account");
  }

  @Test
  void aTransferWithoutAMemoIsMoneyOfNoKnownPayment() {
    Check check = gateway.check(signed(body(ACCOUNT, 500_000, "chuyen tien mua hang")));
    assertThat(check.valid()).isTrue();
    assertThat(check.reference()).isNull();
    assertThat(check.amountVnd()).isEqualTo(500_000L);
    assertThat(check.outcome()).isEqualTo(Outcome.PAID);
  }

  @Test
  void moneyGoingOutIsNotAPayment() {
    Check check = gateway.check(signed(body(ACCOUNT, -500_000, "hoan tien LN2611267K3F9QXA1")));
    assertThat(check.valid()).isTrue();
    assertThat(check.outcome()).isEqualTo(Outcome.IGNORED);
    assertThat(check.amountVnd()).isNull();
  }

  @Test
  void whatIsNotTheBanksJsonIsMalformed() {
    for (String bad : new String[] {"", "not json", "[1,2]", "null",
        body(ACCOUNT, 1, "x").replace("\"amount\":1", "\"amount\":1.5"),
        body(ACCOUNT, 1, "x").replace("\"amount\":1", "\"amount\":\"1000\""),
        body(ACCOUNT, 1, "x").replace("\"transactionId\":\"FT26330000001\"", "\"transactionId\":\"\""),
        body(ACCOUNT, 1, "x").replace("FT26330000001", "F".repeat(101)),
        body(ACCOUNT, 1, "x").replace("2026-11-26T10:15:00+07:00", "26/11/2026"),
        body(ACCOUNT, 1, "x").replace("\"accountNumber\":\"" + ACCOUNT + "\",", "")}) {
      Check check = gateway.check(signed(bad));
      assertThat(check.verification()).as(bad).isEqualTo(Verification.MALFORMED);
      assertThat(check.eventId()).isNull();
    }
  }

  @Test
  void banksOfferNoStatusQueryAndNoRefund() {
    Attempt attempt = new Attempt(REFERENCE, "LN261126-7K3F9QXA", 1_000, Instant.now(),
        Instant.now().plusSeconds(900), "FT1");
    assertThat(gateway.query(attempt).settled()).isFalse();
    var refund = gateway.refund(new RefundOrder(7, attempt, 1_000, true, "cancelled"));
    assertThat(refund.succeeded()).isFalse();
    assertThat(refund.retryable()).isFalse();
    assertThat(refund.message()).contains("by hand").contains("FT1");
  }
}
