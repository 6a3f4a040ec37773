package vn.langnghe.market.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import vn.langnghe.market.platform.Problems;

/**
 * The steps of {@link FactsRebuild}, each its own short transaction that starts by taking the
 * guard row exclusively: fact writers (who take it shared) wait at most one step, never the whole
 * rebuild. Each step first checks that its rebuild is still the one running.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FactsRebuildSteps {

  static final String COLUMNS = "orders, items, gross_vnd, refunded_orders, refunds_vnd";
  private static final String DIMENSIONS = "commune_code, village_id, category_id, shop_id";

  @PersistenceContext EntityManager em;

  /** A new rebuild supersedes any running one; answers its id. No writer feeds the scratch yet. */
  public long start() {
    guard();
    em.createNativeQuery("UPDATE sales_fact_guard SET rebuild_id = rebuild_id + 1, rebuilt_upto = NULL WHERE id = 1")
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT rebuild_id FROM sales_fact_guard WHERE id = 1")
        .getSingleResult()).longValue();
  }

  /** Deletes up to {@code limit} rows of a scratch table left by an earlier rebuild; answers how many. */
  public int clear(long rebuild, String scratch, int limit) {
    ours(rebuild);
    return em.createNativeQuery("DELETE FROM " + scratch + " LIMIT " + limit).executeUpdate();
  }

  /** From now on payments of orders already read add their facts to the scratch tables too. */
  public void begin(long rebuild) {
    ours(rebuild);
    em.createNativeQuery("UPDATE sales_fact_guard SET rebuilt_upto = 0 WHERE id = 1").executeUpdate();
  }

  /**
   * Adds the facts of the next {@code size} order ids to the daily scratch tables and moves the
   * mark past them; answers false once every order is read (the mark then covers all orders to come).
   */
  public boolean nextBatch(long rebuild, long size) {
    long after = ours(rebuild);
    long upTo = after + size;
    for (String daily : SalesFacts.TABLES) {
      em.createNativeQuery(fromOrders(daily + "_rebuild", daily.startsWith("product"), after, upTo)).executeUpdate();
    }
    long last = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM customer_order")
        .getSingleResult()).longValue();
    boolean more = upTo < last;
    em.createNativeQuery("UPDATE sales_fact_guard SET rebuilt_upto = ? WHERE id = 1")
        .setParameter(1, more ? upTo : Long.MAX_VALUE)
        .executeUpdate();
    return more;
  }

  /**
   * One day of a daily table: the kept rows that differ from the rebuilt ones are counted and, if
   * any, the day's kept rows replaced by the rebuilt. From then on both get the same additions.
   */
  public long settleDay(long rebuild, String daily, LocalDate day) {
    ours(rebuild);
    return settle(daily, "day", day);
  }

  /** One month of a roll-up: computed from the rebuilt days, then compared and replaced like a day. */
  public long settleMonth(long rebuild, String daily, LocalDate month) {
    ours(rebuild);
    String scratch = SalesFacts.monthly(daily) + "_rebuild";
    String last = lastKey(daily);
    em.createNativeQuery("DELETE FROM " + scratch + " WHERE month = ?").setParameter(1, Date.valueOf(month))
        .executeUpdate();
    em.createNativeQuery("INSERT INTO " + scratch + " (" + keyColumns("month", daily) + ", " + COLUMNS + ")"
            + " SELECT ?, " + DIMENSIONS + ", " + last + ", SUM(orders), SUM(items), SUM(gross_vnd),"
            + " SUM(refunded_orders), SUM(refunds_vnd) FROM " + daily + "_rebuild"
            + " WHERE day >= ? AND day < ? GROUP BY " + DIMENSIONS + ", " + last)
        .setParameter(1, Date.valueOf(month))
        .setParameter(2, Date.valueOf(month))
        .setParameter(3, Date.valueOf(month.plusMonths(1)))
        .executeUpdate();
    return settle(SalesFacts.monthly(daily), "month", month);
  }

  /** The rebuild is over: writers stop feeding the scratch tables. */
  public void finish(long rebuild) {
    ours(rebuild);
    em.createNativeQuery("UPDATE sales_fact_guard SET rebuilt_upto = NULL WHERE id = 1").executeUpdate();
  }

  /** After a failure: if this rebuild is still the running one, writers stop feeding its tables. */
  public void abandon(long rebuild) {
    guard();
    em.createNativeQuery("UPDATE sales_fact_guard SET rebuilt_upto = NULL WHERE id = 1 AND rebuild_id = ?")
        .setParameter(1, rebuild)
        .executeUpdate();
  }

  /** Days (or months) that a daily (or monthly) table or its scratch has rows for. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<LocalDate> periods(String table, String time) {
    List<Object> found = em.createNativeQuery("SELECT DISTINCT " + time + " FROM " + table + " UNION SELECT DISTINCT "
        + time + " FROM " + table + "_rebuild ORDER BY 1").getResultList();
    return found.stream().map(FactsRebuildSteps::localDate).toList();
  }

  /** Months that the rebuilt days of a daily table, or its kept roll-up, have rows for. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<LocalDate> months(String daily) {
    List<Object> found = em.createNativeQuery("SELECT DISTINCT day - INTERVAL (DAYOFMONTH(day) - 1) DAY FROM "
        + daily + "_rebuild UNION SELECT DISTINCT month FROM " + SalesFacts.monthly(daily) + " ORDER BY 1")
        .getResultList();
    return found.stream().map(FactsRebuildSteps::localDate).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long rows(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
  }

  private long settle(String table, String time, LocalDate at) {
    String scratch = table + "_rebuild";
    long differing = count(unmatched(scratch, table, time, true), at) + count(unmatched(table, scratch, time, false), at);
    if (differing > 0) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE " + time + " = ?").setParameter(1, Date.valueOf(at))
          .executeUpdate();
      String key = keyColumns(time, table);
      em.createNativeQuery("INSERT INTO " + table + " (" + key + ", " + COLUMNS + ") SELECT " + key + ", " + COLUMNS
              + " FROM " + scratch + " WHERE " + time + " = ?")
          .setParameter(1, Date.valueOf(at))
          .executeUpdate();
    }
    return differing;
  }

  private long count(String sql, LocalDate at) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, Date.valueOf(at)).getSingleResult()).longValue();
  }

  /** Takes the guard row exclusively: writers wait until this step commits. */
  private void guard() {
    em.createNativeQuery("SELECT id FROM sales_fact_guard WHERE id = 1 FOR UPDATE").getResultList();
  }

  /** Takes the guard and answers how far the rebuild has read, or 409 if a newer one took over. */
  private long ours(long rebuild) {
    guard();
    Object[] state = (Object[]) em.createNativeQuery(
            "SELECT rebuild_id, COALESCE(rebuilt_upto, 0) FROM sales_fact_guard WHERE id = 1")
        .getSingleResult();
    if (((Number) state[0]).longValue() != rebuild) {
      throw new Problems.ConflictException("A newer rebuild of the sales facts has started; this one stopped.");
    }
    return ((Number) state[1]).longValue();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static String lastKey(String table) {
    return table.startsWith("product") ? "product_id" : "payment_method";
  }

  private static String keyColumns(String time, String table) {
    return time + ", " + DIMENSIONS + ", " + lastKey(table);
  }

  /** Rows of {@code a} on the given day/month with no row of {@code b} alike (same key; with {@code exact}, same figures). */
  private static String unmatched(String a, String b, String time, boolean exact) {
    String on = "b." + time + " = a." + time + " AND b.commune_code = a.commune_code AND b.village_id = a.village_id"
        + " AND b.category_id = a.category_id AND b.shop_id = a.shop_id AND b." + lastKey(a) + " = a." + lastKey(a);
    if (exact) {
      on += " AND b.orders = a.orders AND b.items = a.items AND b.gross_vnd = a.gross_vnd"
          + " AND b.refunded_orders = a.refunded_orders AND b.refunds_vnd = a.refunds_vnd";
    }
    return "SELECT COUNT(*) FROM " + a + " a LEFT JOIN " + b + " b ON " + on + " WHERE a." + time + " = ? AND b."
        + time + " IS NULL";
  }

  /**
   * The facts of the orders with ids in ({@code after}, {@code upTo}], by the same rules as
   * {@link FactRows}, added to a daily scratch table: a sale on the Vietnam day the order was paid
   * (UTC+7, Vietnam keeps no summer time), a cash-on-delivery part's on the day its carrier remitted
   * the cash (a COD order is never paid as a whole), a refund on the day its part was cancelled or
   * came back (the part's last change), shipping and the order count with the part's first line (per product:
   * with the product's first line in the part).
   */
  static String fromOrders(String scratch, boolean products, long after, long upTo) {
    String lastKey = products ? "product_id" : "payment_method";
    String lastValue = products ? "l.product_id" : "o.payment_method";
    String firstBy = products ? "l1.shop_order_id, l1.product_id" : "l1.shop_order_id";
    String firstOn = products ? "f.shop_order_id = s.id AND f.product_id = l.product_id" : "f.shop_order_id = s.id";
    String shipping = products ? "0" : "s.shipping_vnd";
    String range = " BETWEEN " + (after + 1) + " AND " + upTo;
    String parts = " FROM customer_order o JOIN shop_order s ON s.order_id = o.id"
        + " JOIN order_line l ON l.shop_order_id = s.id"
        + " JOIN (SELECT " + firstBy + ", MIN(l1.id) AS first_line FROM order_line l1"
        + " JOIN shop_order s1 ON s1.id = l1.shop_order_id WHERE s1.order_id" + range
        + " GROUP BY " + firstBy + ") f ON " + firstOn
        + " LEFT JOIN product p ON p.id = l.product_id JOIN shop sh ON sh.id = s.shop_id"
        + " LEFT JOIN craft_village v ON v.id = sh.village_id"
        + " LEFT JOIN administrative_unit u ON u.id = v.commune_id"
        + " WHERE (o.paid_at IS NOT NULL OR s.settled_at IS NOT NULL) AND o.id" + range;
    String dims = "COALESCE(u.code, '') AS commune_code, COALESCE(sh.village_id, 0) AS village_id,"
        + " COALESCE(p.category_id, 0) AS category_id, s.shop_id, " + lastValue + " AS " + lastKey;
    String first = "IF(l.id = f.first_line, 1, 0)";
    String money = "l.line_total_vnd + IF(l.id = f.first_line, " + shipping + ", 0)";
    String key = "day, " + DIMENSIONS + ", " + lastKey;
    return "INSERT INTO " + scratch + " (" + key + ", " + COLUMNS + ") SELECT " + key
        + ", SUM(orders), SUM(items), SUM(gross_vnd), SUM(refunded_orders), SUM(refunds_vnd) FROM ("
        + "SELECT DATE(COALESCE(s.settled_at, o.paid_at) + INTERVAL 7 HOUR) AS day, " + dims + ", " + first + " AS orders,"
        + " l.quantity AS items, " + money + " AS gross_vnd, 0 AS refunded_orders, 0 AS refunds_vnd" + parts
        + " UNION ALL SELECT DATE(s.updated_at + INTERVAL 7 HOUR), " + dims + ", 0, 0, 0, " + first + ", "
        + money + parts + " AND s.status IN ('CANCELLED', 'RETURNED')"
        // a part partly refunded before it came back: its refunds, the rest included, are all below
        + " AND NOT EXISTS (SELECT 1 FROM sales_fact_partial_refund j WHERE j.order_id = o.id AND j.shop_id = s.shop_id)"
        // the partial refunds, as they were recorded
        + " UNION ALL SELECT day, commune_code, village_id, category_id, shop_id, " + lastKey
        + ", 0, 0, 0, 0, refunds_vnd FROM " + scratch.replace("_rebuild", "") + "_partial_refund WHERE order_id" + range
        + ") facts GROUP BY " + key
        + " ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders), items = items + VALUES(items),"
        + " gross_vnd = gross_vnd + VALUES(gross_vnd), refunded_orders = refunded_orders + VALUES(refunded_orders),"
        + " refunds_vnd = refunds_vnd + VALUES(refunds_vnd)";
  }
}
