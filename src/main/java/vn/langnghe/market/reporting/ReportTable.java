package vn.langnghe.market.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report as a table, ready to be written to a file by {@link ReportExports}: a title, the lines
 * that say what it covers (period, filters, grouping), the column headers and the rows.
 *
 * <p>A cell is a {@code String}, a {@code Long} or {@code Integer} (counts and VND, written as
 * whole numbers), a {@code Double} (a share from 0 to 1, written as a percentage in a spreadsheet)
 * or {@code null} (empty).
 */
public record ReportTable(String title, List<String> filterLines, List<String> headers, List<List<Object>> rows) {

  public ReportTable {
    Objects.requireNonNull(title, "title");
    filterLines = List.copyOf(filterLines);
    headers = List.copyOf(headers);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one column");
    }
    List<List<Object>> copied = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "row " + copied.size() + " has " + row.size() + " cells for " + headers.size() + " columns");
      }
      for (Object cell : row) {
        if (cell != null && !(cell instanceof String || cell instanceof Long || cell instanceof Integer
            || cell instanceof Double)) {
          throw new IllegalArgumentException("a cell cannot be a " + cell.getClass().getSimpleName());
        }
      }
      // List.copyOf refuses nulls, and an empty cell is null
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copied);
  }
}
