package vn.langnghe.market.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.PaymentGateway.Check;
import vn.langnghe.market.payment.PaymentGateway.Inbound;
import vn.langnghe.market.payment.PaymentGateway.Outcome;
import vn.langnghe.market.payment.PaymentGateway.Start;
import vn.langnghe.market.payment.PaymentGateway.Verification;

/** The webhook as the adapter reads it: signature first, then the event's facts. */
class StripeGatewayTest {

  static final String CURRENT = "whsec_current_dongxam";
  static final String PREVIOUS = "whsec_previous_dongxam";
  static final long NOW = 1_795_000_000L;

  static String event(String id, String type, String currency, String reference) {
    return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2024-06-20\",\"created\":" + NOW
        + ",\"type\":\"" + type + "\",\"livemode\":false,\"data\":{\"object\":{\"id\":\"pi_3Dx\","
        + "\"object\":\"payment_intent\",\"amount\":1250000,\"amount_received\":"
        + (type.endsWith("succeeded") ? 1250000 : 0) + ",\"currency\":\"" + currency + "\","
        + "\"status\":\"succeeded\",\"last_payment_error\":"
        + (type.endsWith("failed") ? "{\"code\":\"card_declined\",\"decline_code\":\"generic_decline\"}" : "null")
        + ",\"metadata\":{\"reference\":\"" + reference + "\",\"order_number\":\"LN1\"}}}}";
  }

  static final String PAID = event("evt_1", "payment_intent.succeeded", "vnd", "LN20261124-ABCD-1");

  static StripeGateway gateway(long now, String... secrets) {
    StripeGateway gateway = new StripeGateway();
    gateway.webhookSecrets = Optional.of(List.of(secrets));
    gateway.clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
    gateway.publicUrl = "https://langnghe.example";
    gateway.apiUrl = "https://api.stripe.example";
    return gateway;
  }

  static Inbound signed(String secret, long t, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return inbound(new StripeSignature(secret).header(t, bytes), bytes);
  }

  static Inbound inbound(String header, byte[] body) {
    return new Inbound(null, header == null ? Map.of() : Map.of("stripe-signature", header), body);
  }

  @Test
  void aSignedSucceededEventPaysTheReferenceWithTheAmountReceivedInWholeVnd() {
    Check check = gateway(NOW, CURRENT, PREVIOUS).check(signed(CURRENT, NOW - 10, PAID));
    assertThat(check.verification()).isEqualTo(Verification.VALID);
    assertThat(check.outcome()).isEqualTo(Outcome.PAID);
    assertThat(check.eventId()).isEqualTo("evt_1");
    assertThat(check.reference()).isEqualTo("LN20261124-ABCD-1");
    assertThat(check.amountVnd()).isEqualTo(1_250_000L);
    assertThat(check.gatewayRef()).isEqualTo("pi_3Dx");
  }

  @Test
  void theSharedVectorVerifiesAndCarriesNoReferenceOfOurs() {
    String body = StripeSignatureTest.BODY;
    Check check = gateway(StripeSignatureTest.T + 299, StripeSignatureTest.SECRET)
        .check(inbound(StripeSignatureTest.HEADER, body.getBytes(StandardCharsets.UTF_8)));
    assertThat(check.valid()).isTrue();
    assertThat(check.eventId()).isEqualTo("evt_test_dongxam_0001");
    assertThat(check.amountVnd()).isEqualTo(1_250_000L);
    // its metadata names order_id, not our reference: money that must go to review, not be lost
    assertThat(check.reference()).isNull();
    assertThat(check.outcome()).isEqualTo(Outcome.PAID);
  }

  @Test
  void aTamperedBodyHasABadSignature() {
    Inbound genuine = signed(CURRENT, NOW, PAID);
    byte[] tampered = PAID.replace("1250000", "1250001").getBytes(StandardCharsets.UTF_8);
    Check check = gateway(NOW, CURRENT).check(inbound(genuine.header("stripe-signature"), tampered));
    assertThat(check.verification()).isEqualTo(Verification.BAD_SIGNATURE);
    assertThat(check.eventId()).isNull();
    assertThat(check.reference()).isNull();
  }

