package vn.langnghe.market.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.stripe.StripeSignature.Verdict;

/** Reproduces /work/shared/vectors/stripe-vectors.txt byte for byte. */
class StripeSignatureTest {

  // test values from the vectors, never a real endpoint's
  static final String SECRET = "whsec_test_dongxam";
  static final long T = 1795000000L;
  static final String BODY = "{\"id\":\"evt_test_dongxam_0001\",\"object\":\"event\",\"api_version\":\"2024-06-20\",\"created\":1795000000,\"type\":\"payment_intent.succeeded\",\"livemode\":false,\"data\":{\"object\":{\"id\":\"pi_test_dongxam_0001\",\"object\":\"payment_intent\",\"amount\":1250000,\"amount_received\":1250000,\"currency\":\"vnd\",\"status\":\"succeeded\",\"metadata\":{\"order_id\":\"ORD-20261124-0001\"}}}}";
  static final String V1 = "eed033b0152a3562a136b654959b8368d44eb925d855cdf13d223ec01bcad0d4";
  static final String HEADER = "t=1795000000,v1=eed033b0152a3562a136b654959b8368d44eb925d855cdf13d223ec01bcad0d4";

  final StripeSignature stripe = new StripeSignature(SECRET);
  final byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

  static Instant at(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }

  @Test
  void theVectorBodyIsTheExactBytes() {
    assertThat(body).hasSize(345);
  }

  @Test
  void signsTimestampDotRawBodyKeyedByTheWholeSecret() {
    assertThat(stripe.header(T, body)).isEqualTo(HEADER);
  }

  @Test
  void acceptsTheVectorAtItsOwnTimeAndJustInsideTheTolerance() {
    assertThat(stripe.verify(HEADER, body, at(T))).isEqualTo(Verdict.ACCEPTED);
    assertThat(stripe.verify(HEADER, body, at(T + 299))).isEqualTo(Verdict.ACCEPTED);
    assertThat(stripe.verify(HEADER, body, at(T + 300))).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void refusesATimestampOlderThanTheTolerance() {
    assertThat(stripe.verify(HEADER, body, at(T + 301))).isEqualTo(Verdict.TIMESTAMP_OUTSIDE_TOLERANCE);
  }

  @Test
  void refusesATimestampTooFarInTheFuture() {
    assertThat(stripe.verify(HEADER, body, at(T - 301))).isEqualTo(Verdict.TIMESTAMP_OUTSIDE_TOLERANCE);
    assertThat(stripe.verify(HEADER, body, at(T - 300))).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void refusesABodyWithOneExtraSpace() {
    byte[] spaced = BODY.replace("\"id\":\"evt", "\"id\": \"evt").getBytes(StandardCharsets.UTF_8);
    assertThat(stripe.verify(HEADER, spaced, at(T))).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
  }

  @Test
  void acceptsAnyMatchingV1AmongSeveralAndIgnoresV0() {
    String rotation = "t=1795000000,v1=" + "0".repeat(64) + ",v1=" + V1 + ",v0=" + "1".repeat(64);
    assertThat(stripe.verify(rotation, body, at(T))).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aV0SignatureAloneIsNotEnough() {
    assertThat(stripe.verify("t=1795000000,v0=" + V1, body, at(T))).isEqualTo(Verdict.NO_V1_SIGNATURE);
  }

  @Test
  void aHeaderWithoutV1IsRefused() {
    assertThat(stripe.verify("t=1795000000", body, at(T))).isEqualTo(Verdict.NO_V1_SIGNATURE);
  }

  @Test
  void garbageHeadersAreMalformed() {
    for (String garbage : new String[] {null, "", "garbage", "v1=" + V1, "t=abc,v1=" + V1,
        "t=1795000000,t=1795000001,v1=" + V1, "t=0,v1=" + V1, "t=-1795000000,v1=" + V1,
        "=x,t=1795000000,v1=" + V1}) {
      assertThat(stripe.verify(garbage, body, at(T))).as(String.valueOf(garbage))
          .isEqualTo(Verdict.MALFORMED_HEADER);
    }
  }

  @Test
  void aV1ThatIsNotHexNeverMatches() {
    assertThat(stripe.verify("t=1795000000,v1=" + "zz".repeat(32), body, at(T)))
        .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
  }

  @Test
  void anUpperCaseV1StillMatches() {
    assertThat(stripe.verify("t=1795000000,v1=" + V1.toUpperCase(), body, at(T)))
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void eitherOfTwoSecretsVerifiesDuringRotation() {
    assertThat(new StripeSignature("whsec_new_one", SECRET).verify(HEADER, body, at(T)))
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(new StripeSignature(SECRET, "whsec_old_one").verify(HEADER, body, at(T)))
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(new StripeSignature("whsec_new_one", "whsec_old_one").verify(HEADER, body, at(T)))
        .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
  }

  @Test
  void theSecretIsUsedWithItsPrefix() {
    assertThatThrownBy(() -> new StripeSignature("test_dongxam"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StripeSignature(List.of(), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShorterToleranceIsHonoured() {
    StripeSignature strict = new StripeSignature(List.of(SECRET), Duration.ofSeconds(60));
    assertThat(strict.verify(HEADER, body, at(T + 61))).isEqualTo(Verdict.TIMESTAMP_OUTSIDE_TOLERANCE);
    assertThat(strict.verify(HEADER, body, at(T + 60)).accepted()).isTrue();
  }

  @Test
  void paymentIntentsAreFormEncodedInWholeVndWithNestedMetadata() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("order_id", "ORD-20261124-0001");
    metadata.put("shop", "Đồng Xâm & co");

    assertThat(StripeForm.paymentIntent(1_250_000, "Đơn hàng ORD-20261124-0001", metadata))
        .isEqualTo("amount=1250000&currency=vnd"
            + "&description=%C4%90%C6%A1n+h%C3%A0ng+ORD-20261124-0001"
            + "&metadata[order_id]=ORD-20261124-0001"
            + "&metadata[shop]=%C4%90%E1%BB%93ng+X%C3%A2m+%26+co");
  }

  @Test
  void listsAndDeeperMapsGetIndexedKeysAndNullsAreLeftOut() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("payment_method_types", List.of("card"));
    p.put("automatic_payment_methods", Map.of("enabled", true));
    p.put("description", null);
    assertThat(StripeForm.encode(p))
        .isEqualTo("payment_method_types[0]=card&automatic_payment_methods[enabled]=true");
  }
}
