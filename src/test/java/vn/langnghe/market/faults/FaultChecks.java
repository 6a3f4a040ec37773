package vn.langnghe.market.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What must hold after a fault, read through the database writer and the APIs once the load of
 * {@link MixedLoad} has stopped: every order the server accepted is there with its amount (lost);
 * nothing was made twice (orders per Idempotency-Key, settled payments per order, ledger lines per
 * shop order and kind, refunds per payment and refunds the VNPay simulator accepted per
 * transaction, parcels per shop order and GHN orders per client order code, mails per recipient
 * and subject); stock is conserved on the run's products; the periodic jobs have caught up (no
 * refund or mail left due, the outbox empty, the latest title of each run product searchable)
 * within a bound.
 *
 * <p>Arguments: baseUrl jdbcUrl user password outDir [waitSeconds] [mailDir]. Prints the findings
 * and one line {@code RESULT lost=… doubled=… stock=… caughtUp=…s}; exits 1 when anything is off.
 */
public final class FaultChecks {

  final String base;
  final Connection db;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  final List<String> problems = new ArrayList<>();
  final String sim = System.getProperty("faults.sim", "");

  FaultChecks(String base, Connection db) {
    this.base = base;
    this.db = db;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[4]);
    int wait = args.length > 5 ? Integer.parseInt(args[5]) : 180;
    Path mail = args.length > 6 && !args[6].isEmpty() ? Path.of(args[6]) : null;
    if (mail != null && !Files.isDirectory(mail)) {
      // a count of 0 from a folder that is not there would read as "no mail sent twice"
      System.out.println("the mail folder " + mail + " does not exist: mails cannot be checked");
      System.exit(2);
    }
    if (mail == null) {
      System.out.println("  no mail folder given: mails sent twice not checked");
    }
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      FaultChecks checks = new FaultChecks(args[0], db);
      String run = Files.readString(out.resolve("run.txt")).strip();
      long caughtUp = checks.waitForJobs(run, wait);
      long lost = checks.lost(out);
      long doubled = checks.doubled(run, mail);
      long stockOff = checks.stock(out, run);
      checks.problems.forEach(p -> System.out.println("  " + p));
      System.out.println("RESULT lost=" + lost + " doubled=" + doubled + " stockOff=" + stockOff
          + " caughtUp=" + (caughtUp < 0 ? "no" : caughtUp + "s"));
      System.exit(lost == 0 && doubled == 0 && stockOff == 0 && caughtUp >= 0 ? 0 : 1);
    }
  }

  /** Seconds until the jobs' work of the run is done (refunds, mails, outbox, index), or -1. */
  long waitForJobs(String run, int seconds) throws Exception {
    long started = System.currentTimeMillis();
    String last = "";
    while (System.currentTimeMillis() - started < seconds * 1000L) {
      long refundsDue = count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
          + " JOIN customer_order o ON o.id = p.order_id JOIN account a ON a.id = o.buyer_account_id"
          + " WHERE a.email LIKE ? AND r.status IN ('DUE', 'SENDING')", "fault-" + run + "-%");
      long mailsDue = count("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
          + " WHERE a.email LIKE ? AND n.email_state = 'PENDING'", "fault-" + run + "-%");
      long outbox = count("SELECT COUNT(*) FROM outbox_event");
      long unsearchable = unsearchableTitles(run);
      last = "refunds due " + refundsDue + ", mails due " + mailsDue + ", outbox " + outbox
          + ", run products whose latest title is not found " + unsearchable;
      if (refundsDue == 0 && mailsDue == 0 && outbox == 0 && unsearchable == 0) {
        return (System.currentTimeMillis() - started) / 1000;
      }
      Thread.sleep(2000);
    }
    problems.add("not caught up after " + seconds + " s: " + last);
    return -1;
  }

  long unsearchableTitles(String run) throws Exception {
    long missing = 0;
    try (PreparedStatement s = db.prepareStatement("SELECT id, title FROM product WHERE title LIKE ?")) {
      s.setString(1, "%thử tải " + run + " số %");
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          String title = rows.getString(2);
          JsonNode found = getJson("/api/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&size=10");
          boolean seen = false;
          for (JsonNode item : found.path("items")) {
            seen |= item.path("id").asLong() == rows.getLong(1) && title.equals(item.path("title").asText());
          }
          missing += seen ? 0 : 1;
        }
      }
    }
    return missing;
  }

  /** Accepted orders absent, or present with another total. */
  long lost(Path out) throws Exception {
    long lost = 0;
    List<String> accepted = Files.readAllLines(out.resolve("orders.tsv"));
    try (PreparedStatement s = db.prepareStatement("SELECT total_vnd FROM customer_order WHERE number = ?")) {
      for (String line : accepted) {
        String[] f = line.split("\t");
        s.setString(1, f[0]);
        try (ResultSet row = s.executeQuery()) {
          if (!row.next() || row.getLong(1) != Long.parseLong(f[1])) {
            lost++;
            problems.add("lost: order " + f[0] + " accepted for " + f[1] + " VND");
          }
        }
      }
    }
    System.out.println("accepted orders: " + accepted.size() + ", lost " + lost);
    return lost;
  }

  long doubled(String run, Path mail) throws Exception {
    String shoppers = "fault-" + run + "-%";
    String ofRun = " JOIN customer_order o ON o.id = %s JOIN account a ON a.id = o.buyer_account_id WHERE a.email LIKE ?";
    Map<String, Long> found = new java.util.LinkedHashMap<>();
    // every checkout of the load carries a key: an order no key answers for, or a key answering
    // for two, is an order made twice
    found.put("orders without their key", count("SELECT COUNT(*) FROM customer_order o"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE a.email LIKE ? AND NOT EXISTS"
        + " (SELECT 1 FROM idempotent_request i WHERE i.account_id = o.buyer_account_id AND i.result_id = o.id)", shoppers));
    found.put("keys answering for two orders", count("SELECT COUNT(*) FROM (SELECT i.idem_key FROM idempotent_request i"
        + " JOIN account a ON a.id = i.account_id WHERE a.email LIKE ? GROUP BY i.account_id, i.scope, i.idem_key"
        + " HAVING COUNT(DISTINCT i.result_id) > 1) d", shoppers));
    found.put("orders settled twice", count("SELECT COUNT(*) FROM (SELECT p.order_id FROM payment p"
        + String.format(ofRun, "p.order_id") + " AND p.status = 'SUCCEEDED' GROUP BY p.order_id HAVING COUNT(*) > 1) d", shoppers));
    found.put("ledger lines twice", count("SELECT COUNT(*) FROM (SELECT l.shop_order_id, l.kind FROM ledger_entry l"
        + String.format(ofRun, "l.order_id") + " GROUP BY l.shop_order_id, l.kind HAVING COUNT(*) > 1) d", shoppers));
    found.put("refunds twice", count("SELECT COUNT(*) FROM (SELECT r.payment_id FROM refund r JOIN payment p ON p.id = r.payment_id"
        + String.format(ofRun, "p.order_id") + " GROUP BY r.payment_id HAVING COUNT(*) > 1) d", shoppers));
    found.put("parcels twice", count("SELECT COUNT(*) FROM (SELECT x.shop_order_id FROM parcel x JOIN shop_order so ON so.id = x.shop_order_id"
        + String.format(ofRun, "so.order_id") + " GROUP BY x.shop_order_id HAVING COUNT(*) > 1) d", shoppers));
    found.put("refunds the gateway took twice", gatewayRefundsTwice(shoppers));
    found.put("GHN orders twice", carrierOrdersTwice(shoppers));
    found.put("mails twice", mail == null ? 0 : mailsTwice(mail, run));
    long total = 0;
    for (Map.Entry<String, Long> e : found.entrySet()) {
      total += e.getValue();
      if (e.getValue() > 0) {
        problems.add("doubled: " + e.getKey() + " " + e.getValue());
      }
    }
    System.out.println("doubled: " + found);
    return total;
  }

  long gatewayRefundsTwice(String shoppers) throws Exception {
    long twice = 0;
    for (String reference : strings("SELECT DISTINCT p.reference FROM refund r JOIN payment p ON p.id = r.payment_id"
        + " JOIN customer_order o ON o.id = p.order_id JOIN account a ON a.id = o.buyer_account_id WHERE a.email LIKE ?", shoppers)) {
      long accepted = 0;
      for (JsonNode seen : getJson(sim + "/api/sandbox/vnpay/refunds/" + reference)) {
        accepted += "00".equals(seen.path("responseCode").asText()) ? 1 : 0;
      }
      if (accepted > 1) {
        twice++;
        problems.add("the VNPay simulator accepted " + accepted + " refunds of " + reference);
      }
    }
    return twice;
  }

  long carrierOrdersTwice(String shoppers) throws Exception {
    long twice = 0;
    for (String code : strings("SELECT x.client_order_code FROM parcel x JOIN shop_order so ON so.id = x.shop_order_id"
        + " JOIN customer_order o ON o.id = so.order_id JOIN account a ON a.id = o.buyer_account_id WHERE a.email LIKE ?", shoppers)) {
      JsonNode codes = getJson(sim + "/api/sandbox/ghn/orders?clientOrderCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
      if (codes.size() > 1) {
        twice++;
        problems.add("GHN holds " + codes.size() + " orders for " + code);
      }
    }
    return twice;
  }

  /** The mail sink's files: one recipient of the run getting the same subject twice. */
  long mailsTwice(Path folder, String run) throws Exception {
    Map<String, Integer> seen = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
        String to = "";
        String subject = "";
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
          if (line.isEmpty()) {
            break;
          }
          if (line.startsWith("To: ")) {
            to = line.substring(4);
          } else if (line.startsWith("Subject: ")) {
            subject = line.substring(9);
          }
        }
        if (to.contains("fault-" + run + "-")) {
          seen.merge(to + " | " + subject, 1, Integer::sum);
        }
      }
    }
    return seen.values().stream().filter(n -> n > 1).count();
  }

  /**
   * Per run SKU: units that left the shelf (start − on hand) equal the units of the parts whose
   * stock was sold and not put back, and the reservation equals the units of parts still holding.
   */
  long stock(Path out, String run) throws Exception {
    long off = 0;
    for (String line : Files.readAllLines(out.resolve("products.tsv"))) {
      String[] f = line.split("\t");
      String sku = f[1];
      long start = Long.parseLong(f[2]);
      long onHand = 0;
      long reserved = 0;
      try (PreparedStatement s = db.prepareStatement("SELECT on_hand, reserved FROM variant WHERE sku = ?")) {
        s.setString(1, sku);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          onHand = row.getLong(1);
          reserved = row.getLong(2);
        }
      }
      Map<String, Long> byState = new java.util.TreeMap<>();
      try (PreparedStatement s = db.prepareStatement("SELECT so.status, o.payment_method, SUM(l.quantity)"
          + " FROM order_line l JOIN shop_order so ON so.id = l.shop_order_id JOIN customer_order o ON o.id = so.order_id"
          + " WHERE l.sku = ? GROUP BY so.status, o.payment_method")) {
        s.setString(1, sku);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            byState.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
          }
        }
      }
      long sold = 0;
      long held = 0;
      for (Map.Entry<String, Long> e : byState.entrySet()) {
        String status = e.getKey().split("/")[0];
        boolean cod = e.getKey().endsWith("/COD");
        switch (status) {
          case "PENDING_PAYMENT", "CASH_ON_DELIVERY" -> held += e.getValue();
          case "PAID", "SHIPPED", "DELIVERED" -> sold += e.getValue();
          case "CONFIRMED" -> {
            if (cod) {
              held += e.getValue();
            } else {
              sold += e.getValue();
            }
          }
          default -> { } // cancelled, expired, returned: back on the shelf or never taken
        }
      }
      boolean conserved = start - onHand == sold && reserved == held;
      if (!conserved) {
        off++;
        problems.add("stock of " + sku + ": started " + start + ", on hand " + onHand + ", reserved " + reserved
            + "; parts by state " + byState);
      }
    }
    return off;
  }

  long count(String sql, String... params) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  List<String> strings(String sql, String param) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  JsonNode getJson(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return MixedLoad.JSON.readTree(r.statusCode() == 200 ? r.body() : "[]");
  }
}
