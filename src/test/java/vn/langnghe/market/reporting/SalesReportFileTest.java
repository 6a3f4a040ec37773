package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.reporting.ReportViews.SalesReport;
import vn.langnghe.market.reporting.ReportViews.SalesTotals;

class SalesReportFileTest {

  static SalesReport report(List<String> groupBy, boolean formerUnits, String from, String to) {
    return new SalesReport(LocalDate.parse(from), LocalDate.parse(to), groupBy, formerUnits, List.of(),
        new SalesTotals(0, 0, 0, 0, 0, 0));
  }

  @Test
  void theFileNameCarriesTheGroupingAndThePeriod() {
    String name = SalesReportFile.fileName(report(List.of("month", "commune"), false, "2026-01-01", "2026-06-30"),
        ReportFilters.NONE, "csv");
    assertThat(name).isEqualTo("doanh-số_tháng-xã_2026-01-01_2026-06-30.csv");
    assertThat(SalesReportFile.asciiFileName(name)).isEqualTo("doanh-so_thang-xa_2026-01-01_2026-06-30.csv");

    String other = SalesReportFile.fileName(report(List.of("day"), false, "2026-01-01", "2026-01-31"),
        ReportFilters.NONE, "csv");
    assertThat(other).isNotEqualTo(name);
  }

  @Test
  void formerUnitsAndFiltersAreInTheNameToo() {
    String name = SalesReportFile.fileName(report(List.of("paymentMethod"), true, "2025-01-01", "2025-03-31"),
        new ReportFilters("13093", 4L, 7L, 12L), "xlsx");
    assertThat(SalesReportFile.asciiFileName(name)).isEqualTo(
        "doanh-so_thanh-toan_don-vi-cu_xa-13093_lang-nghe-4_danh-muc-7_cua-hang-12_2025-01-01_2025-03-31.xlsx");
  }

  @Test
  void contentDispositionHasAnAsciiNameAndTheUtf8OneAsFilenameStar() {
    String name = "doanh-số_tháng-xã_2026-01-01_2026-06-30.csv";
    String header = SalesReportFile.contentDisposition(name);
    assertThat(header).startsWith("attachment; filename=\"doanh-so_thang-xa_2026-01-01_2026-06-30.csv\"; filename*=UTF-8''");
    assertThat(header).matches("[\\x20-\\x7E]+");
    String encoded = header.substring(header.indexOf("UTF-8''") + 7);
    assertThat(encoded).matches("[A-Za-z0-9%._-]+");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
  }
}
