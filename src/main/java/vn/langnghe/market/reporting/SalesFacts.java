package vn.langnghe.market.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
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
  private static final String COLUMNS = FactsRebuildSteps.COLUMNS;

  /**
   * One shop's part of an order, as ordering knows it: plain figures, so reporting needs nothing
   * of ordering (the order's id tells a running rebuild whether it has read the order). Lines
   * in the order they were bought (line id): the first carries the shipping.
   */
  public record Part(long orderId, long shopId, String paymentMethod, long shippingVnd, List<Line> lines) {}

  public record Line(long productId, int quantity, long lineTotalVnd) {

    /**
     * {@code goodsVnd} refunded over {@code lines} in proportion to their totals (the last line
     * takes the rounding), each keeping its product and pieces.
     */
    public static List<Line> shares(List<Line> lines, long goodsVnd) {
      long value = lines.stream().mapToLong(Line::lineTotalVnd).sum();
      List<Line> out = new java.util.ArrayList<>();
      long given = 0;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        long share = i == lines.size() - 1 ? goodsVnd - given
            : value == 0 ? 0 : java.math.BigInteger.valueOf(goodsVnd).multiply(java.math.BigInteger.valueOf(
                l.lineTotalVnd())).divide(java.math.BigInteger.valueOf(value)).longValueExact();
        given += share;
        out.add(new Line(l.productId(), l.quantity(), share));
      }
      return out;
    }
  }

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
   * Some of a paid part's money goes back at {@code refundedAt} (a return, an officer's decision):
   * {@code part} holds only what is refunded (its lines' amounts, and any shipping given back).
   * Recorded in the refunds column of the sale's rows; the part is not counted as a refunded
   * order, since it stays sold.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void partlyRefunded(Instant refundedAt, Part part) {
    record(refundedAt, List.of(part), true, false);
  }

  /**
   * Keeps what a partial refund added to each fact row, so that a rebuild, which reads the orders
   * again and finds such a part still sold, can add the refund back ({@link FactsRebuildSteps}).
   */
  private void journal(String table, String lastKey, Object lastKeyValue, long orderId, LocalDate day,
      Place place, long shopId, Row row) {
    em.createNativeQuery("INSERT INTO " + table + "_partial_refund (order_id, day, commune_code, village_id,"
            + " category_id, shop_id, " + lastKey + ", refunds_vnd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, orderId)
        .setParameter(2, Date.valueOf(day))
        .setParameter(3, place.communeCode())
        .setParameter(4, place.villageId())
        .setParameter(5, row.key())
        .setParameter(6, shopId)
        .setParameter(7, lastKeyValue)
        .setParameter(8, row.grossVnd())
        .executeUpdate();
  }

  /** The monthly roll-up beside a daily fact table. */
  static String monthly(String table) {
    return table.replace("_fact", "_month_fact");
  }

  private void record(Instant at, List<Part> parts, boolean refund) {
    record(at, parts, refund, true);
  }

  private void record(Instant at, List<Part> parts, boolean refund, boolean countOrders) {
    // shared: writers go on together; a rebuild's step waits for them, and they for the step
    List<?> guard = em.createNativeQuery("SELECT rebuilt_upto FROM sales_fact_guard WHERE id = 1 LOCK IN SHARE MODE")
        .getResultList();
    Number rebuiltUpTo = guard.isEmpty() ? null : (Number) guard.get(0);
    LocalDate day = FactRows.day(at);
    Map<Long, Long> categories = categories(FactRows.productIds(parts));
    for (Part part : parts.stream().sorted((a, b) -> Long.compare(a.shopId(), b.shopId())).toList()) {
      Place place = placeOf(part.shopId());
      FactRows rows = FactRows.of(part, categories);
      if (!countOrders) {
        rows = rows.withoutOrders();
      }
      // an order the running rebuild has already read: its scratch tables need this event too
      boolean rebuilt = rebuiltUpTo != null && part.orderId() <= rebuiltUpTo.longValue();
      for (Row row : rows.byCategory()) {
        add("sales_fact", "payment_method", part.paymentMethod(), day, place, part.shopId(), row, refund, rebuilt);
        if (!countOrders) {
          journal("sales_fact", "payment_method", part.paymentMethod(), part.orderId(), day, place, part.shopId(), row);
        }
      }
      for (Row row : rows.byProduct()) {
        long category = categories.getOrDefault(row.key(), 0L);
        Row byProduct = new Row(category, row.orders(), row.items(), row.grossVnd());
        add("product_sales_fact", "product_id", row.key(), day, place, part.shopId(), byProduct, refund, rebuilt);
        if (!countOrders) {
          journal("product_sales_fact", "product_id", row.key(), part.orderId(), day, place, part.shopId(), byProduct);
        }
      }
    }
  }

  /**
   * Adds to the row of that key in the daily table and then in its monthly roll-up, and then (for
   * an order a running rebuild has read) in the rebuild's two (always in that order, so that two
   * payments meeting on the same rows queue rather than deadlock): a sale to orders, items and
   * gross; a refund to its two columns.
   */
  private void add(String table, String lastKey, Object lastKeyValue, LocalDate day, Place place,
      long shopId, Row row, boolean refund, boolean rebuilt) {
    List<String> targets = rebuilt
        ? List.of(table, monthly(table), table + "_rebuild", monthly(table) + "_rebuild")
        : List.of(table, monthly(table));
    for (String target : targets) {
      boolean month = target.contains("_month_");
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
}
