package vn.langnghe.market.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langnghe.market.reporting.FactRows.Place;
import vn.langnghe.market.reporting.FactRows.Row;

/**
 * Keeps sales_fact and product_sales_fact, and their monthly roll-ups, in step with the money.
 * Ordering calls in the transaction that holds the order's row lock and moves the money, so a
 * sale and a refund are each counted once, when and only if the money moved. Rows are added to with
 * {@code INSERT … ON DUPLICATE KEY UPDATE}, in key order, so that concurrent payments touching
 * the same rows queue rather than deadlock.
 */
@ApplicationScoped
@Transactional
public class SalesFacts {

  static final String[] TABLES = {"sales_fact", "product_sales_fact"};
  private static final String COLUMNS = "orders, items, gross_vnd, refunded_orders, refunds_vnd";

  /**
   * One shop's part of an order, as ordering knows it: plain figures, so reporting needs nothing
   * of ordering. Lines in the order they were bought (line id): the first carries the shipping.
   */
  public record Part(long shopId, String paymentMethod, long shippingVnd, List<Line> lines) {}

  public record Line(long productId, int quantity, long lineTotalVnd) {}

  @PersistenceContext EntityManager em;

  /** The order was paid at {@code paidAt}: each part's sale on that Vietnam day. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sold(Instant paidAt, List<Part> parts) {
    record(paidAt, parts, false);
  }

  /**
   * A paid part was cancelled at {@code cancelledAt}: its whole money (goods and shipping) is due
   * back. Recorded on that day, in the same rows (place, shop, categories, method) as its sale.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refundDue(Instant cancelledAt, Part part) {
    record(cancelledAt, List.of(part), true);
  }

  /**
   * What a rebuild found: rows of each table (daily, then its monthly roll-up) that differed from
   * the kept ones, which were then replaced by the rebuilt.
   */
  public record Rebuild(long salesRows, long salesRowsDiffering, long productRows,
      long productRowsDiffering, long salesMonthRows, long salesMonthRowsDiffering,
      long productMonthRows, long productMonthRowsDiffering, boolean replaced) {
    public boolean agreed() {
      return salesRowsDiffering + productRowsDiffering + salesMonthRowsDiffering
          + productMonthRowsDiffering == 0;
    }
  }

  /**
   * Computes both fact tables from the orders, and their monthly roll-ups from those, compares
   * each with the kept one and, where they differ, replaces the kept one. Fact writers are held
   * off meanwhile (the guard row), so no payment is lost between the reading and the replacing.
   */
  public Rebuild rebuild() {
    em.createNativeQuery("SELECT id FROM sales_fact_guard WHERE id = 1 FOR UPDATE").getResultList();
    long[] rows = new long[4];
    long[] differing = new long[4];
    for (int t = 0; t < TABLES.length; t++) {
      boolean products = t == 1;
      String daily = TABLES[t];
      String monthly = monthly(daily);
      em.createNativeQuery("DELETE FROM " + daily + "_rebuild").executeUpdate();
      em.createNativeQuery(fromOrders(daily + "_rebuild", products)).executeUpdate();
      em.createNativeQuery("DELETE FROM " + monthly + "_rebuild").executeUpdate();
      em.createNativeQuery(monthsOf(daily + "_rebuild", monthly + "_rebuild", products)).executeUpdate();
      for (String table : List.of(daily, monthly)) {
        int at = t + (table.equals(monthly) ? 2 : 0);
        String scratch = table + "_rebuild";
        String time = table.equals(monthly) ? "month" : "day";
        rows[at] = count("SELECT COUNT(*) FROM " + scratch);
        differing[at] = count(unmatched(scratch, table, time, products, true))
            + count(unmatched(table, scratch, time, products, false));
        if (differing[at] > 0) {
          String key = keyColumns(time, products);
          em.createNativeQuery("DELETE FROM " + table).executeUpdate();
          em.createNativeQuery("INSERT INTO " + table + " (" + key + ", " + COLUMNS + ") SELECT "
              + key + ", " + COLUMNS + " FROM " + scratch).executeUpdate();
        }
      }
    }
    return new Rebuild(rows[0], differing[0], rows[1], differing[1], rows[2], differing[2],
        rows[3], differing[3], Arrays.stream(differing).sum() > 0);
  }

