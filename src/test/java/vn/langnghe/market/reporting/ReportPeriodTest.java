package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;

class ReportPeriodTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void withoutDatesTheLastThirtyDaysTodayIncluded() {
    ReportPeriod period = ReportPeriod.of(null, " ", TODAY);
    assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), TODAY));
    assertThat(period.days()).isEqualTo(30);
  }

  @Test
  void onlyToGivenMeansTheThirtyDaysEndingThen() {
    assertThat(ReportPeriod.of(null, "2026-03-01", TODAY).from()).isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
    ReportPeriod november = ReportPeriod.of("2026-11-01", "2026-11-30", TODAY);
    assertThat(november.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31)));
    ReportPeriod oneDay = ReportPeriod.of("2026-03-01", "2026-03-01", TODAY);
    assertThat(oneDay.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
  }

  @Test
  void aPeriodSplitsIntoItsWholeMonthsAndTheDaysAtItsEdges() {
    ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 10));
    assertThat(period.wholeMonths()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30)));
    assertThat(period.edgeDays()).containsExactly(
        new ReportPeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 31)),
        new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10)));
    // a leap February, whole, and the year's last day
    ReportPeriod winter = new ReportPeriod(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 2, 29));
    assertThat(winter.wholeMonths()).isEqualTo(new ReportPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29)));
    assertThat(winter.edgeDays()).containsExactly(new ReportPeriod(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31)));
  }

  @Test
  void wholeMonthsOnlyHaveNoEdgesAndAPeriodWithoutAWholeMonthIsAllEdge() {
    ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    assertThat(quarter.wholeMonths()).isEqualTo(quarter);
    assertThat(quarter.edgeDays()).isEmpty();
    for (ReportPeriod part : List.of(new ReportPeriod(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 31)),
        new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 30)),
        new ReportPeriod(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 10)))) {
      assertThat(part.wholeMonths()).as(part.toString()).isNull();
      assertThat(part.edgeDays()).containsExactly(part);
    }
  }

  @Test
  void threeYearsAtMostAndToNotBeforeFrom() {
    assertThat(ReportPeriod.of("2023-11-30", "2026-11-30", TODAY).days()).isEqualTo(1097);
    assertField(() -> ReportPeriod.of("2023-11-29", "2026-11-30", TODAY), "from");
    assertField(() -> ReportPeriod.of("2026-11-02", "2026-11-01", TODAY), "to");
    assertField(() -> ReportPeriod.of("2026-13-01", null, TODAY), "from");
    assertField(() -> ReportPeriod.of(null, "hôm nay", TODAY), "to");
  }

  @Test
  void vietnamDaysStartAtFiveInTheEveningUtc() {
    ReportPeriod period = ReportPeriod.of("2026-11-01", "2026-11-01", TODAY);
    assertThat(period.startUtc()).isEqualTo(LocalDateTime.of(2026, 10, 31, 17, 0));
    assertThat(period.endUtc()).isEqualTo(LocalDateTime.of(2026, 11, 1, 17, 0));
  }

  @Test
  void filtersAreCheckedAndNamed() {
    assertThat(ReportFilters.of(" 13093 ", "0", "", null))
        .isEqualTo(new ReportFilters("13093", 0L, null, null));
    assertField(() -> ReportFilters.of("13093'--", null, null, null), "communeCode");
    assertField(() -> ReportFilters.of(null, "x", null, null), "villageId");
    assertField(() -> ReportFilters.of(null, null, "-1", null), "categoryId");
    assertField(() -> ReportFilters.of(null, null, null, "1.5"), "shopId");
    assertField(() -> ReportsResource.flag("formerUnits", "yes"), "formerUnits");
  }

  static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(Problems.InvalidInputException.class, e -> assertThat(e.toProblem().errors())
            .extracting(Problem.FieldError::field).containsExactly(field));
  }
}
