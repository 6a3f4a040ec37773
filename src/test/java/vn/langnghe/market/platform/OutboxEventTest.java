package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEventTest {

  private final Instant now = Instant.parse("2026-11-26T03:00:00Z");

  @Test
  void eachFailureDoublesTheWaitUpToAMinute() {
    OutboxEvent event = new OutboxEvent(Outbox.PRODUCT, 7, now);
    assertThat(event.availableAt()).isEqualTo(now);

    event.failed("Solr down", now);
    assertThat(event.availableAt()).isEqualTo(now.plusSeconds(2));
    event.failed("Solr down", now);
    assertThat(event.availableAt()).isEqualTo(now.plusSeconds(4));
    for (int i = 0; i < 10; i++) {
      event.failed("x".repeat(900), now);
    }
    assertThat(event.availableAt()).isEqualTo(now.plusSeconds(60));
    assertThat(event.attempts()).isEqualTo(12);
  }
}
