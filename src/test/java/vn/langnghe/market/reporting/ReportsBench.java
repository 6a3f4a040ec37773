package vn.langnghe.market.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * bench/reports.sh's measurement: the application's rebuild of the sales facts (timed once), then
 * the overview of the last year and the month × commune report of the last two years, each
 * {@code requests} times through the API, and the equivalent aggregate SQL over the order tables
 * {@code scans} times, one after the other on one connection each. Prints p50 and p99 (of the
 * scans: the slowest) and how many times faster the facts answer.
 *
 * <p>Arguments: baseUrl jdbcUrl user password requests scans.
 */
public final class ReportsBench {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String PASSWORD = "LangNghe@2026";

  /** Per shop order first, so shipping counts once however many lines: what the facts count. */
  static final String PARTS = "SELECT s.id, s.shop_id, s.status, s.shipping_vnd, o.payment_method, o.paid_at,"
      + " COALESCE(u.code, '') AS commune, SUM(l.quantity) AS items, SUM(l.line_total_vnd) AS goods"
      + " FROM customer_order o JOIN shop_order s ON s.order_id = o.id JOIN order_line l ON l.shop_order_id = s.id"
      + " JOIN shop sh ON sh.id = s.shop_id LEFT JOIN craft_village v ON v.id = sh.village_id"
      + " LEFT JOIN administrative_unit u ON u.id = v.commune_id"
      + " WHERE o.paid_at >= ? AND o.paid_at < ? GROUP BY s.id";
  static final String OVERVIEW_SQL = "SELECT COUNT(*), SUM(items), SUM(goods + shipping_vnd), COUNT(DISTINCT shop_id),"
      + " SUM(IF(status = 'CANCELLED', goods + shipping_vnd, 0)),"
      + " SUM(IF(payment_method IN ('VNPAY', 'STRIPE', 'VIETQR'), goods + shipping_vnd, 0)) FROM (" + PARTS + ") p";
  static final String MONTH_COMMUNE_SQL = "SELECT DATE_FORMAT(paid_at + INTERVAL 7 HOUR, '%Y-%m') AS month, commune,"
      + " COUNT(*), SUM(items), SUM(goods + shipping_vnd), SUM(IF(status = 'CANCELLED', goods + shipping_vnd, 0))"
      + " FROM (" + PARTS + ") p GROUP BY month, commune";

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int requests = Integer.parseInt(args[4]);
    int scans = Integer.parseInt(args[5]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String admin = login(http, base, "admin@demo.langnghe.vn");
    String officer = login(http, base, "officer@demo.langnghe.vn");

    long t0 = System.nanoTime();
    String rebuilt = send(http, HttpRequest.newBuilder(URI.create(base + "/api/admin/reports/rebuild"))
        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build());
    System.out.printf(Locale.ROOT, "rebuild of the facts from the orders: %.1f s %s%n", (System.nanoTime() - t0) / 1e9, rebuilt);

    LocalDate today = LocalDate.now(VIETNAM);
    LocalDate yearAgo = today.minusDays(364);
    LocalDate twoYearsAgo = today.minusDays(729);
    String overview = base + "/api/reports/overview?from=" + yearAgo + "&to=" + today;
    String monthCommune = base + "/api/reports/sales?from=" + twoYearsAgo + "&to=" + today + "&groupBy=month,commune";

    for (int i = 0; i < 20; i++) {
      get(http, overview, officer);
      get(http, monthCommune, officer);
    }
    long[] apiOverview = time(requests, () -> get(http, overview, officer));
    long[] apiMonthCommune = time(requests, () -> get(http, monthCommune, officer));
    long[] sqlOverview;
    long[] sqlMonthCommune;
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      sqlOverview = time(scans, () -> scan(db, OVERVIEW_SQL, yearAgo, today));
      sqlMonthCommune = time(scans, () -> scan(db, MONTH_COMMUNE_SQL, twoYearsAgo, today));
    }
    System.out.println();
    line("overview, last year, API (facts)", apiOverview);
    line("overview, same, SQL over the orders", sqlOverview);
    ratio(apiOverview, sqlOverview);
    line("month x commune, 2 years, API", apiMonthCommune);
    line("month x commune, same, SQL over orders", sqlMonthCommune);
    ratio(apiMonthCommune, sqlMonthCommune);
  }

  interface Call {
    void run() throws Exception;
  }

  static long[] time(int times, Call call) throws Exception {
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long t = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  static double percentile(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  static void line(String name, long[] sorted) {
    System.out.printf(Locale.ROOT, "%-40s %5d runs   p50 %9.1f ms   p99 %9.1f ms%n", name, sorted.length,
        percentile(sorted, 0.5), percentile(sorted, 0.99));
  }

  static void ratio(long[] api, long[] sql) {
    System.out.printf(Locale.ROOT, "%-40s p50 %.0fx faster, p99 %.0fx faster%n", "  facts vs scan:",
        percentile(sql, 0.5) / percentile(api, 0.5), percentile(sql, 0.99) / percentile(api, 0.99));
  }

  static void scan(Connection db, String sql, LocalDate from, LocalDate to) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setTimestamp(1, Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()));
      query.setTimestamp(2, Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          rows.getLong(3);
        }
      }
    }
  }

  static String login(HttpClient http, String base, String email) throws Exception {
    String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
        .build());
    int at = body.indexOf("\"token\":\"");
    if (at < 0) {
      throw new IllegalStateException("sign-in failed: " + body);
    }
    return body.substring(at + 9, body.indexOf('"', at + 9));
  }

  static void get(HttpClient http, String url, String token) throws Exception {
    send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
  }

  static String send(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
