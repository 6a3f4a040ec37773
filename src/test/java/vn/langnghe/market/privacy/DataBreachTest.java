package vn.langnghe.market.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataBreachTest {

  private static final Instant FOUND = Instant.parse("2026-03-02T09:00:00Z");

  private static DataBreach breach(Instant reportedAt) {
    return new DataBreach("Tệp đơn hàng gửi nhầm", null, FOUND, "tên, địa chỉ", 3, reportedAt, null, 1L, FOUND);
  }

  @Test
  void theAuthorityIsDueWithinSeventyTwoHoursOfTheDiscovery() {
    assertThat(breach(null).reportDueAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
  }

  @Test
  void anUnreportedBreachIsLateOnlyOnceTheSeventyTwoHoursAreGone() {
    assertThat(breach(null).reportLate(Instant.parse("2026-03-05T08:59:59Z"))).isFalse();
    assertThat(breach(null).reportLate(Instant.parse("2026-03-05T09:00:01Z"))).isTrue();
  }

  @Test
  void aReportIsLateWhenItWasMadeAfterTheDeadlineWhateverTheTimeNow() {
    Instant now = Instant.parse("2026-04-01T00:00:00Z");
    assertThat(breach(Instant.parse("2026-03-04T09:00:00Z")).reportLate(now)).isFalse();
    assertThat(breach(Instant.parse("2026-03-06T09:00:00Z")).reportLate(now)).isTrue();
  }
}
