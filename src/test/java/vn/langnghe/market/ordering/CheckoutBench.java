package vn.langnghe.market.ordering;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/checkout.sh's load: {@code threads} shoppers check out two items from two shops each, as
 * fast as they can, first through POST /api/checkout, then as the same work in plain JDBC (the
 * reads of the SKUs and the commune, the conditional stock updates and every insert a checkout
 * makes) straight against the same MariaDB. Prints orders/s, p50 and p99 of both.
 *
 * <p>Arguments: baseUrl jdbcUrl user password seconds threads warmupSeconds [name=pid …]. Each
 * {@code name=pid} (the server, the database) also gets its CPU time per order in the API turns
 * and in the JDBC turns, read from {@code /proc}: on a shared machine throughput swings with the
 * neighbours' load, CPU per order much less. The database's statement counters are read around
 * every turn too, so each side's statements per order are printed beside it.
 */
public final class CheckoutBench {

  record Sku(long variantId, long productId, String sku, long shopId, String shopName, String title,
      long priceVnd, int weightGrams) {}

  record Result(long orders, long errors, double seconds, long[] latenciesNanos, String firstError) {
    static final Result NONE = new Result(0, 0, 0, new long[0], null);

    Result plus(Result more) {
      long[] all = Arrays.copyOf(latenciesNanos, latenciesNanos.length + more.latenciesNanos.length);
      System.arraycopy(more.latenciesNanos, 0, all, latenciesNanos.length, more.latenciesNanos.length);
      return new Result(orders + more.orders, errors + more.errors, seconds + more.seconds, all,
          firstError != null ? firstError : more.firstError);
    }

