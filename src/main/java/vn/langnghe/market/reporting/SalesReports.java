package vn.langnghe.market.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reporting.ReportViews.Kpis;
import vn.langnghe.market.reporting.ReportViews.Overview;
import vn.langnghe.market.reporting.ReportViews.SalesReport;
import vn.langnghe.market.reporting.ReportViews.SalesRow;
import vn.langnghe.market.reporting.ReportViews.SalesTotals;
import vn.langnghe.market.reporting.ReportViews.TopReport;
import vn.langnghe.market.reporting.ReportViews.TopRow;
import vn.langnghe.market.shops.Shops;

/**
 * The trade office's reports, read from the sales facts alone (plus shops and products for the
 * shop and listing counts). Every read of one shop's figures (grouped by shop, ranked shops or
 * products, or narrowed to a shop) writes who read what to report_access_log, in the same
 * transaction: no read without its trace.
 */
@ApplicationScoped
@Transactional
public class SalesReports {

  public static final Set<Dimension> OFFICER_GROUPS = EnumSet.allOf(Dimension.class);
  public static final Set<Dimension> ARTISAN_GROUPS =
      EnumSet.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH, Dimension.CATEGORY);
  static final int MAX_TOP = 100;

  /** Who reads through which endpoint with which parameters: what the access log keeps. */
  public record Access(long accountId, String endpoint, String parameters) {}

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Clock clock;

  /** Today in Vietnam: where a report's default period ends. */
  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ReportPeriod.VIETNAM);
  }

  public Overview overview(ReportPeriod period, ReportFilters filters, Access access) {
    audit(access, filters.shopId() != null);
    return Overview.of(kpis(period, filters), kpis(period.previous(), filters));
  }

  public SalesReport sales(ReportPeriod period, List<Dimension> groupBy, ReportFilters filters,
      boolean formerUnits, Access access) {
    audit(access, groupBy.contains(Dimension.SHOP) || filters.shopId() != null);
    return report(period, groupBy, filters, formerUnits);
  }

  /** The artisan's own shop, from the same facts; no trace needed for reading one's own. */
  public SalesReport mySales(Caller artisan, ReportPeriod period, List<Dimension> groupBy) {
    return report(period, groupBy, ReportFilters.shop(shops.ownShop(artisan).id()), false);
  }

  /** The best sellers by GMV: {@code what} is products or shops, {@code limit} 1 to 100. */
  public TopReport top(ReportPeriod period, String what, int limit, ReportFilters filters, Access access) {
    boolean products = "products".equals(what);
    if (!products && !"shops".equals(what)) {
      throw new Problems.InvalidInputException("what", "must be products or shops");
    }
    if (limit < 1 || limit > MAX_TOP) {
      throw new Problems.InvalidInputException("limit", "must be between 1 and " + MAX_TOP);
    }
    audit(access, true);
    List<Object> params = new ArrayList<>();
    String key = products ? "product_id" : "shop_id";
    String facts = facts(products ? "product_sales_fact" : "sales_fact", List.of(key), false, period,
        filters, params);
    List<Object[]> rows = rows("SELECT " + key + ", SUM(gross_vnd) AS gmv, SUM(items), SUM(orders),"
        + " SUM(refunds_vnd) FROM (" + facts + ") f GROUP BY " + key
        + " HAVING SUM(gross_vnd) > 0 ORDER BY gmv DESC, " + key + " LIMIT " + limit, params);
    Map<Long, Object[]> names = products
        ? byId("SELECT p.id, p.title, p.shop_id, sh.name FROM product p JOIN shop sh ON sh.id = p.shop_id",
            "p.id", rows)
        : byId("SELECT id, name, id, name FROM shop", "id", rows);
    List<TopRow> top = rows.stream().map(r -> {
      Object[] name = names.getOrDefault(num(r[0]), new Object[] {r[0], "", r[0], ""});
      return new TopRow(num(r[0]), (String) name[1], products ? num(name[2]) : null,
          products ? (String) name[3] : null, num(r[1]), num(r[2]), num(r[3]), num(r[4]));
    }).toList();
    return new TopReport(period.from(), period.to(), what, top);
  }

  private void audit(Access access, boolean shopLevel) {
    if (shopLevel && access != null) {
      em.createNativeQuery("INSERT INTO report_access_log (account_id, accessed_at, endpoint, parameters)"
              + " VALUES (?, ?, ?, ?)")
          .setParameter(1, access.accountId())
          .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
          .setParameter(3, access.endpoint())
          .setParameter(4, access.parameters() == null ? "" : truncate(access.parameters(), 1000))
          .executeUpdate();
    }
  }

  private Kpis kpis(ReportPeriod period, ReportFilters filters) {
    List<Object> params = new ArrayList<>();
    // summed per shop first: a shop sold in the period when its items add up to more than none
    String facts = facts("sales_fact", List.of("shop_id"), false, period, filters, params);
    Object[] sums = rows("SELECT COALESCE(SUM(orders), 0), COALESCE(SUM(items), 0),"
        + " COALESCE(SUM(gross_vnd), 0), COALESCE(SUM(refunds_vnd), 0), COALESCE(SUM(cashless_vnd), 0),"
        + " COUNT(CASE WHEN items > 0 THEN 1 END), COALESCE(SUM(cod_vnd), 0) FROM (SELECT shop_id, " + MEASURES
        + ", SUM(cashless_vnd) AS cashless_vnd, SUM(cod_vnd) AS cod_vnd FROM (" + facts
        + ") f GROUP BY shop_id) s", params).get(0);
    long orders = num(sums[0]);
    long gmv = num(sums[2]);
    long refunds = num(sums[3]);

    List<Object> shopParams = new ArrayList<>(List.of(period.startUtc(), period.endUtc()));
    long newShops = num(rows("SELECT COUNT(*) FROM shop sh" + PLACE_JOINS
        + " WHERE sh.approved_at >= ? AND sh.approved_at < ?"
        + filter(filters, "u.code", SHOP_VILLAGE, null, "sh.id", shopParams),
        shopParams).get(0)[0]);

    // a certificate past its last day counts no more, even before the expiry sweep clears it
    List<Object> listedParams = new ArrayList<>(List.of(
        Date.valueOf(today()), period.endUtc()));
    Object[] listed = rows("SELECT COUNT(*), COALESCE(SUM(p.ocop_stars >= 3"
        + " AND (p.ocop_expires_on IS NULL OR p.ocop_expires_on >= ?)), 0) FROM product p"
        + " JOIN shop sh ON sh.id = p.shop_id" + PLACE_JOINS
        + " WHERE p.status = 'ACTIVE' AND sh.status = 'APPROVED' AND p.created_at < ?"
        + filter(filters, "u.code", SHOP_VILLAGE, "p.category_id", "sh.id", listedParams),
        listedParams).get(0);

    return new Kpis(period.from(), period.to(), gmv, orders, num(sums[1]),
        orders == 0 ? 0 : (2 * gmv + orders) / (2 * orders), refunds, share(refunds, gmv),
        num(sums[5]), newShops, share(num(sums[4]), gmv), share(num(sums[6]), gmv),
        share(num(listed[1]), num(listed[0])));
  }

  private SalesReport report(ReportPeriod period, List<Dimension> groupBy, ReportFilters filters,
      boolean formerUnits) {
    boolean former = formerUnits && groupBy.contains(Dimension.COMMUNE);
    List<String> columns = groupBy.stream().map(Dimension::column).collect(Collectors.toCollection(ArrayList::new));
    if (former) {
      columns.add("village_id");
    }
    String select = String.join(", ", columns);
    List<Object> params = new ArrayList<>();
    // days and weeks cross months: only the daily facts can say which day a sale was on
    boolean byDay = groupBy.contains(Dimension.DAY) || groupBy.contains(Dimension.WEEK);
    List<Object[]> facts = rows("SELECT " + select + ", SUM(orders), SUM(items), SUM(gross_vnd),"
        + " SUM(refunds_vnd), SUM(cashless_vnd), SUM(cod_vnd) FROM ("
        + facts("sales_fact", columns, byDay, period, filters, params) + ") f GROUP BY " + select, params);

    Labels labels = new Labels(groupBy, former, facts);
    Map<List<String>, Group> groups = new LinkedHashMap<>();
    int n = columns.size();
    for (Object[] fact : facts) {
      List<String> keys = new ArrayList<>();
      List<String> timeLabels = new ArrayList<>();
      for (int i = 0; i < groupBy.size(); i++) {
        Dimension d = groupBy.get(i);
        if (d.isTime()) {
          LocalDate day = day(fact[i]);
          keys.add(d.timeKey(day));
          timeLabels.add(d.timeLabel(day));
        } else if (d == Dimension.COMMUNE && former) {
          keys.add(labels.formerCommuneOf(num(fact[n - 1]), (String) fact[i]));
          timeLabels.add(null);
        } else {
          keys.add(String.valueOf(fact[i]));
          timeLabels.add(null);
        }
      }
      groups.computeIfAbsent(keys, k -> new Group(timeLabels))
          .add(num(fact[n]), num(fact[n + 1]), num(fact[n + 2]), num(fact[n + 3]), num(fact[n + 4]),
              num(fact[n + 5]));
    }

    List<SalesRow> rows = new ArrayList<>();
    Group total = new Group(List.of());
    groups.values().removeIf(Group::nothing);
    groups.forEach((keys, g) -> {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < groupBy.size(); i++) {
        names.add(g.timeLabels.get(i) != null ? g.timeLabels.get(i) : labels.of(groupBy.get(i), keys.get(i)));
      }
      rows.add(new SalesRow(List.copyOf(keys), List.copyOf(names), String.join("|", keys),
          String.join(" · ", names), g.orders, g.items, g.gross, g.refunds, share(g.cashless, g.gross),
          share(g.cod, g.gross)));
      total.add(g.orders, g.items, g.gross, g.refunds, g.cashless, g.cod);
    });
    rows.sort(order(groupBy));
    return new SalesReport(period.from(), period.to(),
        groupBy.stream().map(Dimension::parameter).toList(), former, rows,
        new SalesTotals(total.orders, total.items, total.gross, total.refunds,
            share(total.cashless, total.gross), share(total.cod, total.gross)));
  }

  /** Periods in time order; within a period (or without one) the biggest GMV first. */
  private static Comparator<SalesRow> order(List<Dimension> groupBy) {
    Comparator<SalesRow> order = (a, b) -> 0;
    for (int i = 0; i < groupBy.size(); i++) {
      int at = i;
      if (groupBy.get(i).isTime()) {
        order = order.thenComparing(r -> r.keys().get(at));
      }
    }
    return order.thenComparing(Comparator.comparingLong(SalesRow::gmvVnd).reversed())
        .thenComparing(SalesRow::key);
  }

  private static final class Group {
    final List<String> timeLabels;
    long orders;
    long items;
    long gross;
    long refunds;
    long cashless;
    long cod;

    Group(List<String> timeLabels) {
      this.timeLabels = timeLabels;
    }

    /** A group whose subtracted days took away all its period had (see {@link #facts}). */
    boolean nothing() {
      return orders == 0 && items == 0 && gross == 0 && refunds == 0 && cashless == 0 && cod == 0;
    }

    void add(long orders, long items, long gross, long refunds, long cashless, long cod) {
      this.orders += orders;
      this.items += items;
      this.gross += gross;
      this.refunds += refunds;
      this.cashless += cashless;
      this.cod += cod;
    }
  }

  /** Human names of the keys in one report, read once per report. */
  private final class Labels {
    final Map<String, String> names = new HashMap<>();
    final Map<Long, String> formerByVillage = new HashMap<>();
    final Map<String, String> formerByCommune = new HashMap<>();

    Labels(List<Dimension> groupBy, boolean former, List<Object[]> facts) {
      for (Dimension d : groupBy) {
        switch (d) {
          case COMMUNE -> {
            // current units and, for formerUnits, those that ended with the 2025 reform
            String current = former ? "valid_to IS NOT NULL" : "valid_to IS NULL";
            put(d, "SELECT code, name FROM administrative_unit WHERE unit_level = 'COMMUNE' AND " + current);
            if (former) {
              formerCommunes();
            }
          }
          case VILLAGE -> put(d, "SELECT id, name FROM craft_village");
          case CATEGORY -> put(d, "SELECT id, name_vi FROM category");
          case SHOP -> {
            int at = groupBy.indexOf(d);
            String ids = facts.stream().map(f -> String.valueOf(num(f[at]))).distinct()
                .collect(Collectors.joining(", "));
            if (!ids.isEmpty()) {
              put(d, "SELECT id, name FROM shop WHERE id IN (" + ids + ")");
            }
          }
          case PAYMENT_METHOD -> Arrays.stream(PaymentMethod.values())
              .forEach(m -> names.put(d + ":" + m.name(), methodLabel(m)));
          default -> { }
        }
      }
      names.put(Dimension.COMMUNE + ":", "Không rõ xã");
      names.put(Dimension.VILLAGE + ":0", "Không thuộc làng nghề");
      names.put(Dimension.CATEGORY + ":0", "Chưa phân loại");
    }

    String of(Dimension d, String key) {
      return names.getOrDefault(d + ":" + key, key);
    }

    /**
     * The pre-2025 commune of a sale: the one the reference data records for the shop's craft
     * village, which stays right where a new commune was formed from several former ones. A
     * village without one falls back to the succession of its commune: the former commune that
     * kept the new one's code, else the one with the lowest code.
     */
    String formerCommuneOf(long villageId, String communeCode) {
      String byVillage = formerByVillage.get(villageId);
      return byVillage != null ? byVillage : formerByCommune.getOrDefault(communeCode, communeCode);
    }

    private void formerCommunes() {
      for (Object[] row : rows("SELECT v.id, f.code FROM craft_village v"
          + " JOIN administrative_unit f ON f.id = v.former_commune_id", List.of())) {
        formerByVillage.put(num(row[0]), (String) row[1]);
      }
      for (Object[] row : rows("SELECT c.code, f.code FROM administrative_unit c"
          + " JOIN administrative_succession s ON s.successor_unit_id = c.id"
          + " JOIN administrative_unit f ON f.id = s.former_unit_id"
          + " WHERE c.unit_level = 'COMMUNE' AND c.valid_to IS NULL AND f.unit_level = 'COMMUNE'"
          + " ORDER BY c.code, f.code = c.code DESC, f.code", List.of())) {
        formerByCommune.putIfAbsent((String) row[0], (String) row[1]);
      }
    }

    private void put(Dimension d, String sql) {
      for (Object[] row : rows(sql, List.of())) {
        names.putIfAbsent(d + ":" + row[0], String.valueOf(row[1]));
      }
    }
  }

  static String methodLabel(PaymentMethod method) {
    return switch (method) {
      case VNPAY -> "VNPay";
      case STRIPE -> "Thẻ quốc tế";
      case VIETQR -> "VietQR (chuyển khoản)";
      case COD -> "Thanh toán khi nhận hàng";
    };
  }

  /** GMV paid by a cashless method, by each method's own flag. */
  private static String cashlessGross() {
    String cashless = Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::cashless)
        .map(m -> "'" + m.name() + "'").collect(Collectors.joining(", "));
    return cashless.isEmpty() ? "0"
        : "COALESCE(SUM(CASE WHEN payment_method IN (" + cashless + ") THEN gross_vnd ELSE 0 END), 0)";
  }

  /** GMV paid in cash to the courier, counted on the days carriers remitted it. */
  private static final String COD_GROSS =
      "COALESCE(SUM(CASE WHEN payment_method = 'COD' THEN gross_vnd ELSE 0 END), 0)";

  private static final String MEASURES = "SUM(orders) AS orders, SUM(items) AS items,"
      + " SUM(gross_vnd) AS gross_vnd, SUM(refunds_vnd) AS refunds_vnd";

  private static final String SHOP_VILLAGE = "COALESCE(sh.village_id, 0)";
  private static final String PLACE_JOINS = " LEFT JOIN craft_village v ON v.id = sh.village_id"
      + " LEFT JOIN administrative_unit u ON u.id = v.commune_id";

  /**
   * A fact table's figures for the period and filters, summed per {@code keys} (its columns;
   * "day" stands for the time), as SELECTs to UNION ALL and sum again (see
   * {@link ReportPeriod#reading}): months from the table's monthly roll-up (its month, the 1st,
   * in place of the day), plus and minus days of the daily table. With {@code byDay} the daily
   * table alone serves the whole period. Sales tables also give cashless_vnd and cod_vnd. Sums over the
   * subtracted days net out exactly; a group may then add up to nothing at all.
   */
  private String facts(String table, List<String> keys, boolean byDay, ReportPeriod period,
      ReportFilters f, List<Object> params) {
    ReportPeriod.Reading reading = byDay
        ? new ReportPeriod.Reading(null, List.of(period), List.of())
        : period.reading(today());
    // The range on the clustering key (time first) reads only the period's rows; left alone the
    // optimizer scans the whole table once the period is a large part of it. A shop's own figures
    // are better read through the shop's index.
    String hint = f.shopId() == null ? " FORCE INDEX (PRIMARY)" : "";
    List<String> selects = new ArrayList<>();
    if (reading.months() != null) {
      params.add(Date.valueOf(reading.months().from()));
      params.add(Date.valueOf(FactRows.month(reading.months().to())));
      selects.add(select(SalesFacts.monthly(table) + hint, "month", keys, "",
          " WHERE month BETWEEN ? AND ?" + filter(f, params)));
    }
    for (boolean subtract : new boolean[] {false, true}) {
      List<ReportPeriod> days = subtract ? reading.subtractedDays() : reading.addedDays();
      if (!days.isEmpty()) {
        for (ReportPeriod run : days) {
          params.add(Date.valueOf(run.from()));
          params.add(Date.valueOf(run.to()));
        }
        String when = days.stream().map(d -> "day BETWEEN ? AND ?").collect(Collectors.joining(" OR "));
        selects.add(select(table + hint, "day", keys, subtract ? "-" : "",
            " WHERE (" + when + ")" + filter(f, params)));
      }
    }
    return String.join(" UNION ALL ", selects);
  }

  private static String select(String table, String time, List<String> keys, String sign, String where) {
    String group = keys.stream().map(k -> k.equals("day") ? time : k).collect(Collectors.joining(", "));
    String named = keys.stream().map(k -> k.equals("day") ? time + " AS day" : k).collect(Collectors.joining(", "));
    String measures = MEASURES.replace("SUM(", sign + "SUM(");
    if (table.startsWith("sales_")) {
      measures += ", " + sign + cashlessGross() + " AS cashless_vnd, " + sign + COD_GROSS + " AS cod_vnd";
    }
    return "SELECT " + named + ", " + measures + " FROM " + table + where + " GROUP BY " + group;
  }

  /** The filters on a fact table's columns. */
  private String filter(ReportFilters f, List<Object> params) {
    return filter(f, "commune_code", "village_id", "category_id", "shop_id", params);
  }

  /**
   * The filters as conditions on the given columns ({@code category} null: the table has none,
   * the category filter does not apply).
   */
  private String filter(ReportFilters f, String commune, String village, String category,
      String shop, List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (f.communeCode() != null) {
      sql.append(" AND ").append(commune).append(" = ?");
      params.add(f.communeCode());
    }
    if (f.villageId() != null) {
      sql.append(" AND ").append(village).append(" = ?");
      params.add(f.villageId());
    }
    if (f.categoryId() != null && category != null) {
      sql.append(" AND ").append(category).append(" IN (").append(categoryAndBelow(f.categoryId())).append(")");
    }
    if (f.shopId() != null) {
      sql.append(" AND ").append(shop).append(" = ?");
      params.add(f.shopId());
    }
    return sql.toString();
  }

  /** The category and every category under it, as a list of ids for IN (numbers only). */
  private String categoryAndBelow(long categoryId) {
    Set<Long> ids = new HashSet<>(Set.of(categoryId));
    List<Long> frontier = List.of(categoryId);
    while (!frontier.isEmpty()) {
      String parents = frontier.stream().map(String::valueOf).collect(Collectors.joining(", "));
      frontier = rows("SELECT id, parent_id FROM category WHERE parent_id IN (" + parents + ")", List.of())
          .stream().map(r -> num(r[0])).filter(ids::add).toList();
    }
    return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private Map<Long, Object[]> byId(String sql, String idColumn, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    String ids = rows.stream().map(r -> String.valueOf(num(r[0]))).collect(Collectors.joining(", "));
    Map<Long, Object[]> found = new HashMap<>();
    for (Object[] row : rows(sql + " WHERE " + idColumn + " IN (" + ids + ")", List.of())) {
      found.put(num(row[0]), row);
    }
    return found;
  }

  private List<Object[]> rows(String sql, List<Object> params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
