package vn.langnghe.market.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class ListingReportsTest {

  private final Instant now = Instant.parse("2026-12-07T03:00:00Z");

  @Test
  void theMedianTimeToDecideIsTheMiddleWaitOrTheMeanOfTheMiddleTwo() {
    assertThat(ListingReports.median(List.of())).isNull();
    assertThat(ListingReports.median(List.of(Duration.ofMinutes(5), Duration.ofHours(2),
        Duration.ofHours(30)))).isEqualTo(120);
    assertThat(ListingReports.median(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20),
        Duration.ofMinutes(40), Duration.ofHours(50)))).isEqualTo(30);
  }

  @Test
  void aReportWaitsUntilItsDecisionAndIsDecidedOnce() {
    ListingReport report = new ListingReport(1, 2, null, ReportReason.COUNTERFEIT, null, now);
    assertThat(report.waited(now.plus(Duration.ofHours(25)))).isEqualTo(Duration.ofHours(25));

    report.dismiss(9, "Không vi phạm", now.plus(Duration.ofHours(3)));
    assertThat(report.waited(now.plus(Duration.ofDays(5)))).as("stops at the decision")
        .isEqualTo(Duration.ofHours(3));
    assertThatThrownBy(() -> report.dismiss(9, null, now)).isInstanceOf(Problems.ConflictException.class);
  }

  @Test
  void aLiftedTakedownTakesNoMoreAnswers() {
    Takedown takedown = new Takedown(1, 2, 3, "Hàng giả", 9, now);
    takedown.appeal("Có giấy kiểm định", now.plusSeconds(60));
    assertThat(takedown.appealText()).isEqualTo("Có giấy kiểm định");
    takedown.lift(9, null, now.plusSeconds(120));
    assertThat(takedown.inForce()).isFalse();
    assertThatThrownBy(() -> takedown.appeal("Lần nữa", now)).isInstanceOf(Problems.ConflictException.class);
  }
}
