package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.reporting.FactRows.Row;
import vn.langnghe.market.reporting.SalesFacts.Line;
import vn.langnghe.market.reporting.SalesFacts.Part;

class ReportFactRowsTest {

  /** Product 10 and 11 are rings (category 2), product 20 a scarf (8), product 30 has none. */
  static final Map<Long, Long> CATEGORIES = Map.of(10L, 2L, 11L, 2L, 20L, 8L);

  @Test
  void linesAddUpPerCategoryAndTheShippingAndTheOrderGoWithTheFirstLine() {
    Part part = new Part(1, 7, "VNPAY", 30_000, List.of(
        new Line(20, 2, 666_666), new Line(10, 1, 1_234_567), new Line(11, 3, 300_000),
        new Line(30, 1, 5_000)));
    FactRows rows = FactRows.of(part, CATEGORIES);
    assertThat(rows.byCategory()).containsExactly(
        new Row(0, 0, 1, 5_000), new Row(2, 0, 4, 1_534_567), new Row(8, 1, 2, 696_666));
    long gross = rows.byCategory().stream().mapToLong(Row::grossVnd).sum();
    assertThat(gross).as("every đồng of the part, once").isEqualTo(666_666 + 1_234_567 + 300_000 + 5_000 + 30_000);
    assertThat(rows.byCategory().stream().mapToInt(Row::orders).sum()).isEqualTo(1);
  }

  @Test
  void perProductTheGoodsAloneAndOneOrderPerProductOfThePart() {
    Part part = new Part(1, 7, "VIETQR", 30_000, List.of(
        new Line(10, 1, 1_250_000), new Line(20, 1, 400_000), new Line(10, 2, 2_700_000)));
    assertThat(FactRows.of(part, CATEGORIES).byProduct()).containsExactly(
        new Row(10, 1, 3, 3_950_000), new Row(20, 1, 1, 400_000));
  }

  @Test
  void theDayIsVietnamsDay() {
    assertThat(FactRows.day(Instant.parse("2026-11-30T16:59:59.999999Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(FactRows.day(Instant.parse("2026-11-30T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(FactRows.day(Instant.parse("2026-11-30T16:59:59.9999999Z")))
        .as("stored to the microsecond, as the rebuild reads it").isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void theRollUpsMonthIsVietnamsMonthNotUtcs() {
    // 00:30 on 1 August in Hà Nội is still 31 July in UTC
    assertThat(FactRows.month(FactRows.day(Instant.parse("2026-07-31T17:30:00Z")))).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(FactRows.month(FactRows.day(Instant.parse("2026-07-31T16:59:59Z")))).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(FactRows.month(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 1));
  }
}