  @Test
  void anEventSignedMoreThanFiveMinutesAgoIsStale() {
    assertThat(gateway(NOW, CURRENT).check(signed(CURRENT, NOW - 301, PAID)).verification())
        .isEqualTo(Verification.STALE);
    assertThat(gateway(NOW, CURRENT).check(signed(CURRENT, NOW - 300, PAID)).verification())
        .isEqualTo(Verification.VALID);
  }

  @Test
  void whileASecretRotatesOutEventsSignedWithEitherAreAccepted() {
    StripeGateway rotating = gateway(NOW, CURRENT, PREVIOUS);
    assertThat(rotating.check(signed(PREVIOUS, NOW, PAID)).valid()).isTrue();

    // Stripe signs with both during its rotation window: two v1 values, one from each secret
    byte[] body = PAID.getBytes(StandardCharsets.UTF_8);
    String byPrevious = new StripeSignature(PREVIOUS).header(NOW, body);
    String byCurrent = new StripeSignature(CURRENT).header(NOW, body);
    String both = byCurrent + "," + byPrevious.substring(byPrevious.indexOf("v1=")) + ",v0=" + "0".repeat(64);
    assertThat(gateway(NOW, CURRENT).check(inbound(both, body)).valid()).isTrue();
    assertThat(gateway(NOW, PREVIOUS).check(inbound(both, body)).valid()).isTrue();

    // once rotated out, the old secret no longer opens anything
    assertThat(gateway(NOW, CURRENT).check(signed(PREVIOUS, NOW, PAID)).verification())
        .isEqualTo(Verification.BAD_SIGNATURE);
  }

  @Test
  void aMissingHeaderOrSignedGarbageIsMalformed() {
    byte[] body = PAID.getBytes(StandardCharsets.UTF_8);
    assertThat(gateway(NOW, CURRENT).check(inbound(null, body)).verification())
        .isEqualTo(Verification.MALFORMED);
    assertThat(gateway(NOW, CURRENT).check(inbound("t=abc,v1=00", body)).verification())
        .isEqualTo(Verification.MALFORMED);
    assertThat(gateway(NOW, CURRENT).check(signed(CURRENT, NOW, "{\"id\":\"evt_1\",")).verification())
        .isEqualTo(Verification.MALFORMED);
    assertThat(gateway(NOW, CURRENT).check(signed(CURRENT, NOW, "[1,2]")).verification())
        .isEqualTo(Verification.MALFORMED);
    assertThat(gateway(NOW, CURRENT).check(signed(CURRENT, NOW, "{\"object\":\"event\",\"type\":\"x\"}"))
        .verification()).isEqualTo(Verification.MALFORMED);
  }

  @Test
  void aFailedPaymentEndsTheAttemptWithoutMoney() {
    String failed = event("evt_2", "payment_intent.payment_failed", "vnd", "LN20261124-ABCD-1");
    Check check = gateway(NOW, CURRENT).check(signed(CURRENT, NOW, failed));
    assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check.reference()).isEqualTo("LN20261124-ABCD-1");
    assertThat(check.amountVnd()).isNull();
    assertThat(check.detail()).contains("generic_decline");
  }

  @Test
  void otherEventsAndOtherCurrenciesAreIgnoredButKeepTheirIdForDeduplication() {
    Check created = gateway(NOW, CURRENT).check(signed(CURRENT, NOW,
        event("evt_3", "payment_intent.created", "vnd", "LN20261124-ABCD-1")));
    assertThat(created.outcome()).isEqualTo(Outcome.IGNORED);
    assertThat(created.eventId()).isEqualTo("evt_3");
    Check dollars = gateway(NOW, CURRENT).check(signed(CURRENT, NOW,
        event("evt_4", "payment_intent.succeeded", "usd", "LN20261124-ABCD-1")));
    assertThat(dollars.valid()).isTrue();
    assertThat(dollars.outcome()).isEqualTo(Outcome.IGNORED);
    assertThat(dollars.amountVnd()).isNull();
  }

  @Test
  void theShopperStartsOnOurCardPageWithoutCallingStripe() {
    String url = gateway(NOW, CURRENT).start(new Start("LN20261124-ABCD-1", "LN20261124-ABCD", 350_000,
        Instant.ofEpochSecond(NOW), Instant.ofEpochSecond(NOW + 900), "203.0.113.5")).redirectUrl();
    assertThat(url).isEqualTo("https://langnghe.example/pay-card.html?payment=LN20261124-ABCD-1");
  }
}
