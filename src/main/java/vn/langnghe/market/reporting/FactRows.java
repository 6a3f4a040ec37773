package vn.langnghe.market.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.langnghe.market.reporting.SalesFacts.Line;
import vn.langnghe.market.reporting.SalesFacts.Part;

/**
 * How one shop's part becomes fact rows: its lines summed per category (sales_fact) and per
 * product (product_sales_fact). The shipping and the count in orders go with the first line, so
 * a part spread over two categories is still one order in any sum. The rebuild's SQL in
 * {@link FactsRebuildSteps} computes the same; the two must agree to the đồng.
 */
record FactRows(List<Row> byCategory, List<Row> byProduct) {

  /** Where the shop sells from: its village's commune ('' and 0 when it has no village). */
  record Place(String communeCode, long villageId) {}

  /** The figures one event adds to one row; {@code key} is a category id or a product id. */
  record Row(long key, int orders, int items, long grossVnd) {}

  /** A sale's rows on its day; {@code categories}: each product's category id (0 for none). */
  static FactRows of(Part part, Map<Long, Long> categories) {
    Map<Long, Row> byCategory = new TreeMap<>();
    Map<Long, Row> byProduct = new TreeMap<>();
    boolean first = true;
    for (Line line : part.lines()) {
      long category = categories.getOrDefault(line.productId(), 0L);
      add(byCategory, new Row(category, first ? 1 : 0, line.quantity(),
          line.lineTotalVnd() + (first ? part.shippingVnd() : 0)));
      boolean productSeen = byProduct.containsKey(line.productId());
      add(byProduct, new Row(line.productId(), productSeen ? 0 : 1, line.quantity(), line.lineTotalVnd()));
      first = false;
    }
    return new FactRows(List.copyOf(byCategory.values()), List.copyOf(byProduct.values()));
  }

  /** The same money and items counted in no order: a partial refund of a part that stays sold. */
  FactRows withoutOrders() {
    return new FactRows(byCategory.stream().map(r -> new Row(r.key(), 0, r.items(), r.grossVnd())).toList(),
        byProduct.stream().map(r -> new Row(r.key(), 0, r.items(), r.grossVnd())).toList());
  }

  private static void add(Map<Long, Row> rows, Row row) {
    rows.merge(row.key(), row, (a, b) -> new Row(a.key(), a.orders() + b.orders(),
        a.items() + b.items(), Math.addExact(a.grossVnd(), b.grossVnd())));
  }

  /** The Vietnam day of an instant as the database stores it (to the microsecond). */
  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ReportPeriod.VIETNAM);
  }

  /** The roll-up's month of a Vietnam day: its first day. */
  static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  static List<Long> productIds(List<Part> parts) {
    List<Long> ids = new ArrayList<>();
    parts.forEach(p -> p.lines().forEach(l -> ids.add(l.productId())));
    return ids;
  }
}
