package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class UploadQuotaTest {

  private final UploadQuota quota = new UploadQuota(3, 10_000);

  @Test
  void uploadsWithinTheDailyCountAndBytesPass() {
    assertThatCode(() -> quota.check(2, 5_000, 5_000)).doesNotThrowAnyException();
  }

  @Test
  void oneUploadTooManyOrTooLargeIsRefusedWithRetryAfter() {
    assertThatThrownBy(() -> quota.check(3, 0, 1))
        .isInstanceOf(Problems.TooManyAttemptsException.class)
        .hasMessageContaining("3 pictures");
    assertThatThrownBy(() -> quota.check(1, 9_000, 1_001))
        .isInstanceOfSatisfying(Problems.TooManyAttemptsException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.retryAfterSeconds()).isPositive());
  }
}
