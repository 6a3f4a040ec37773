package vn.langnghe.market.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.langnghe.market.payment.vnpay.VnpayFormats;
import vn.langnghe.market.payment.vnpay.VnpaySignature;

/**
 * bench/ipn.sh's load: VNPay IPNs for the generated pending payments, signed with the demo
 * terminal's secret exactly as VNPay signs them, sent by {@code threads} callers at once. Three
 * rounds: forged (97), first delivery (00, the order is settled), repeat (02). Prints
 * callbacks/s, p50 and p99 of each, and what the answers were.
 *
 * <p>Arguments: baseUrl jdbcUrl user password threads hashSecret.
 */
public final class IpnBench {

  record Payment(String reference, long amountVnd) {}

  record Round(String name, int callbacks, double seconds, long[] latenciesNanos, Map<String, Integer> answers) {
    String line() {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "%-34s %6d callbacks in %5.1f s = %7.1f /s   p50 %6.1f ms   p99 %6.1f ms   answers %s",
          name, callbacks, seconds, callbacks / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), answers);
    }
  }

  static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int threads = Integer.parseInt(args[4]);
    VnpaySignature signature = new VnpaySignature(args[5]);
    List<Payment> payments = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
        Statement query = db.createStatement();
        ResultSet rows = query.executeQuery(
            "SELECT reference, amount_vnd FROM payment WHERE reference LIKE 'LNBENCH-%' ORDER BY id")) {
      while (rows.next()) {
        payments.add(new Payment(rows.getString(1), rows.getLong(2)));
      }
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> genuine = payments.stream().map(p -> ipnQuery(signature, p)).toList();
    List<String> forged = genuine.stream().map(q -> q.replaceFirst("vnp_Amount=[0-9]+", "vnp_Amount=100")).toList();
    System.out.println(payments.size() + " pending VNPay payments, " + threads + " concurrent callers");

    run("warm-up (forged, then discarded)", forged, http, base, threads);
    List<Round> rounds = List.of(
        run("forged signature (97)", forged, http, base, threads),
        run("first delivery, settles (00)", genuine, http, base, threads),
        run("repeat delivery (02)", genuine, http, base, threads));
    System.out.println();
    rounds.forEach(r -> System.out.println(r.line()));
  }

  static String ipnQuery(VnpaySignature signature, Payment payment) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("vnp_Amount", Long.toString(VnpayFormats.amount(payment.amountVnd())));
    f.put("vnp_BankCode", "NCB");
    f.put("vnp_BankTranNo", "VNP" + payment.reference().hashCode());
    f.put("vnp_CardType", "ATM");
    f.put("vnp_OrderInfo", "Thanh toan don hang " + payment.reference());
    f.put("vnp_PayDate", VnpayFormats.date(Instant.now()));
    f.put("vnp_ResponseCode", "00");
    f.put("vnp_TmnCode", "LANGNGHE");
    f.put("vnp_TransactionNo", Integer.toString(Math.abs(payment.reference().hashCode())));
    f.put("vnp_TransactionStatus", "00");
    f.put("vnp_TxnRef", payment.reference());
    return signature.signedQuery(f);
  }

  static Round run(String name, List<String> queries, HttpClient http, String base, int threads) throws Exception {
    long[] latencies = new long[queries.size()];
    AtomicInteger next = new AtomicInteger();
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    Function<String, String> code = body -> {
      int at = body.indexOf("\"RspCode\":\"");
      return at < 0 ? "HTTP?" : body.substring(at + 11, at + 13);
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> callers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      callers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/payments/vnpay/ipn?" + queries.get(i))).GET().build();
          long t0 = System.nanoTime();
          String answer;
          try {
            answer = code.apply(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
          } catch (Exception e) {
            answer = "error";
          }
          latencies[i] = System.nanoTime() - t0;
          answers.merge(answer, 1, Integer::sum);
        }
        return null;
      }));
    }
    for (Future<?> caller : callers) {
      caller.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    return new Round(name, queries.size(), seconds, latencies, new TreeMap<>(answers));
  }
}
