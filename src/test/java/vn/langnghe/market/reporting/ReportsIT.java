package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The trade office's figures after a scripted day of trade in two workshops of different villages:
 * paid orders by three methods, a paid order cancelled whole, one shop's part cancelled, an order
 * left unpaid and one expired. Every figure is compared with SQL over the orders written here;
 * the rebuild from the orders agrees with the facts kept on the way. A third workshop has a
 * history of months before today, written straight into the order tables around month ends (in
 * Vietnam's time, not UTC's) and built into facts by the rebuild: periods of whole months and
 * days at their edges read the monthly roll-up and the daily facts together.
 */
class ReportsIT extends MarketIT {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String ADMIN = "admin@demo.langnghe.vn";
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  static LocalDate today;
  static String officer;
  static String admin;
  static String shopper;
  static TestShops.Artisan silversmith;
  static TestShops.Artisan weaver;
  static List<String> numbers = new ArrayList<>();
  static String paidNumber;
  static long paidPart;
  static TestShops.Artisan matWeaver;
  /** The first day of the first month of the mat weaver's history, four months before this one. */
  static LocalDate firstMonth;

  @BeforeAll
  static void script() {
    officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    admin = api.login(ADMIN, Api.PASSWORD);
    shopper = api.newAccount("SHOPPER", "buyer");
    history();
    // facts of orders older than the facts themselves (the history above) come from a first rebuild
    assertThat(api.post("/api/admin/reports/rebuild", Map.of(), admin).status()).isEqualTo(200);

    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String ring = product(silversmith, 2, 0, 1_234_567);
    String tray = product(silversmith, 6, 4, 2_500_000);
    String scarf = product(weaver, 8, 3, 333_333);
    String towel = product(weaver, 10, 0, 45_000);

    // paid: two shops, three categories, by VNPay
    Api.Reply first = paid(List.of(line(ring, 1), line(tray, 1), line(scarf, 2)), "VNPAY");
    paidNumber = first.json().get("orderNumber").asText();
    paidPart = part(first.json(), silversmith.shopId());
    // paid by bank transfer and by card
    paid(List.of(line(towel, 3), line(scarf, 1)), "VIETQR");
    Api.Reply card = paid(List.of(line(ring, 2)), "STRIPE");
    // paid, then cancelled whole by the shopper
    Api.Reply whole = paid(List.of(line(ring, 1), line(towel, 2)), "VNPAY");
    cancelled(api.post("/api/orders/" + number(whole) + "/cancel", Map.of("reason", "Đổi ý"), shopper));
    // paid, then the weaver cancels its part
    Api.Reply split = paid(List.of(line(tray, 1), line(scarf, 1), line(towel, 1)), "VIETQR");
    cancelled(api.post("/api/my/orders/" + part(split.json(), weaver.shopId()) + "/cancel",
        Map.of("reason", "Hết vải"), weaver.token()));
    // never paid: one still pending, one expired
    numbers.add(number(orders.placed(shopper, List.of(line(ring, 1)), "VNPAY")));
    String expired = number(orders.placed(shopper, List.of(line(scarf, 1)), "VNPAY"));
    numbers.add(expired);
    TestDatabase.update("UPDATE customer_order SET payment_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE"
        + " WHERE number = ?", expired);
    assertThat(api.post("/api/admin/orders/expire-overdue", Map.of(), admin).status()).isEqualTo(200);
    assertThat(TestDatabase.string("SELECT status FROM customer_order WHERE number = ?", expired))
        .isEqualTo("EXPIRED");
    assertThat(number(card)).isNotBlank();
    today = LocalDate.now(VIETNAM);
  }

  /**
   * The mat weaver's past sales, paid and cancelled at the Vietnam times given, in months m(0) to
   * m(3): just inside and just outside the edges of the period m(0)+14 days … m(3)+9 days, and a
   * sale at 00:30 on the first of m(1), which is still the last day of m(0) in UTC.
   */
  static void history() {
    matWeaver = shops.artisanWithApprovedShop("hoi-chieu-coi");
    String mat = product(matWeaver, 2, 3, 1_234_567);
    String bowl = product(matWeaver, 8, 0, 98_765);
    firstMonth = LocalDate.now(VIETNAM).withDayOfMonth(1).minusMonths(4);
    soldBefore("VNPAY", at(m(0).plusDays(13), "23:59:59"), null, mat, 1);
    soldBefore("STRIPE", at(m(0).plusDays(14), "00:00"), null, mat, 2, bowl, 1);
    soldBefore("VIETQR", at(m(1).minusDays(1), "23:59:59.5"), null, bowl, 3);
    soldBefore("VNPAY", at(m(1), "00:30"), at(m(2), "00:10"), bowl, 1, mat, 1);
    soldBefore("STRIPE", at(m(1).plusDays(19), "12:00"), null, mat, 1, bowl, 2, mat, 1);
    soldBefore("VNPAY", at(m(3).minusDays(1), "23:59"), at(m(3).plusDays(1), "09:00"), mat, 2);
    soldBefore("VIETQR", at(m(3), "00:00"), null, bowl, 1);
    soldBefore("VNPAY", at(m(3).plusDays(9), "23:59:59"), null, mat, 1);
    soldBefore("STRIPE", at(m(3).plusDays(10), "00:00"), null, bowl, 1);
    soldBefore("VIETQR", at(m(0).plusDays(19), "10:00"), at(m(3).plusDays(10), "08:00"), mat, 1);
    soldBefore("VNPAY", at(m(0).minusDays(1), "23:00"), at(m(0).plusDays(15), "08:00"), bowl, 2);
  }

