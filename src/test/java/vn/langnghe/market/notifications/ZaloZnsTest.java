package vn.langnghe.market.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZaloZnsTest {

  @Test
  void successIsErrorZeroWithTheMessageId() {
    ZaloZns.Outcome sent = ZaloZns.outcome(200,
        "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"a1b2\",\"sent_time\":\"1700000000000\"}}");
    assertThat(sent.sent()).isTrue();
    assertThat(sent.msgId()).isEqualTo("a1b2");
  }

  @Test
  void aWrongPhoneOrTemplateIsNotRetriedButAnOutageIs() {
    assertThat(ZaloZns.outcome(200, "{\"error\":-108,\"message\":\"Phone number invalid\"}").lasting()).isTrue();
    assertThat(ZaloZns.outcome(200, "{\"error\":-109,\"message\":\"Template ID invalid\"}").lasting()).isTrue();
    assertThat(ZaloZns.outcome(200, "{\"error\":-100,\"message\":\"Unknown error\"}").lasting()).isFalse();
    assertThat(ZaloZns.outcome(200, "{\"error\":-124,\"message\":\"Access token invalid\"}").lasting()).isFalse();
    assertThat(ZaloZns.outcome(503, "down").lasting()).isFalse();
    assertThat(ZaloZns.outcome(200, "<html>").sent()).isFalse();
  }

  @Test
  void backOffDoublesUpToTheLongestAndStopsAfterTheLastAttempt() {
    Delivery.Backoff backoff = new Delivery.Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5), 4);
    Instant now = Instant.parse("2026-12-07T00:00:00Z");
    assertThat(backoff.next(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(backoff.next(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
    assertThat(backoff.next(3, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
    assertThat(backoff.next(4, now)).isNull();
    assertThat(new Delivery.Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5), 10).next(6, now))
        .isEqualTo(now.plus(Duration.ofMinutes(5)));
  }
}
