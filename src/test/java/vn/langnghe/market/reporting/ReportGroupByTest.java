package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.reporting.ReportPeriodTest.assertField;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportGroupByTest {

  @Test
  void oneOrTwoDimensionsByTheirParameterNames() {
    assertThat(Dimension.parse("month,commune", SalesReports.OFFICER_GROUPS))
        .containsExactly(Dimension.MONTH, Dimension.COMMUNE);
    assertThat(Dimension.parse(" paymentMethod ", SalesReports.OFFICER_GROUPS))
        .containsExactly(Dimension.PAYMENT_METHOD);
    assertThat(Dimension.parse("SHOP", SalesReports.OFFICER_GROUPS)).containsExactly(Dimension.SHOP);
  }

  @Test
  void unknownRepeatedTooManyOrTwoPeriodsAreNamedAsGroupBy() {
    for (String bad : List.of("", "year", "month,", "shop,shop", "day,month", "commune,village,shop")) {
      assertField(() -> Dimension.parse(bad, SalesReports.OFFICER_GROUPS), "groupBy");
    }
    assertField(() -> Dimension.parse(null, SalesReports.OFFICER_GROUPS), "groupBy");
  }

  @Test
  void anArtisanGroupsOnlyByTimeAndCategory() {
    assertThat(Dimension.parse("month,category", SalesReports.ARTISAN_GROUPS))
        .containsExactly(Dimension.MONTH, Dimension.CATEGORY);
    assertField(() -> Dimension.parse("shop", SalesReports.ARTISAN_GROUPS), "groupBy");
  }

  @Test
  void weeksAreIsoWeeksOfTheirWeekYear() {
    assertThat(Dimension.WEEK.timeKey(LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
    assertThat(Dimension.WEEK.timeKey(LocalDate.of(2026, 11, 29))).isEqualTo("2026-W48");
    assertThat(Dimension.WEEK.timeKey(LocalDate.of(2026, 11, 30))).isEqualTo("2026-W49");
    // 1 January 2027 is a Friday: it belongs to the last week of 2026
    assertThat(Dimension.WEEK.timeKey(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    assertThat(Dimension.WEEK.timeKey(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(Dimension.WEEK.timeLabel(LocalDate.of(2026, 3, 2))).isEqualTo("2026-W10");
  }

  @Test
  void monthsAndDaysAsVietnamWritesThem() {
    assertThat(Dimension.MONTH.timeKey(LocalDate.of(2026, 11, 3))).isEqualTo("2026-11");
    assertThat(Dimension.MONTH.timeLabel(LocalDate.of(2026, 11, 3))).isEqualTo("11/2026");
    assertThat(Dimension.DAY.timeKey(LocalDate.of(2026, 1, 3))).isEqualTo("2026-01-03");
    assertThat(Dimension.DAY.timeLabel(LocalDate.of(2026, 1, 3))).isEqualTo("03/01/2026");
  }
}