  static LocalDate m(int month) {
    return firstMonth.plusMonths(month);
  }

  static LocalDateTime at(LocalDate vietnamDay, String vietnamTime) {
    return vietnamDay.atTime(java.time.LocalTime.parse(vietnamTime));
  }

  /**
   * One order of the mat weaver alone, paid at {@code paidAt} (Vietnam time) by {@code method}
   * and, when {@code cancelledAt} is given, its part cancelled after payment then; {@code lines}:
   * SKU, quantity, SKU, quantity … in the order bought. Written as ordering stores it (UTC).
   */
  static void soldBefore(String method, LocalDateTime paidAt, LocalDateTime cancelledAt, Object... lines) {
    LocalDateTime paid = utc(paidAt);
    long shipping = 15_000 + 1_000L * TestDatabase.count("SELECT COUNT(*) FROM shop_order WHERE shop_id = ?",
        matWeaver.shopId());
    long goods = 0;
    for (int i = 0; i < lines.length; i += 2) {
      goods += (Integer) lines[i + 1] * TestDatabase.count("SELECT price_vnd FROM variant WHERE sku = ?", lines[i]);
    }
    String number = "LNH" + matWeaver.shopId() + "X" + paid.toLocalDate().toString().replace("-", "")
        + paid.toLocalTime().toSecondOfDay();
    TestDatabase.update("INSERT INTO customer_order (number, buyer_account_id, status, recipient_name,"
        + " recipient_phone, address_line, commune_code, commune_name, province_name, payment_method,"
        + " items_total_vnd, shipping_total_vnd, total_vnd, created_at, payment_due_at, paid_at, version)"
        + " SELECT ?, id, ?, 'Nguyễn Thị Hoa', '0912345678', 'Số 5', '13093', 'Xã Trà Giang', 'Tỉnh Hưng Yên',"
        + " ?, ?, ?, ?, ?, ?, ?, 1 FROM account WHERE id = (SELECT owner_account_id FROM shop WHERE id = ?)", number,
        cancelledAt == null ? "COMPLETED" : "REFUNDED", method, goods, shipping, goods + shipping,
        paid.minusMinutes(3), paid.plusMinutes(12), paid, matWeaver.shopId());
    long order = TestDatabase.count("SELECT id FROM customer_order WHERE number = ?", number);
    TestDatabase.update("INSERT INTO shop_order (order_id, shop_id, shop_name, status, items_total_vnd,"
        + " shipping_vnd, weight_grams, updated_at, version) SELECT ?, id, name, ?, ?, ?, 500, ?, 1"
        + " FROM shop WHERE id = ?", order, cancelledAt == null ? "DELIVERED" : "CANCELLED", goods, shipping,
        cancelledAt == null ? paid : utc(cancelledAt), matWeaver.shopId());
    long part = TestDatabase.count("SELECT id FROM shop_order WHERE order_id = ?", order);
    for (int i = 0; i < lines.length; i += 2) {
      TestDatabase.update("INSERT INTO order_line (shop_order_id, variant_id, product_id, sku, title,"
          + " options_text, unit_price_vnd, quantity, line_total_vnd) SELECT ?, v.id, v.product_id, v.sku,"
          + " p.title, '', v.price_vnd, ?, v.price_vnd * ? FROM variant v JOIN product p ON p.id = v.product_id"
          + " WHERE v.sku = ?", part, lines[i + 1], lines[i + 1], lines[i]);
    }
  }

