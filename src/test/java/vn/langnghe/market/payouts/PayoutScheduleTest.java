package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which week's run is due when, in Vietnam's time, and the ISO weeks runs are named by. */
class PayoutScheduleTest {

  static final PayoutSchedule MONDAY_NINE = PayoutSchedule.parse("MONDAY 09:00");

  @Test
  void aWeeksRunIsDueFromItsDayAndHourInVietnamOn() {
    // Monday 7 Dec 2026, 08:59 in Hà Nội (01:59 UTC): not yet
    assertThat(MONDAY_NINE.duePeriod(Instant.parse("2026-12-07T01:59:00Z"))).isEmpty();
    assertThat(MONDAY_NINE.duePeriod(Instant.parse("2026-12-07T02:00:00Z"))).contains("2026-W50");
    // later in the week it is still that week's run (made once, so asking again is harmless)
    assertThat(MONDAY_NINE.duePeriod(Instant.parse("2026-12-13T16:59:00Z"))).contains("2026-W50");
    // Sunday 23:30 UTC is already Monday 06:30 in Vietnam: the new week, before its hour
    assertThat(MONDAY_NINE.duePeriod(Instant.parse("2026-12-13T23:30:00Z"))).isEmpty();
    assertThat(PayoutSchedule.parse("friday 17:30").duePeriod(Instant.parse("2026-12-10T12:00:00Z")))
        .as("Thursday: Friday's run not yet").isEmpty();
  }

  @Test
  void theNextPayoutDayIsTodayBeforeTheHourAndNextWeekAfterIt() {
    assertThat(MONDAY_NINE.nextOn(Instant.parse("2026-12-07T01:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(MONDAY_NINE.nextOn(Instant.parse("2026-12-07T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(MONDAY_NINE.nextOn(Instant.parse("2026-12-10T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void offMeansNoRunAndNoDate() {
    PayoutSchedule off = PayoutSchedule.parse("off");
    assertThat(off.off()).isTrue();
    assertThat(off.duePeriod(Instant.now())).isEmpty();
    assertThat(off.nextOn(Instant.now())).isNull();
    assertThatThrownBy(() -> PayoutSchedule.parse("every monday")).hasMessageContaining("market.payouts.schedule");
    assertThatThrownBy(() -> PayoutSchedule.parse("MONDAY 25:00")).hasMessageContaining("market.payouts.schedule");
  }

  @Test
  void periodsAreIsoWeeksAcrossTheYearsEdge() {
    // 31 Dec 2024 belongs to 2025-W01; 1 Jan 2027 (a Friday) to 2026-W53
    assertThat(PayoutSchedule.period(Instant.parse("2024-12-31T05:00:00Z"))).isEqualTo("2025-W01");
    assertThat(PayoutSchedule.period(Instant.parse("2027-01-01T05:00:00Z"))).isEqualTo("2026-W53");
    assertThat(PayoutSchedule.monday("2026-W53")).contains(LocalDate.of(2026, 12, 28));
    assertThat(PayoutSchedule.monday("2019-W01")).contains(LocalDate.of(2018, 12, 31));
    assertThat(PayoutSchedule.monday("2025-W53")).as("2025 has 52 weeks").isEmpty();
    assertThat(PayoutSchedule.monday("2026-50")).isEmpty();
    assertThat(PayoutSchedule.monday("2026-W00")).isEmpty();
  }
}