    String line(String name) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "%-28s %7d orders in %4.1f s = %7.1f orders/s   p50 %6.1f ms   p99 %6.1f ms   errors %d",
          name, orders, seconds, orders / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), errors)
          + (firstError == null ? "" : "\n    first error: " + firstError);
    }
  }

  static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbcUrl = args[1];
    String user = args[2];
    String password = args[3];
    int seconds = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    int warmup = Integer.parseInt(args[6]);
    List<Watched> watched = new ArrayList<>();
    watched.add(new Watched("client", ProcessHandle.current().pid()));
    for (int i = 7; i < args.length; i++) {
      String[] named = args[i].split("=", 2);
      watched.add(new Watched(named[0], Long.parseLong(named[1])));
    }

    List<Sku> skus = skus(jdbcUrl, user, password);
    // shoppers all over the country, so the carrier is asked for routes it has not priced yet;
    // with a quote, as the checkout page goes: quote, then the checkout naming it
    boolean quoted = Boolean.parseBoolean(System.getProperty("bench.quote", "false"));
    List<String> communes = communes(jdbcUrl, user, password);
    // bench.destinations=N: only the first N communes (a carrier's answers then come from the cache)
    int only = Integer.getInteger("bench.destinations", 0);
    List<String> destinations = only > 0 && only < communes.size() ? communes.subList(0, only) : communes;
    List<String> tokens = shoppers(base, threads);
    System.out.println(skus.size() + " SKUs in " + skus.stream().map(Sku::shopId).distinct().count()
        + " shops, " + tokens.size() + " shoppers; warming up for " + warmup + " s (API) …");
    // HTTP/1.1: every shopper on a connection of their own, as browsers of different people are
    // (Java's client would otherwise multiplex all of them over one upgraded HTTP/2 connection)
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Side api = quoted
        ? new Side("quote, then POST /api/checkout",
            s -> run(threads, s, i -> () -> viaQuote(http, base, tokens.get(i), skus, destinations)))
        : new Side("POST /api/checkout",
            s -> run(threads, s, i -> () -> viaApi(http, base, tokens.get(i), skus, destinations)));
    System.out.println((quoted ? "quote, then checkout" : "checkout") + " to " + destinations.size()
        + " communes; the carrier's simulator prices each shop's parcel");
    Side jdbc = new Side("plain JDBC, same work",
        s -> jdbcRun(threads, s, jdbcUrl, user, password, skus));
    try (Connection status = DriverManager.getConnection(jdbcUrl, user, password)) {
      // on two shared cores the server's JIT keeps compiling for minutes under this load: its
      // CPU per order fell from 10-14 ms in the first 20 s to 2.4-3.7 ms, by steps, after 140-160
      // s of API turns (a 20 s warm-up measured mostly the compiler). Warm-up turns, each printed,
      // so one sees the figures level out before the measured turns; JDBC's are half as long
      // (the client's JDBC path and MariaDB are level after 30-40 s of them)
      for (int turn = 1; warmup > 0; turn++, warmup -= WARMUP_TURN) {
        int s = Math.min(WARMUP_TURN, warmup);
        System.out.println("  warm-up " + turn + ": " + api.turn(s, watched, status).line(watched)
            + "  |  JDBC " + jdbc.turn(Math.max(1, s / 2), watched, status).line(watched));
      }
      // three rounds of each, taking turns, so both meet the same background work (the outbox
      // drainer, MariaDB's purge) rather than one finding what the other left behind
      Measured apiTotal = Measured.NONE;
      Measured jdbcTotal = Measured.NONE;
      for (int round = 0; round < 3; round++) {
        apiTotal = apiTotal.plus(api.turn(seconds / 3, watched, status));
        jdbcTotal = jdbcTotal.plus(jdbc.turn(seconds / 3, watched, status));
      }
      System.out.println(apiTotal.result().line(api.name()));
      System.out.println(jdbcTotal.result().line(jdbc.name()));
      System.out.printf(Locale.ROOT, "throughput ratio API / JDBC: %.2f%n",
          (apiTotal.result().orders() / apiTotal.result().seconds())
              / (jdbcTotal.result().orders() / jdbcTotal.result().seconds()));
      System.out.println("CPU per order (ms), API turns: " + apiTotal.perOrder(watched)
          + "; JDBC turns: " + jdbcTotal.perOrder(watched));
      System.out.println("statements per order, API turns: " + apiTotal.statementsPerOrder()
          + "; JDBC turns: " + jdbcTotal.statementsPerOrder());
    }
  }

  private static final int WARMUP_TURN = 20;

  /** The database's statement counters read around each turn (global: background work included). */
  static final List<String> STATEMENTS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
      "Com_delete", "Com_set_option", "Com_commit", "Com_rollback");

  static long[] statements(Connection db) throws SQLException {
    long[] counts = new long[STATEMENTS.size()];
    try (ResultSet rows = db.createStatement().executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
        + String.join("','", STATEMENTS) + "')")) {
      while (rows.next()) {
        counts[STATEMENTS.indexOf(rows.getString(1))] = rows.getLong(2);
      }
    }
    return counts;
  }

  interface Load {
    Result run(int seconds) throws Exception;
  }

  /** One side of the comparison: its load, run a turn at a time. */
  record Side(String name, Load load) {
    Measured turn(int seconds, List<Watched> processes, Connection status) throws Exception {
      long[] ticks = ticks(processes);
      long[] counted = statements(status);
      Result result = load.run(seconds);
      long[] ticksAfter = ticks(processes);
      long[] countedAfter = statements(status);
      for (int w = 0; w < ticks.length; w++) {
        ticks[w] = ticksAfter[w] - ticks[w];
      }
      for (int c = 0; c < counted.length; c++) {
        counted[c] = countedAfter[c] - counted[c];
      }
      return new Measured(result, ticks, counted);
    }
  }

  /** A side's orders with the CPU ticks of each watched process and the statements they took. */
  record Measured(Result result, long[] ticks, long[] statements) {
    static final Measured NONE = new Measured(Result.NONE, new long[0], new long[0]);

    Measured plus(Measured more) {
      return new Measured(result.plus(more.result), sum(ticks, more.ticks), sum(statements, more.statements));
    }

    private static long[] sum(long[] a, long[] b) {
      long[] sum = Arrays.copyOf(b, b.length);
      for (int i = 0; i < a.length; i++) {
        sum[i] += a[i];
      }
      return sum;
    }

    String perOrder(List<Watched> watched) {
      return CheckoutBench.perOrder(watched, ticks, result.orders());
    }

    String statementsPerOrder() {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < statements.length; c++) {
        parts.add(String.format(Locale.ROOT, "%s %.2f", STATEMENTS.get(c),
            result.orders() == 0 ? 0 : (double) statements[c] / result.orders()));
      }
      return String.join(", ", parts);
    }

    /** A warm-up turn in one line: orders/s, CPU and statements per order. */
    String line(List<Watched> watched) {
      return String.format(Locale.ROOT, "%6.1f orders/s, CPU/order %s, statements/order %.1f",
          result.orders() / result.seconds(), perOrder(watched),
          result.orders() == 0 ? 0 : (double) statements[0] / result.orders());
    }
  }

  /** A process whose CPU time is counted. */
  record Watched(String name, long pid) {}

  /** The kernel counts CPU time in clock ticks of 10 ms (USER_HZ, 100 on Linux). */
  private static final double MS_PER_TICK = 10;

  /** User + system CPU ticks of each watched process so far (fields 14 and 15 of /proc/pid/stat). */
  static long[] ticks(List<Watched> watched) throws java.io.IOException {
    long[] ticks = new long[watched.size()];
    for (int w = 0; w < ticks.length; w++) {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + watched.get(w).pid() + "/stat"));
      // the command name (field 2) may hold spaces: count fields from its closing parenthesis
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      ticks[w] = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
    return ticks;
  }

  static String perOrder(List<Watched> watched, long[] ticks, long orders) {
    List<String> parts = new ArrayList<>();
    for (int w = 0; w < ticks.length; w++) {
      parts.add(String.format(Locale.ROOT, "%s %.2f", watched.get(w).name(),
          orders == 0 ? 0 : ticks[w] * MS_PER_TICK / orders));
    }
    return String.join(", ", parts);
  }

  static Result jdbcRun(int threads, int seconds, String jdbcUrl, String user, String password,
      List<Sku> skus) throws Exception {
    return run(threads, seconds, i -> {
      Connection db = connect(jdbcUrl, user, password);
      // deadlock victims run again, as the application's LockContention does
      return () -> {
        for (int attempt = 1; ; attempt++) {
          try {
            return viaJdbc(db, skus);
          } catch (SQLException e) {
            if (attempt == 5 || !"40001".equals(e.getSQLState())) {
              throw e;
            }
          }
        }
      };
    });
  }

  interface Attempt {
    boolean run() throws Exception;
  }

  interface AttemptFactory {
    Attempt make(int thread) throws Exception;
  }

  static Result run(int threads, int seconds, AttemptFactory factory) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong errors = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long started = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Attempt attempt = factory.make(t);
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = attempt.run();
          } catch (Exception e) {
            firstError.compareAndSet(null, e.toString());
            ok = false;
          }
          if (!ok) {
            errors.incrementAndGet();
            continue;
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
    return new Result(merged.length, errors.get(), elapsed, merged, firstError.get());
  }

  /** Two SKUs of two different shops. */
  static Sku[] pick(List<Sku> skus) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Sku first = skus.get(random.nextInt(skus.size()));
    Sku second;
    do {
      second = skus.get(random.nextInt(skus.size()));
    } while (second.shopId() == first.shopId());
    return new Sku[] {first, second};
  }

  static boolean viaApi(HttpClient http, String base, String token, List<Sku> skus,
      List<String> destinations) throws Exception {
    Sku[] two = pick(skus);
    String commune = destinations.get(ThreadLocalRandom.current().nextInt(destinations.size()));
    String body = "{\"lines\":[{\"sku\":\"" + two[0].sku() + "\",\"quantity\":1},{\"sku\":\"" + two[1].sku()
        + "\",\"quantity\":1}],\"shippingAddress\":{\"name\":\"Khách đo tải\",\"phone\":\"0912345678\","
        + "\"line1\":\"Số 1\",\"communeCode\":\"" + commune + "\"},\"paymentMethod\":\"VNPAY\"}";
return send(http, base + "/api/checkout", token, body).statusCode() == 201;
  }

  private static final Pattern QUOTE_ID = Pattern.compile("\"quoteId\"\\s*:\\s*\"([^\"]+)\"");

  /** The checkout page's way: a quote for the lines and address, then the checkout charging it. */
  static boolean viaQuote(HttpClient http, String base, String token, List<Sku> skus,
      List<String> destinations) throws Exception {
    Sku[] two = pick(skus);
    String commune = destinations.get(ThreadLocalRandom.current().nextInt(destinations.size()));
    String order = "\"lines\":[{\"sku\":\"" + two[0].sku() + "\",\"quantity\":1},{\"sku\":\"" + two[1].sku()
        + "\",\"quantity\":1}],\"shippingAddress\":{\"name\":\"Khách đo tải\",\"phone\":\"0912345678\","
        + "\"line1\":\"Số 1\",\"communeCode\":\"" + commune + "\"}";
    HttpResponse<String> quote = send(http, base + "/api/checkout/quote", token, "{" + order + "}");
    Matcher id = QUOTE_ID.matcher(quote.body());
    if (quote.statusCode() != 200 || !id.find()) {
      return false;
    }
    return send(http, base + "/api/checkout", token,
        "{" + order + ",\"paymentMethod\":\"VNPAY\",\"quoteId\":\"" + id.group(1) + "\"}").statusCode() == 201;
  }

  private static HttpResponse<String> send(HttpClient http, String url, String token, String body)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every commune in force: where the bench's shoppers live. */
  static List<String> communes(String url, String user, String password) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url, user, password);
        ResultSet rows = db.createStatement().executeQuery("SELECT code FROM administrative_unit"
            + " WHERE unit_level = 'COMMUNE' AND valid_from IS NOT NULL AND valid_to IS NULL")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  /** The checkout's reads, conditional updates and inserts, without the application around them. */
  static boolean viaJdbc(Connection db, List<Sku> skus) throws SQLException {
    Sku[] two = pick(skus);
    Arrays.sort(two, Comparator.comparingLong(Sku::variantId));
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    // due in 15 minutes as the application's orders are, so the expiry job leaves them alone
    Timestamp due = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(15));
    try {
      try (PreparedStatement read = db.prepareStatement("SELECT v.id, v.price_vnd, v.weight_grams, p.status, s.status"
          + " FROM variant v JOIN product p ON p.id = v.product_id JOIN shop s ON s.id = p.shop_id WHERE v.sku IN (?, ?)")) {
        read.setString(1, two[0].sku());
        read.setString(2, two[1].sku());
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            rows.getLong(2);
          }
        }
      }
      try (PreparedStatement commune = db.prepareStatement(
          "SELECT id, parent_id FROM administrative_unit WHERE code = ? AND (valid_to IS NULL OR valid_to > CURDATE())")) {
        commune.setString(1, "13093");
        commune.executeQuery().close();
      }
      long items = two[0].priceVnd() + two[1].priceVnd();
      long orderId;
      try (PreparedStatement order = db.prepareStatement("INSERT INTO customer_order (number, buyer_account_id, status,"
          + " recipient_name, recipient_phone, address_line, commune_code, commune_name, province_name, payment_method,"
          + " items_total_vnd, shipping_total_vnd, total_vnd, created_at, payment_due_at, version)"
          + " VALUES (?, 1, 'PENDING_PAYMENT', 'Khách đo tải', '0912345678', 'Số 1', '13093', 'Xã Trà Giang',"
          + " 'Tỉnh Hưng Yên', 'VNPAY', ?, 44000, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
        order.setString(1, Checkout.newNumber(now.toInstant()));
        order.setLong(2, items);
        order.setLong(3, items + 44_000);
        order.setTimestamp(4, now);
        order.setTimestamp(5, due);
        order.executeUpdate();
        orderId = generated(order);
      }
      for (Sku s : two) {
        long partId;
        try (PreparedStatement part = db.prepareStatement("INSERT INTO shop_order (order_id, shop_id, shop_name, status,"
            + " items_total_vnd, shipping_vnd, weight_grams, updated_at, version) VALUES (?, ?, ?, 'PENDING_PAYMENT', ?, 22000, ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
          part.setLong(1, orderId);
          part.setLong(2, s.shopId());
          part.setString(3, s.shopName());
          part.setLong(4, s.priceVnd());
          part.setInt(5, s.weightGrams());
          part.setTimestamp(6, now);
          part.executeUpdate();
          partId = generated(part);
        }
        try (PreparedStatement line = db.prepareStatement("INSERT INTO order_line (shop_order_id, variant_id, product_id,"
            + " sku, title, options_text, unit_price_vnd, quantity, line_total_vnd) VALUES (?, ?, ?, ?, ?, '', ?, 1, ?)")) {
          line.setLong(1, partId);
          line.setLong(2, s.variantId());
          line.setLong(3, s.productId());
          line.setString(4, s.sku());
          line.setString(5, s.title());
          line.setLong(6, s.priceVnd());
          line.setLong(7, s.priceVnd());
          line.executeUpdate();
        }
      }
      try (PreparedStatement audit = db.prepareStatement("INSERT INTO order_status_change (order_id, to_status,"
          + " actor_role, reason, changed_at) VALUES (?, 'PENDING_PAYMENT', 'SHOPPER', 'checkout', ?)")) {
        audit.setLong(1, orderId);
        audit.setTimestamp(2, now);
        audit.executeUpdate();
      }
      try (PreparedStatement payment = db.prepareStatement("INSERT INTO payment (order_id, method, amount_vnd, status,"
          + " reference, created_at, expires_at, version) VALUES (?, 'VNPAY', ?, 'PENDING', ?, ?, ?, 1)")) {
        payment.setLong(1, orderId);
        payment.setLong(2, items + 44_000);
        payment.setString(3, "JDBC-" + orderId + "-1");
        payment.setTimestamp(4, now);
        payment.setTimestamp(5, due);
        payment.executeUpdate();
      }
      // stock last, as the application does: row locks held only until the commit
      for (Sku s : two) {
        try (PreparedStatement reserve = db.prepareStatement("UPDATE variant SET reserved = reserved + 1"
            + " WHERE id = ? AND retired = FALSE AND on_hand - reserved >= 1")) {
          reserve.setLong(1, s.variantId());
          if (reserve.executeUpdate() != 1) {
            db.rollback();
            return false;
          }
        }
      }
      try (PreparedStatement available = db.prepareStatement(
          "SELECT id, on_hand - reserved FROM variant WHERE id IN (?, ?)")) {
        available.setLong(1, two[0].variantId());
        available.setLong(2, two[1].variantId());
        available.executeQuery().close();
      }
      db.commit();
      return true;
    } catch (SQLException e) {
      db.rollback();
      throw e;
    }
  }

  static long generated(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  static Connection connect(String url, String user, String password) throws SQLException {
    Connection db = DriverManager.getConnection(url, user, password);
    db.setAutoCommit(false);
    db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return db;
  }

  static List<Sku> skus(String url, String user, String password) throws SQLException {
    List<Sku> skus = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url, user, password);
        ResultSet rows = db.createStatement().executeQuery("SELECT v.id, p.id, v.sku, s.id, s.name, p.title,"
            + " v.price_vnd, v.weight_grams FROM variant v JOIN product p ON p.id = v.product_id"
            + " JOIN shop s ON s.id = p.shop_id WHERE v.sku LIKE 'CB-%'")) {
      while (rows.next()) {
        skus.add(new Sku(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4),
            rows.getString(5), rows.getString(6), rows.getLong(7), rows.getInt(8)));
      }
    }
    return skus;
  }

  /** Registers and signs in the bench's shoppers, two at a time. */
  static List<String> shoppers(String base, int count) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "bench-shopper-" + i + "-" + System.nanoTime() + "@bench.langnghe.vn";
      tokens.add(pool.submit(() -> {
        post(http, base + "/api/auth/register", "{\"email\":\"" + email + "\",\"password\":\"LangNghe@2026\","
            + "\"displayName\":\"Khách đo tải\",\"role\":\"SHOPPER\"}");
        String login = post(http, base + "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"LangNghe@2026\"}");
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
          throw new IllegalStateException("no token: " + login);
        }
        return token.group(1);
      }));
    }
    List<String> result = new ArrayList<>();
    for (Future<String> token : tokens) {
      result.add(token.get());
    }
    pool.shutdown();
    return result;
  }

  static String post(HttpClient http, String url, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private CheckoutBench() {}
}