  static String product(TestShops.Artisan artisan, long categoryId, int ocopStars, long priceVnd) {
    String sku = TestShops.sku("RP");
    Map<String, Object> product = new HashMap<>(Map.of(
        "title", "Hàng báo cáo " + sku, "description", "<p>Hàng thủ công</p>",
        "categoryId", categoryId, "status", "ACTIVE",
        "variants", List.of(Map.of("sku", sku, "priceVnd", priceVnd, "onHand", 20, "weightGrams", 500))));
    Api.Reply created = api.post("/api/my/products", product, artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    if (ocopStars > 0) {
      // only a certificate an officer verified gives a product its OCOP stars
      new TestShops(api).verifiedOcop(artisan, created.json().get("id").asText(), ocopStars);
    }
    return sku;
  }

  static Api.Reply paid(List<Map<String, Object>> lines, String method) {
    Api.Reply placed = orders.placed(shopper, lines, method);
    assertThat(orders.pay(placed)).isEqualTo("PAID");
    numbers.add(number(placed));
    return placed;
  }

  static void cancelled(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  static String number(Api.Reply placed) {
    return placed.json().get("orderNumber").asText();
  }

  static long part(JsonNode order, long shopId) {
    for (JsonNode part : order.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part.get("id").asLong();
      }
    }
    throw new AssertionError("no part of shop " + shopId);
  }

  // ---- the independent computation, over the order tables -------------------------------

  /** orders, items, gross, refunds of one shop, keyed as asked (a SQL expression per part). */
  static Map<List<String>, long[]> expected(long shopId, String keyOfPart) {
    Map<List<String>, long[]> figures = new TreeMap<>(Comparator.LIST);
    LocalDateTime start = utc(today);
    LocalDateTime end = utc(today.plusDays(1));
    String paid = " FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " JOIN shop sh ON sh.id = s.shop_id LEFT JOIN craft_village v ON v.id = sh.village_id"
        + " LEFT JOIN administrative_unit u ON u.id = v.commune_id"
        + " WHERE s.shop_id = ? AND o.paid_at IS NOT NULL";
    for (List<Object> r : rows("SELECT " + keyOfPart + ", COUNT(*), SUM(s.items_total_vnd + s.shipping_vnd)"
        + paid + " AND o.paid_at >= ? AND o.paid_at < ? GROUP BY 1", shopId, start, end)) {
      long[] f = figures.computeIfAbsent(List.of(String.valueOf(r.get(0))), k -> new long[4]);
      f[0] += num(r.get(1));
      f[2] += num(r.get(2));
    }
    for (List<Object> r : rows("SELECT " + keyOfPart + ", SUM(l.quantity)" + paid.replace(" WHERE",
        " JOIN order_line l ON l.shop_order_id = s.id WHERE") + " AND o.paid_at >= ? AND o.paid_at < ?"
        + " GROUP BY 1", shopId, start, end)) {
      figures.computeIfAbsent(List.of(String.valueOf(r.get(0))), k -> new long[4])[1] += num(r.get(1));
    }
    for (List<Object> r : rows("SELECT " + keyOfPart + ", SUM(s.items_total_vnd + s.shipping_vnd)" + paid
        + " AND s.status = 'CANCELLED' AND s.updated_at >= ? AND s.updated_at < ? GROUP BY 1",
        shopId, start, end)) {
      figures.computeIfAbsent(List.of(String.valueOf(r.get(0))), k -> new long[4])[3] += num(r.get(1));
    }
    return figures;
  }

  /**
   * Per category: each line's goods in its product's category; a part's shipping and its count
   * in orders in the category of its first line.
   */
  static Map<List<String>, long[]> expectedByCategory(long shopId) {
    Map<List<String>, long[]> figures = new TreeMap<>(Comparator.LIST);
    LocalDateTime start = utc(today);
    LocalDateTime end = utc(today.plusDays(1));
    String lines = " FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id"
        + " JOIN customer_order o ON o.id = s.order_id JOIN product p ON p.id = l.product_id"
        + " WHERE s.shop_id = ? AND o.paid_at IS NOT NULL";
    String first = " AND l.id = (SELECT MIN(x.id) FROM order_line x WHERE x.shop_order_id = s.id)";
    String sold = " AND o.paid_at >= ? AND o.paid_at < ?";
    String refunded = " AND s.status = 'CANCELLED' AND s.updated_at >= ? AND s.updated_at < ?";
    String month = String.format("%d-%02d", today.getYear(), today.getMonthValue());
    for (List<Object> r : rows("SELECT p.category_id, SUM(l.quantity), SUM(l.line_total_vnd)" + lines + sold
        + " GROUP BY 1", shopId, start, end)) {
      long[] f = figures.computeIfAbsent(List.of(month, String.valueOf(r.get(0))), k -> new long[4]);
      f[1] += num(r.get(1));
      f[2] += num(r.get(2));
    }
    for (List<Object> r : rows("SELECT p.category_id, COUNT(*), SUM(s.shipping_vnd)" + lines + sold + first
        + " GROUP BY 1", shopId, start, end)) {
      long[] f = figures.computeIfAbsent(List.of(month, String.valueOf(r.get(0))), k -> new long[4]);
      f[0] += num(r.get(1));
      f[2] += num(r.get(2));
    }
    for (List<Object> r : rows("SELECT p.category_id, SUM(l.line_total_vnd)" + lines + refunded
        + " GROUP BY 1", shopId, start, end)) {
      figures.computeIfAbsent(List.of(month, String.valueOf(r.get(0))), k -> new long[4])[3] += num(r.get(1));
    }
    for (List<Object> r : rows("SELECT p.category_id, SUM(s.shipping_vnd)" + lines + refunded + first
        + " GROUP BY 1", shopId, start, end)) {
      figures.computeIfAbsent(List.of(month, String.valueOf(r.get(0))), k -> new long[4])[3] += num(r.get(1));
    }
    return figures;
  }

  /** What the report says, in the same shape, for rows whose last key is the shop (or all rows). */
  static Map<List<String>, long[]> reported(JsonNode report, Long shopId) {
    Map<List<String>, long[]> figures = new TreeMap<>(Comparator.LIST);
    for (JsonNode row : report.get("rows")) {
      List<String> keys = new ArrayList<>();
      row.get("keys").forEach(k -> keys.add(k.asText()));
      if (shopId != null) {
        if (!keys.get(keys.size() - 1).equals(String.valueOf(shopId))) {
          continue;
        }
        keys.remove(keys.size() - 1);
      }
      figures.put(keys, new long[] {row.get("orders").asLong(), row.get("items").asLong(),
          row.get("gmvVnd").asLong(), row.get("refundsVnd").asLong()});
    }
    return figures;
  }

  static void assertSame(Map<List<String>, long[]> reported, Map<List<String>, long[]> expected) {
    Map<List<String>, List<Long>> a = new HashMap<>();
    reported.forEach((k, v) -> a.put(k, List.of(v[0], v[1], v[2], v[3])));
    Map<List<String>, List<Long>> b = new HashMap<>();
    expected.forEach((k, v) -> b.put(k, List.of(v[0], v[1], v[2], v[3])));
    assertThat(a).as("orders, items, gross, refunds by key").isEqualTo(b);
  }

  static LocalDateTime utc(LocalDate vietnamDay) {
    return utc(vietnamDay.atStartOfDay());
  }

  static LocalDateTime utc(LocalDateTime vietnamTime) {
    return LocalDateTime.ofInstant(vietnamTime.atZone(VIETNAM).toInstant(), ZoneOffset.UTC);
  }

  /** One line of a paid part, with what the reports need to know of it and its part. */
  record SoldLine(boolean firstOfPart, boolean firstOfProductInPart, long category, long product,
      String method, long items, long goods, long shipping, LocalDate paidOn, LocalDate cancelledOn) {}

  /** Every line the shop has sold, read from the order tables, days turned into Vietnam's in Java. */
  static List<SoldLine> soldLines(long shopId) {
    List<SoldLine> lines = new ArrayList<>();
    long lastPart = -1;
    java.util.Set<Long> productsOfPart = new java.util.HashSet<>();
    for (List<Object> r : rows("SELECT s.id, COALESCE(p.category_id, 0), l.product_id, o.payment_method,"
        + " l.quantity, l.line_total_vnd, s.shipping_vnd, o.paid_at, s.status, s.updated_at"
        + " FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id JOIN customer_order o ON o.id = s.order_id"
        + " LEFT JOIN product p ON p.id = l.product_id WHERE s.shop_id = ? AND o.paid_at IS NOT NULL"
        + " ORDER BY s.id, l.id", shopId)) {
      long part = num(r.get(0));
      if (part != lastPart) {
        productsOfPart.clear();
      }
      lines.add(new SoldLine(part != lastPart, productsOfPart.add(num(r.get(2))), num(r.get(1)), num(r.get(2)),
          (String) r.get(3), num(r.get(4)), num(r.get(5)), num(r.get(6)), vietnamDay(r.get(7)),
          "CANCELLED".equals(r.get(8)) ? vietnamDay(r.get(9)) : null));
      lastPart = part;
    }
    return lines;
  }

  static LocalDate vietnamDay(Object utcTime) {
    LocalDateTime utc = utcTime instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) utcTime;
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM).toLocalDate();
  }

  /**
   * orders, items, gross, refunds of the shop from {@code from} to {@code to}, keyed by
   * {@code key} of a line and the Vietnam day of the event: a sale counts on the day it was paid,
   * a refund (goods and shipping) on the day its part was cancelled; the shipping and the count in
   * orders go with a part's first line.
   */
  static Map<List<String>, long[]> expectedOf(long shopId, LocalDate from, LocalDate to,
      java.util.function.BiFunction<SoldLine, LocalDate, List<String>> key) {
    Map<List<String>, long[]> figures = new TreeMap<>(Comparator.LIST);
    for (SoldLine line : soldLines(shopId)) {
      long money = line.goods() + (line.firstOfPart() ? line.shipping() : 0);
      if (!line.paidOn().isBefore(from) && !line.paidOn().isAfter(to)) {
        long[] f = figures.computeIfAbsent(key.apply(line, line.paidOn()), k -> new long[4]);
        f[0] += line.firstOfPart() ? 1 : 0;
        f[1] += line.items();
        f[2] += money;
      }
      LocalDate cancelled = line.cancelledOn();
      if (cancelled != null && !cancelled.isBefore(from) && !cancelled.isAfter(to)) {
        figures.computeIfAbsent(key.apply(line, cancelled), k -> new long[4])[3] += money;
      }
    }
    return figures;
  }

  static String monthOf(LocalDate day) {
    return String.format("%d-%02d", day.getYear(), day.getMonthValue());
  }

  static List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static JsonNode read(String path, String token) {
    Api.Reply reply = api.get(path, token);
    assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
    return reply.json();
  }

  static String period() {
    return "from=" + today + "&to=" + today;
  }

  static long accessLogRows() {
    return TestDatabase.count("SELECT COUNT(*) FROM report_access_log l JOIN account a ON a.id = l.account_id"
        + " WHERE a.email = ?", TestShops.OFFICER);
  }

  /** Lists of keys in order, for the maps above. */
  enum Comparator implements java.util.Comparator<List<String>> {
    LIST;

    @Override
    public int compare(List<String> a, List<String> b) {
      return String.join("|", a).compareTo(String.join("|", b));
    }
  }

  // ---- the tests --------------------------------------------------------------------------

  @Test
  void theOverviewOfEachShopEqualsTheOrdersAndThePreviousPeriodIsTheDayBefore() {
    long refundsOfBoth = 0;
    for (TestShops.Artisan shop : List.of(silversmith, weaver)) {
      JsonNode overview = read("/api/reports/overview?" + period() + "&shopId=" + shop.shopId(), officer);
      long[] sql = expected(shop.shopId(), "'all'").get(List.of("all"));
      assertThat(overview.get("orders").asLong()).isEqualTo(sql[0]);
      assertThat(overview.get("items").asLong()).isEqualTo(sql[1]);
      assertThat(overview.get("gmvVnd").asLong()).isEqualTo(sql[2]);
      assertThat(overview.get("refundsVnd").asLong()).isEqualTo(sql[3]);
      assertThat(overview.get("averageOrderVnd").asLong()).isEqualTo(Math.round((double) sql[2] / sql[0]));
      assertThat(overview.get("refundRate").asDouble()).isCloseTo((double) sql[3] / sql[2], within(1e-9));
      assertThat(overview.get("cashlessShare").asDouble()).as("every method is cashless").isEqualTo(1.0);
      assertThat(overview.get("activeShops").asLong()).isEqualTo(1);
      assertThat(overview.get("newShops").asLong()).isEqualTo(1);
      long listed = TestDatabase.count("SELECT COUNT(*) FROM product WHERE shop_id = ? AND status = 'ACTIVE'",
          shop.shopId());
      long ocop = TestDatabase.count("SELECT COUNT(*) FROM product WHERE shop_id = ? AND status = 'ACTIVE'"
          + " AND ocop_stars >= 3", shop.shopId());
      assertThat(overview.get("ocopShareListed").asDouble()).isCloseTo((double) ocop / listed, within(1e-9));
      JsonNode previous = overview.get("previous");
      assertThat(previous.get("from").asText()).isEqualTo(today.minusDays(1).toString());
      assertThat(previous.get("to").asText()).isEqualTo(today.minusDays(1).toString());
      assertThat(previous.get("gmvVnd").asLong()).isZero();
      assertThat(previous.get("newShops").asLong()).isZero();
      refundsOfBoth += overview.get("refundsVnd").asLong();
    }
    // the refunds as the payments component owes them back, counted another way
    long owed = TestDatabase.count("SELECT COALESCE(SUM(r.amount_vnd), 0) FROM refund r"
        + " JOIN payment p ON p.id = r.payment_id JOIN customer_order o ON o.id = p.order_id"
        + " WHERE o.number IN (" + "?,".repeat(numbers.size() - 1) + "?)", numbers.toArray());
    assertThat(refundsOfBoth).isEqualTo(owed).isPositive();
  }

  @Test
  void salesByCommuneByMonthAndCategoryAndByMethodEqualTheOrders() {
    JsonNode byCommune = read("/api/reports/sales?" + period() + "&groupBy=commune,shop", officer);
    JsonNode byMethod = read("/api/reports/sales?" + period() + "&groupBy=paymentMethod,shop", officer);
    for (TestShops.Artisan shop : List.of(silversmith, weaver)) {
      assertSame(reported(byCommune, shop.shopId()), expected(shop.shopId(), "COALESCE(u.code, '')"));
      assertSame(reported(byMethod, shop.shopId()), expected(shop.shopId(), "o.payment_method"));
      JsonNode byCategory = read("/api/reports/sales?" + period() + "&groupBy=month,category&shopId="
          + shop.shopId(), officer);
      assertSame(reported(byCategory, null), expectedByCategory(shop.shopId()));
      long[] all = expected(shop.shopId(), "'all'").get(List.of("all"));
      assertThat(byCategory.at("/totals/gmvVnd").asLong()).isEqualTo(all[2]);
      assertThat(byCategory.at("/totals/orders").asLong()).as("a part in two categories counts once").isEqualTo(all[0]);
    }
    JsonNode tra = rowOf(byCommune, silversmith.shopId());
    assertThat(tra.get("keys").get(0).asText()).isEqualTo(TestOrders.TRA_GIANG);
    assertThat(tra.get("labels").get(0).asText()).isEqualTo("Xã Trà Giang");
    assertThat(tra.get("cashlessShare").asDouble()).isEqualTo(1.0);
    assertThat(rowOf(byCommune, weaver.shopId()).get("labels").get(0).asText()).isEqualTo("Xã Lê Lợi");

    JsonNode former = read("/api/reports/sales?" + period() + "&groupBy=commune,shop&formerUnits=true", officer);
    assertThat(rowOf(former, silversmith.shopId()).get("labels").get(0).asText()).isEqualTo("Xã Hồng Thái");
    assertThat(rowOf(former, weaver.shopId()).get("labels").get(0).asText()).isEqualTo("Xã Thống Nhất");

    JsonNode month = read("/api/reports/sales?" + period() + "&groupBy=month&shopId=" + weaver.shopId(), officer);
    assertThat(month.at("/rows/0/labels/0").asText())
        .isEqualTo(String.format("%02d/%d", today.getMonthValue(), today.getYear()));
  }

  static JsonNode rowOf(JsonNode report, long shopId) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("keys").get(1).asText().equals(String.valueOf(shopId))) {
        return row;
      }
    }
    throw new AssertionError("no row of shop " + shopId);
  }

  /** The sales report's rows as text: labels, then orders, items, GMV, refunds. */
  static List<List<String>> jsonRows(JsonNode report) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : report.get("rows")) {
      List<String> cells = new ArrayList<>();
      row.get("labels").forEach(l -> cells.add(l.asText()));
      for (String figure : List.of("orders", "items", "gmvVnd", "refundsVnd")) {
        cells.add(row.get(figure).asText());
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void theCsvAndXlsxExportsParseBackToTheSameRows() throws Exception {
    String query = period() + "&groupBy=commune,shop";
    List<List<String>> expected = jsonRows(read("/api/reports/sales?" + query, officer));
    assertThat(expected).isNotEmpty();

    Api.Reply csv = api.get("/api/reports/sales.csv?" + query, officer);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    byte[] csvBytes = csv.raw().body();
    assertThat(java.util.Arrays.copyOf(csvBytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.parse(
        new java.io.StringReader(new String(csvBytes, 3, csvBytes.length - 3, java.nio.charset.StandardCharsets.UTF_8)))
        .getRecords();
    assertThat(records.get(1).get(0)).startsWith("Kỳ báo cáo:");
    int header = 0;
    while (!records.get(header).get(0).equals("Xã/phường")) {
      header++;
    }
    List<List<String>> fromCsv = new ArrayList<>();
    for (int i = header + 1; i < records.size() - 1; i++) {
      List<String> cells = new ArrayList<>(records.get(i).toList());
      fromCsv.add(cells.subList(0, 6));
    }
    assertThat(fromCsv).isEqualTo(expected);
    assertThat(records.get(records.size() - 1).get(0)).isEqualTo("Tổng cộng");

    Api.Reply xlsx = api.get("/api/reports/sales.xlsx?" + query, officer);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(xlsx.raw().body()))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      org.apache.poi.ss.usermodel.DataFormatter plain = new org.apache.poi.ss.usermodel.DataFormatter();
      int row = 0;
      // the filter lines and a blank row come first
      while (sheet.getRow(row) == null || !"Xã/phường".equals(plain.formatCellValue(sheet.getRow(row).getCell(0)))) {
        row++;
      }
      List<List<String>> fromXlsx = new ArrayList<>();
      for (int r = row + 1; r <= sheet.getLastRowNum() - 1; r++) {
        org.apache.poi.ss.usermodel.Row cells = sheet.getRow(r);
        List<String> values = new ArrayList<>();
        values.add(cells.getCell(0).getStringCellValue());
        values.add(cells.getCell(1).getStringCellValue());
        for (int c = 2; c < 6; c++) {
          values.add(Long.toString((long) cells.getCell(c).getNumericCellValue()));
        }
        fromXlsx.add(values);
      }
      assertThat(fromXlsx).isEqualTo(expected);
    }
    assertThat(api.get("/api/reports/sales.csv?" + query, silversmith.token()).status()).isEqualTo(403);
  }

  @Test
  void topProductsAndShopsRankByWhatWasPaid() {
    JsonNode top = read("/api/reports/top?" + period() + "&what=products&limit=5&shopId=" + weaver.shopId(), officer);
    List<List<Object>> goods = rows("SELECT l.product_id, SUM(l.line_total_vnd), SUM(l.quantity)"
        + " FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id JOIN customer_order o ON o.id = s.order_id"
        + " WHERE s.shop_id = ? AND o.paid_at IS NOT NULL GROUP BY 1 ORDER BY 2 DESC", weaver.shopId());
    assertThat(top.get("rows")).hasSize(goods.size());
    for (int i = 0; i < goods.size(); i++) {
      JsonNode row = top.get("rows").get(i);
      assertThat(row.get("id").asLong()).isEqualTo(num(goods.get(i).get(0)));
      assertThat(row.get("gmvVnd").asLong()).isEqualTo(num(goods.get(i).get(1)));
      assertThat(row.get("items").asLong()).isEqualTo(num(goods.get(i).get(2)));
      assertThat(row.get("shopId").asLong()).isEqualTo(weaver.shopId());
    }
    JsonNode shop = read("/api/reports/top?" + period() + "&what=shops&shopId=" + silversmith.shopId(), officer);
    assertThat(shop.at("/rows/0/gmvVnd").asLong())
        .isEqualTo(expected(silversmith.shopId(), "'all'").get(List.of("all"))[2]);
  }

  /**
   * Periods over the mat weaver's history: whole months with days at both edges, at one edge,
   * whole months only, days of one month, most of one month. Edge months are read as their days
   * inside or as the roll-up's month minus the days outside (sales on those days included), and
   * every figure equals the order tables either way.
   */
  @Test
  void periodsOfWholeMonthsAndEdgeDaysEqualTheOrders() {
    long shop = matWeaver.shopId();
    List<LocalDate[]> periods = List.of(
        new LocalDate[] {m(0).plusDays(14), m(3).plusDays(9)},
        new LocalDate[] {m(1), m(3).minusDays(1)},
        new LocalDate[] {m(0).plusDays(14), m(3).minusDays(1)},
        new LocalDate[] {m(1), m(3).plusDays(9)},
        new LocalDate[] {m(3), m(3).plusDays(9)},
        new LocalDate[] {m(0).plusDays(3), m(2).plusDays(26)},
        new LocalDate[] {m(3).plusDays(1), m(3).plusDays(25)});
    for (LocalDate[] p : periods) {
      String period = "from=" + p[0] + "&to=" + p[1];
      String as = period + ": ";
      assertSame(reported(read("/api/reports/sales?" + period + "&groupBy=month,category&shopId=" + shop, officer), null),
          expectedOf(shop, p[0], p[1], (l, day) -> List.of(monthOf(day), String.valueOf(l.category()))));
      assertSame(reported(read("/api/reports/sales?" + period + "&groupBy=month,shop", officer), shop),
          expectedOf(shop, p[0], p[1], (l, day) -> List.of(monthOf(day))));
      assertSame(reported(read("/api/reports/sales?" + period + "&groupBy=paymentMethod&shopId=" + shop, officer), null),
          expectedOf(shop, p[0], p[1], (l, day) -> List.of(l.method())));
      assertSame(reported(read("/api/reports/sales?" + period + "&groupBy=week&shopId=" + shop, officer), null),
          expectedOf(shop, p[0], p[1], (l, day) -> List.of(String.format("%d-W%02d",
              day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
              day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))));

      JsonNode overview = read("/api/reports/overview?" + period + "&shopId=" + shop, officer);
      long days = java.time.temporal.ChronoUnit.DAYS.between(p[0], p[1]) + 1;
      JsonNode previous = overview.get("previous");
      assertThat(previous.get("from").asText()).isEqualTo(p[0].minusDays(days).toString());
      for (JsonNode kpis : List.of(overview, previous)) {
        LocalDate from = LocalDate.parse(kpis.get("from").asText());
        LocalDate to = LocalDate.parse(kpis.get("to").asText());
        long[] sql = expectedOf(shop, from, to, (l, day) -> List.of("all")).getOrDefault(List.of("all"), new long[4]);
        assertThat(new long[] {kpis.get("orders").asLong(), kpis.get("items").asLong(), kpis.get("gmvVnd").asLong(),
            kpis.get("refundsVnd").asLong()}).as(as + kpis).containsExactly(sql);
        long sold = soldLines(shop).stream().filter(l -> !l.paidOn().isBefore(from) && !l.paidOn().isAfter(to)).count();
        assertThat(kpis.get("activeShops").asLong()).as(as + kpis).isEqualTo(sold > 0 ? 1 : 0);
      }

      JsonNode top = read("/api/reports/top?" + period + "&what=products&shopId=" + shop, officer);
      Map<List<String>, long[]> goods = new TreeMap<>(Comparator.LIST);
      for (SoldLine l : soldLines(shop)) {
        if (!l.paidOn().isBefore(p[0]) && !l.paidOn().isAfter(p[1])) {
          long[] f = goods.computeIfAbsent(List.of(String.valueOf(l.product())), k -> new long[4]);
          f[0] += l.firstOfProductInPart() ? 1 : 0;
          f[1] += l.items();
          f[2] += l.goods();
        }
      }
      Map<List<String>, long[]> ranked = new TreeMap<>(Comparator.LIST);
      for (JsonNode row : top.get("rows")) {
        ranked.put(List.of(row.get("id").asText()), new long[] {row.get("orders").asLong(),
            row.get("items").asLong(), row.get("gmvVnd").asLong(), 0});
      }
      assertSame(ranked, goods);
    }
    // the order paid at 00:30 on the 1st in Vietnam (still the day before in UTC) is in that month
    JsonNode firstMonths = read("/api/reports/sales?from=" + m(0) + "&to=" + m(2).minusDays(1)
        + "&groupBy=month&shopId=" + shop, officer);
    assertSame(reported(firstMonths, null), expectedOf(shop, m(0), m(2).minusDays(1), (l, day) -> List.of(monthOf(day))));
    assertThat(reported(firstMonths, null).get(List.of(monthOf(m(1))))[0]).isEqualTo(2);
  }

  @Test
  void theRebuildFromTheOrdersEqualsTheFactsKeptOnTheWay() {
    Api.Reply rebuilt = api.post("/api/admin/reports/rebuild", Map.of(), admin);
    assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
    assertThat(rebuilt.json().get("salesRowsDiffering").asLong()).as(rebuilt.toString()).isZero();
    assertThat(rebuilt.json().get("productRowsDiffering").asLong()).as(rebuilt.toString()).isZero();
    assertThat(rebuilt.json().get("salesMonthRowsDiffering").asLong()).as(rebuilt.toString()).isZero();
    assertThat(rebuilt.json().get("productMonthRowsDiffering").asLong()).as(rebuilt.toString()).isZero();
    // the roll-up holds each month of the history as the sum of its days, in Vietnam's months
    assertThat(TestDatabase.count("SELECT SUM(gross_vnd) FROM sales_month_fact WHERE shop_id = ? AND month = ?",
        matWeaver.shopId(), m(1))).isEqualTo(expectedOf(matWeaver.shopId(), m(1), m(2).minusDays(1),
            (l, day) -> List.of("all")).get(List.of("all"))[2]);
    assertThat(rebuilt.json().get("replaced").asBoolean()).isFalse();
    assertThat(rebuilt.json().get("salesRows").asLong()).isPositive();
  }

  @Test
  void theArtisanReadsOnlyTheirOwnShopsSales() {
    JsonNode mine = read("/api/my/sales?" + period() + "&groupBy=category", weaver.token());
    long[] all = expected(weaver.shopId(), "'all'").get(List.of("all"));
    assertThat(mine.at("/totals/gmvVnd").asLong()).isEqualTo(all[2]);
    assertThat(mine.at("/totals/refundsVnd").asLong()).isEqualTo(all[3]);
    assertThat(api.get("/api/my/sales?groupBy=shop", weaver.token()).status()).isEqualTo(400);
    assertThat(api.get("/api/my/sales", officer).status()).isEqualTo(403);
  }

  @Test
  void onlyOfficersAndAdminsReadReportsAndOfficersChangeNoOrder() {
    String[] reads = {"/api/reports/overview", "/api/reports/sales?groupBy=day", "/api/reports/top?what=shops"};
    for (String token : List.of(shopper, weaver.token())) {
      for (String path : reads) {
        assertThat(api.get(path, token).status()).as(path).isEqualTo(403);
      }
      assertThat(api.post("/api/admin/reports/rebuild", Map.of(), token).status()).isEqualTo(403);
    }
    for (String path : reads) {
      assertThat(api.get(path).status()).as(path).isEqualTo(401);
      assertThat(api.get(path, admin).status()).as(path).isEqualTo(200);
    }
    assertThat(api.post("/api/admin/reports/rebuild", Map.of(), officer).status()).isEqualTo(403);
    assertThat(api.post("/api/orders/" + paidNumber + "/cancel", Map.of(), officer).status()).isEqualTo(403);
    assertThat(api.post("/api/my/orders/" + paidPart + "/cancel", Map.of(), officer).status()).isEqualTo(403);
    assertThat(TestDatabase.string("SELECT status FROM customer_order WHERE number = ?", paidNumber)).isEqualTo("PAID");
  }

  @Test
  void badParametersAreNamed() {
    for (String[] bad : new String[][] {
        {"/api/reports/sales?groupBy=year", "groupBy"}, {"/api/reports/sales?groupBy=day,month", "groupBy"},
        {"/api/reports/sales?groupBy=day&from=2026-02-30", "from"},
        {"/api/reports/overview?from=2020-01-01&to=2026-01-01", "from"},
        {"/api/reports/overview?from=2026-01-02&to=2026-01-01", "to"},
        {"/api/reports/top?limit=0", "limit"}, {"/api/reports/top?limit=ten", "limit"},
        {"/api/reports/top?what=villages", "what"}, {"/api/reports/overview?villageId=x", "villageId"}}) {
      Api.Reply reply = api.get(bad[0], officer);
      assertThat(reply.status()).as(bad[0] + ": " + reply).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("errors").findValuesAsText("field")).as(reply.toString()).containsExactly(bad[1]);
    }
  }

  @Test
  void everyOfficerReadOfShopLevelFiguresIsLogged() {
    long before = accessLogRows();
    read("/api/reports/overview?" + period(), officer);
    read("/api/reports/sales?" + period() + "&groupBy=commune", officer);
    assertThat(accessLogRows()).as("market-wide figures are not shop-level").isEqualTo(before);
    read("/api/reports/sales?" + period() + "&groupBy=month,shop", officer);
    read("/api/reports/top?" + period() + "&what=shops", officer);
    read("/api/reports/overview?" + period() + "&shopId=" + weaver.shopId(), officer);
    assertThat(accessLogRows()).isEqualTo(before + 3);
    assertThat(TestDatabase.string("SELECT l.parameters FROM report_access_log l JOIN account a ON a.id = l.account_id"
        + " WHERE a.email = ? ORDER BY l.id DESC LIMIT 1", TestShops.OFFICER))
        .isEqualTo(period() + "&shopId=" + weaver.shopId());
    assertThat(TestDatabase.string("SELECT l.endpoint FROM report_access_log l JOIN account a ON a.id = l.account_id"
        + " WHERE a.email = ? ORDER BY l.id DESC LIMIT 1", TestShops.OFFICER)).isEqualTo("/api/reports/overview");
  }
}
