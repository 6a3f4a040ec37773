package vn.langnghe.market.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.reporting.ReportViews.SalesReport;
import vn.langnghe.market.reporting.ReportViews.SalesRow;

/**
 * The sales report as a table for CSV and XLSX: the period, grouping and filters written on top
 * (a file read months later must still say what it covers), one row per group, a total row.
 */
final class SalesReportFile {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Map<String, String> GROUP_NAMES = Map.of("day", "Ngày", "week", "Tuần",
      "month", "Tháng", "commune", "Xã/phường", "village", "Làng nghề", "category", "Danh mục",
      "paymentMethod", "Phương thức thanh toán", "shop", "Cửa hàng");

  /** The grouping as the file name says it, in Vietnamese (folded to ASCII for old browsers). */
  private static final Map<String, String> GROUP_WORDS = Map.of("day", "ngày", "week", "tuần",
      "month", "tháng", "commune", "xã", "village", "làng-nghề", "category", "danh-mục",
      "paymentMethod", "thanh-toán", "shop", "cửa-hàng");
  private static final Pattern NOT_FILE_NAME_SAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private SalesReportFile() {}

  /**
   * The file's name says what it holds (grouping, former units, filters, period), so a second
   * export of another grouping or period does not overwrite the first in the downloads folder:
   * {@code doanh-số_tháng-xã_2026-01-01_2026-06-30.csv}.
   */
  static String fileName(SalesReport report, ReportFilters filters, String extension) {
    StringBuilder name = new StringBuilder("doanh-số_");
    name.append(String.join("-", report.groupBy().stream().map(g -> GROUP_WORDS.getOrDefault(g, g)).toList()));
    if (report.formerUnits()) {
      name.append("_đơn-vị-cũ");
    }
    if (filters.communeCode() != null) {
      name.append("_xã-").append(filters.communeCode());
    }
    if (filters.villageId() != null) {
      name.append("_làng-nghề-").append(filters.villageId());
    }
    if (filters.categoryId() != null) {
      name.append("_danh-mục-").append(filters.categoryId());
    }
    if (filters.shopId() != null) {
      name.append("_cửa-hàng-").append(filters.shopId());
    }
    return name.append('_').append(report.from()).append('_').append(report.to()).append('.').append(extension)
        .toString();
  }

  /** The same name in plain ASCII, for the {@code filename} fallback of Content-Disposition. */
  static String asciiFileName(String fileName) {
    return NOT_FILE_NAME_SAFE.matcher(VietnameseText.fold(fileName)).replaceAll("-");
  }

  /**
   * RFC 6266: an ASCII {@code filename} for every client and the Vietnamese one as
   * {@code filename*} (RFC 8187, UTF-8 percent-encoded) for those that read it.
   */
  static String contentDisposition(String fileName) {
    return "attachment; filename=\"" + asciiFileName(fileName) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static ReportTable of(SalesReport report, ReportFilters filters, Instant exportedAt) {
    List<String> on = new ArrayList<>();
    on.add("Kỳ báo cáo: " + DAY.format(report.from()) + " – " + DAY.format(report.to()) + " (giờ Việt Nam)");
    on.add("Nhóm theo: " + String.join(", ", report.groupBy().stream()
        .map(g -> GROUP_NAMES.getOrDefault(g, g)).toList())
        + (report.formerUnits() ? " (đơn vị hành chính trước 1/7/2025)" : ""));
    if (filters.communeCode() != null) {
      on.add("Lọc theo xã/phường (mã): " + filters.communeCode());
    }
    if (filters.villageId() != null) {
      on.add("Lọc theo làng nghề (mã): " + filters.villageId());
    }
    if (filters.categoryId() != null) {
      on.add("Lọc theo danh mục (mã): " + filters.categoryId());
    }
    if (filters.shopId() != null) {
      on.add("Lọc theo cửa hàng (mã): " + filters.shopId());
    }
    on.add("Xuất lúc: " + MOMENT.format(exportedAt.atZone(VIETNAM)));

    List<String> headers = new ArrayList<>(report.groupBy().stream()
        .map(g -> GROUP_NAMES.getOrDefault(g, g)).toList());
    headers.addAll(List.of("Số đơn", "Số sản phẩm", "Doanh thu (VND)", "Hoàn tiền (VND)",
        "Tỷ lệ không dùng tiền mặt", "Tỷ lệ thanh toán khi nhận hàng"));
    List<List<Object>> rows = new ArrayList<>();
    for (SalesRow row : report.rows()) {
      List<Object> cells = new ArrayList<>(row.labels());
      cells.addAll(List.of(row.orders(), row.items(), row.gmvVnd(), row.refundsVnd(), row.cashlessShare(),
          row.codShare()));
      rows.add(cells);
    }
    List<Object> total = new ArrayList<>();
    total.add("Tổng cộng");
    for (int i = 1; i < report.groupBy().size(); i++) {
      total.add("");
    }
    total.addAll(List.of(report.totals().orders(), report.totals().items(), report.totals().gmvVnd(),
        report.totals().refundsVnd(), report.totals().cashlessShare(), report.totals().codShare()));
    rows.add(total);
    return new ReportTable("Doanh số bán hàng trực tuyến của các làng nghề — Làng Nghề Market", on,
        headers, rows);
  }
}