  /** The monthly roll-up beside a daily fact table. */
  static String monthly(String table) {
    return table.replace("_fact", "_month_fact");
  }

  private void record(Instant at, List<Part> parts, boolean refund) {
    // shared: writers go on together; only a rebuild waits for them (and they for it)
    em.createNativeQuery("SELECT id FROM sales_fact_guard WHERE id = 1 LOCK IN SHARE MODE").getResultList();
    LocalDate day = FactRows.day(at);
    Map<Long, Long> categories = categories(FactRows.productIds(parts));
    for (Part part : parts.stream().sorted((a, b) -> Long.compare(a.shopId(), b.shopId())).toList()) {
      Place place = placeOf(part.shopId());
      FactRows rows = FactRows.of(part, categories);
      for (Row row : rows.byCategory()) {
        add("sales_fact", "payment_method", part.paymentMethod(), day, place, part.shopId(), row, refund);
      }
      for (Row row : rows.byProduct()) {
        long category = categories.getOrDefault(row.key(), 0L);
        add("product_sales_fact", "product_id", row.key(), day, place, part.shopId(),
            new Row(category, row.orders(), row.items(), row.grossVnd()), refund);
      }
    }
  }

  /**
   * Adds to the row of that key in the daily table and then in its monthly roll-up (always in that
   * order, so that two payments meeting on the same rows queue rather than deadlock): a sale to
   * orders, items and gross; a refund to its two columns.
   */
  private void add(String table, String lastKey, Object lastKeyValue, LocalDate day, Place place,
      long shopId, Row row, boolean refund) {
    for (String target : List.of(table, monthly(table))) {
      boolean month = !target.equals(table);
      em.createNativeQuery("INSERT INTO " + target + " (" + (month ? "month" : "day")
              + ", commune_code, village_id, category_id, shop_id, " + lastKey + ", " + COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders), items = items + VALUES(items),"
              + " gross_vnd = gross_vnd + VALUES(gross_vnd),"
              + " refunded_orders = refunded_orders + VALUES(refunded_orders),"
              + " refunds_vnd = refunds_vnd + VALUES(refunds_vnd)")
          .setParameter(1, Date.valueOf(month ? FactRows.month(day) : day))
          .setParameter(2, place.communeCode())
          .setParameter(3, place.villageId())
          .setParameter(4, row.key())
          .setParameter(5, shopId)
          .setParameter(6, lastKeyValue)
          .setParameter(7, refund ? 0 : row.orders())
          .setParameter(8, refund ? 0 : row.items())
          .setParameter(9, refund ? 0 : row.grossVnd())
          .setParameter(10, refund ? row.orders() : 0)
          .setParameter(11, refund ? row.grossVnd() : 0)
          .executeUpdate();
    }
  }

  /** Each product's category as the catalogue has it now (0: none). */
  private Map<Long, Long> categories(List<Long> productIds) {
    Map<Long, Long> categories = new HashMap<>();
    if (productIds.isEmpty()) {
      return categories;
    }
    String marks = productIds.stream().distinct().map(id -> "?").collect(Collectors.joining(", "));
    Query query = em.createNativeQuery("SELECT id, COALESCE(category_id, 0) FROM product WHERE id IN (" + marks + ")");
    List<Long> distinct = productIds.stream().distinct().toList();
    for (int i = 0; i < distinct.size(); i++) {
      query.setParameter(i + 1, distinct.get(i));
    }
    for (Object found : query.getResultList()) {
      Object[] row = (Object[]) found;
      categories.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return categories;
  }

  /** The seller's place: the commune of the shop's craft village, as the units stand now. */
  private Place placeOf(long shopId) {
    List<?> found = em.createNativeQuery("SELECT COALESCE(u.code, ''), COALESCE(sh.village_id, 0) FROM shop sh"
            + " LEFT JOIN craft_village v ON v.id = sh.village_id"
            + " LEFT JOIN administrative_unit u ON u.id = v.commune_id WHERE sh.id = ?")
        .setParameter(1, shopId)
        .getResultList();
    if (found.isEmpty()) {
      return new Place("", 0);
    }
    Object[] row = (Object[]) found.get(0);
    return new Place((String) row[0], ((Number) row[1]).longValue());
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private static String keyColumns(String time, boolean products) {
    return time + ", " + DIMENSIONS + ", " + (products ? "product_id" : "payment_method");
  }

  private static final String DIMENSIONS = "commune_code, village_id, category_id, shop_id";

  /** Rows of {@code a} with no row of {@code b} alike (same key; with {@code exact}, same figures). */
  private static String unmatched(String a, String b, String time, boolean products, boolean exact) {
    String on = "b." + time + " = a." + time + " AND b.commune_code = a.commune_code AND b.village_id = a.village_id"
        + " AND b.category_id = a.category_id AND b.shop_id = a.shop_id AND "
        + (products ? "b.product_id = a.product_id" : "b.payment_method = a.payment_method");
    if (exact) {
      on += " AND b.orders = a.orders AND b.items = a.items AND b.gross_vnd = a.gross_vnd"
          + " AND b.refunded_orders = a.refunded_orders AND b.refunds_vnd = a.refunds_vnd";
    }
    return "SELECT COUNT(*) FROM " + a + " a LEFT JOIN " + b + " b ON " + on + " WHERE b." + time + " IS NULL";
  }

  /** The monthly roll-up of daily facts: each day's rows added into its month's (its first day). */
  private static String monthsOf(String daily, String monthly, boolean products) {
    String last = products ? "product_id" : "payment_method";
    return "INSERT INTO " + monthly + " (" + keyColumns("month", products) + ", " + COLUMNS + ")"
        + " SELECT day - INTERVAL (DAYOFMONTH(day) - 1) DAY, " + DIMENSIONS + ", " + last
        + ", SUM(orders), SUM(items), SUM(gross_vnd), SUM(refunded_orders), SUM(refunds_vnd) FROM " + daily
        + " GROUP BY 1, " + DIMENSIONS + ", " + last;
  }

  /**
   * The facts computed from the orders, by the same rules as {@link FactRows}: a sale on the
   * Vietnam day the order was paid (UTC+7, Vietnam keeps no summer time), a refund on the day
   * its part was cancelled (a cancelled part's last change), shipping and the order count with
   * the part's first line (per product: with the product's first line in the part).
   */
  private static String fromOrders(String scratch, boolean products) {
    String lastKey = products ? "product_id" : "payment_method";
    String lastValue = products ? "l.product_id" : "o.payment_method";
    String firstBy = products ? "shop_order_id, product_id" : "shop_order_id";
    String firstOn = products ? "f.shop_order_id = s.id AND f.product_id = l.product_id" : "f.shop_order_id = s.id";
    String shipping = products ? "0" : "s.shipping_vnd";
    String parts = " FROM customer_order o JOIN shop_order s ON s.order_id = o.id"
        + " JOIN order_line l ON l.shop_order_id = s.id"
        + " JOIN (SELECT " + firstBy + ", MIN(id) AS first_line FROM order_line GROUP BY " + firstBy + ") f"
        + " ON " + firstOn
        + " LEFT JOIN product p ON p.id = l.product_id JOIN shop sh ON sh.id = s.shop_id"
        + " LEFT JOIN craft_village v ON v.id = sh.village_id"
        + " LEFT JOIN administrative_unit u ON u.id = v.commune_id WHERE o.paid_at IS NOT NULL";
    String dims = "COALESCE(u.code, '') AS commune_code, COALESCE(sh.village_id, 0) AS village_id,"
        + " COALESCE(p.category_id, 0) AS category_id, s.shop_id, " + lastValue + " AS " + lastKey;
    String first = "IF(l.id = f.first_line, 1, 0)";
    String money = "l.line_total_vnd + IF(l.id = f.first_line, " + shipping + ", 0)";
    String key = keyColumns("day", products);
    return "INSERT INTO " + scratch + " (" + key + ", " + COLUMNS + ") SELECT " + key
        + ", SUM(orders), SUM(items), SUM(gross_vnd), SUM(refunded_orders), SUM(refunds_vnd) FROM ("
        + "SELECT DATE(o.paid_at + INTERVAL 7 HOUR) AS day, " + dims + ", " + first + " AS orders,"
        + " l.quantity AS items, " + money + " AS gross_vnd, 0 AS refunded_orders, 0 AS refunds_vnd" + parts
        + " UNION ALL SELECT DATE(s.updated_at + INTERVAL 7 HOUR), " + dims + ", 0, 0, 0, " + first + ", "
        + money + parts + " AND s.status = 'CANCELLED') facts GROUP BY " + key;
  }
}
