package vn.langnghe.market.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link ReportTable} as the files officers download. Both files start with the title and
 * the lines saying what the report covers, then an empty row, then the column headers and the rows,
 * so a printed or forwarded file still says which period and filters its figures are for.
 */
public final class ReportExports {

  public static final String CSV_TYPE = "text/csv; charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
  private static final char BOM = '\uFEFF';
  /** Rows the streaming workbook keeps in memory; the rest go to a temporary file. */
  private static final int ROWS_IN_MEMORY = 200;
  private static final int MAX_COLUMN_CHARS = 60;
  /** What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private ReportExports() {}

  /**
   * RFC 4180 (comma, CRLF, quotes where needed) in UTF-8 with a BOM. Numbers are plain: whole
   * numbers without grouping, shares as decimals with a point (0.4523), so any program can read them.
   */
  public static byte[] csv(ReportTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write(BOM);
      printer.printRecord(inert(table.title()));
      for (String line : table.filterLines()) {
        printer.printRecord(inert(line));
      }
      printer.println();
      printer.printRecord(table.headers().stream().map(ReportExports::inert).toList());
      for (List<Object> row : table.rows()) {
        printer.printRecord(row.stream().map(ReportExports::csvCell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double share) {
      return Double.toString(share);
    }
    if (cell instanceof Number whole) {
      return whole.toString();
    }
    return inert(cell.toString());
  }

  /**
   * Text a spreadsheet would take for a formula (a shop named {@code =HYPERLINK(…)}) gets a leading
   * apostrophe, as OWASP advises for CSV injection, so Excel and LibreOffice show it as text.
   * Only text cells: numbers, negative ones too, stay numbers.
   */
  static String inert(String text) {
    return startsLikeAFormula(text) ? "'" + text : text;
  }

  static boolean startsLikeAFormula(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * One sheet: title (bold, larger), the filter lines, a bold header row frozen at the top,
   * numbers as numeric cells (whole numbers "#,##0", shares as percentages) and widths fitted to
   * the longest text in each column.
   */
  public static byte[] xlsx(ReportTable table) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
      int columns = table.headers().size();
      int[] widths = new int[columns];

      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue(table.title());
      sheet.getRow(0).getCell(0).setCellStyle(styles.title);
      for (String line : table.filterLines()) {
        sheet.createRow(r++).createCell(0).setCellValue(line);
      }
      r++;

      int headerRow = r;
      Row header = sheet.createRow(r++);
      for (int c = 0; c < columns; c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(table.headers().get(c));
        cell.setCellStyle(styles.header);
        widths[c] = table.headers().get(c).length();
      }
      for (List<Object> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < columns; c++) {
          widths[c] = Math.max(widths[c], write(row, c, values.get(c), styles));
        }
      }

      sheet.createFreezePane(0, headerRow + 1);
      if (!table.rows().isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns - 1));
      }
      for (int c = 0; c < columns; c++) {
        // width in 1/256 of a character, with room for the filter button
        sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 3) * 256);
      }

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one cell and answers about how many characters wide it shows. */
  private static int write(Row row, int column, Object value, Styles styles) {
    if (value == null) {
      return 0;
    }
    Cell cell = row.createCell(column);
    if (value instanceof Double share) {
      cell.setCellValue(share);
      cell.setCellStyle(styles.percent);
      return 7;
    }
    if (value instanceof Number whole) {
      long n = whole.longValue();
      cell.setCellValue(n);
      cell.setCellStyle(styles.whole);
      String digits = Long.toString(Math.abs(n));
      return digits.length() + (digits.length() - 1) / 3 + (n < 0 ? 1 : 0);
    }
    String text = value.toString();
    // a string cell is never evaluated; quote-prefixed, it stays text when someone edits it
    cell.setCellValue(text);
    if (startsLikeAFormula(text)) {
      cell.setCellStyle(styles.literal);
    }
    return text.length();
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle whole;
    final CellStyle percent;
    final CellStyle literal;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);

      title = workbook.createCellStyle();
      title.setFont(big);

      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);

      whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

      literal = workbook.createCellStyle();
      literal.setQuotePrefixed(true);
    }
  }
}
