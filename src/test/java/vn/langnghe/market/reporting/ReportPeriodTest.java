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

  static ReportPeriod days(String from, String to) {
    return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void wholeMonthsComeFromTheRollUpAndTheEdgesFromTheDaysInsideOrTheMonthMinusTheDaysOutside() {
    // 17 days inside July against 14 outside: July whole minus 1-14; 10 days of October inside
    ReportPeriod.Reading reading = days("2026-07-15", "2026-10-10").reading(TODAY);
    assertThat(reading.months()).isEqualTo(days("2026-07-01", "2026-09-30"));
    assertThat(reading.addedDays()).containsExactly(days("2026-10-01", "2026-10-10"));
    assertThat(reading.subtractedDays()).containsExactly(days("2026-07-01", "2026-07-14"));
    // 13 days of July inside; October 1-25 is more than the 6 days after it
    reading = days("2026-07-19", "2026-10-25").reading(TODAY);
    assertThat(reading.months()).isEqualTo(days("2026-08-01", "2026-10-31"));
    assertThat(reading.addedDays()).containsExactly(days("2026-07-19", "2026-07-31"));
    assertThat(reading.subtractedDays()).containsExactly(days("2026-10-26", "2026-10-31"));
    // whole months alone, a leap February among them
    reading = days("2027-12-01", "2028-02-29").reading(TODAY);
    assertThat(reading.months()).isEqualTo(days("2027-12-01", "2028-02-29"));
    assertThat(reading.addedDays()).isEmpty();
    assertThat(reading.subtractedDays()).isEmpty();
  }

  @Test
  void daysAfterTodayCostNothingSoAPeriodEndingTodayTakesItsMonthWhole() {
    ReportPeriod lastYear = days("2025-11-27", "2026-11-26");
    ReportPeriod.Reading reading = lastYear.reading(LocalDate.of(2026, 11, 26));
    // November 2025: its 4 days inside rather than the month minus 26; November 2026 whole
    assertThat(reading.months()).isEqualTo(days("2025-12-01", "2026-11-30"));
    assertThat(reading.addedDays()).containsExactly(days("2025-11-27", "2025-11-30"));
    assertThat(reading.subtractedDays()).containsExactly(days("2026-11-27", "2026-11-30"));
  }

  @Test
  void insideOneMonthTheFewerDaysAreRead() {
    ReportPeriod.Reading few = days("2026-07-10", "2026-07-20").reading(TODAY);
    assertThat(few.months()).isNull();
    assertThat(few.addedDays()).containsExactly(days("2026-07-10", "2026-07-20"));
    ReportPeriod.Reading most = days("2026-07-03", "2026-07-28").reading(TODAY);
    assertThat(most.months()).isEqualTo(days("2026-07-01", "2026-07-31"));
    assertThat(most.addedDays()).isEmpty();
    assertThat(most.subtractedDays()).containsExactly(days("2026-07-01", "2026-07-02"), days("2026-07-29", "2026-07-31"));
    assertThat(days("2026-07-01", "2026-07-31").reading(TODAY))
        .isEqualTo(new ReportPeriod.Reading(days("2026-07-01", "2026-07-31"), List.of(), List.of()));
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
