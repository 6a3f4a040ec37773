package vn.langnghe.market.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * bench/faults.sh's and bench/soak.sh's load: {@code users} virtual users for a bounded time,
 * each round browsing (a product and a shop page, server-rendered), searching, checking out one
 * of the run's own products (quote, then the checkout with an Idempotency-Key; VNPay or cash on
 * delivery), paying through the VNPay simulator (whose IPN then reaches us), now and then
 * cancelling a paid order (a refund the refund job must send once), and the artisan confirming
 * and shipping paid parts with GHN and the simulator moving the parcel to delivered (carrier
 * webhooks), and editing a product's title and price.
 *
 * <p>Every request's outcome is counted by kind; what is safe to retry (reads, anything carrying
 * an Idempotency-Key, state changes whose repeat answers 409 once done) is retried on 503,
 * timeouts and refused connections, honouring Retry-After. Every order the server accepted is
 * written to {@code orders.tsv}, every round to {@code rounds.tsv} (start, end, all steps
 * succeeded), the run's products to {@code products.tsv}, so that {@link FaultChecks} can look
 * for lost and doubled work afterwards and the script can tell the recovery time.
 *
 * <p>Arguments: baseUrl seconds users outDir [windowSeconds]. With a window, a line
 * {@code WINDOW <epoch s> <requests> <p99 ms> <errors>} is printed at the end of each (the soak).
 * System properties: {@code faults.ghn=false} leaves shipping out (no carrier simulator);
 * {@code faults.sim=http://host:port} where the simulators answer, when not at baseUrl.
 */
public final class MixedLoad {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "LangNghe@2026";
  static final String ARTISAN = "artisan@demo.langnghe.vn";
  static final int PRODUCTS = 4;
  static final int START_ON_HAND = 100_000;

  /** How one HTTP exchange ended. */
  enum Kind { OK_2XX, CLIENT_4XX, UNAVAILABLE_503_RETRY_AFTER, UNAVAILABLE_503_BARE, SERVER_5XX, TIMEOUT, CONNECTION }

  record Reply(int status, String body, Kind kind) {
    boolean ok() {
      return kind == Kind.OK_2XX;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }
  }

  final String base;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();
  final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);
  final AtomicLong failedSteps = new AtomicLong();
  final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> fiveHundreds = new ConcurrentLinkedQueue<>();
  final PrintWriter orders;
  final PrintWriter rounds;
  final boolean shipping = Boolean.parseBoolean(System.getProperty("faults.ghn", "true"));
  /** Where the simulators answer (faults.sim; the marketplace itself in a single-node run). */
  final String sim = System.getProperty("faults.sim", "");
  final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

  List<String> productSlugs = List.of();
  List<String> shopSlugs = List.of();
  List<Long> ownProducts = new ArrayList<>();
  List<String> ownSkus = new ArrayList<>();
  String artisanToken;
  final ConcurrentLinkedQueue<long[]> toShip = new ConcurrentLinkedQueue<>();

  MixedLoad(String base, Path out) throws IOException {
    this.base = base;
    Files.createDirectories(out);
    orders = new PrintWriter(Files.newBufferedWriter(out.resolve("orders.tsv")), true);
    rounds = new PrintWriter(Files.newBufferedWriter(out.resolve("rounds.tsv")), true);
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int seconds = Integer.parseInt(args[1]);
    int users = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    int window = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    MixedLoad load = new MixedLoad(base, out);
    load.setUp(out, users);
    System.out.println("load: " + users + " users for " + seconds + " s against " + base);
    List<String> tokens = load.shoppers;
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long end = System.currentTimeMillis() + seconds * 1000L;
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      String token = tokens.get(u);
      running.add(pool.submit(() -> {
        while (System.currentTimeMillis() < end) {
          load.round(token);
        }
        return null;
      }));
    }
    if (window > 0) {
      while (System.currentTimeMillis() < end) {
        Thread.sleep(Math.min(window * 1000L, Math.max(1, end - System.currentTimeMillis())));
        load.printWindow();
      }
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    load.orders.close();
    load.rounds.close();
    load.printTotals();
  }

  List<String> shoppers = new ArrayList<>();

  /** The run's products in the demo artisan's shop and its shoppers; what browsing picks from. */
  void setUp(Path out, int users) throws Exception {
    artisanToken = signIn(ARTISAN);
    JsonNode found = until("search", () -> get("/api/search?q=&size=100", null)).json();
    List<String> slugs = new ArrayList<>();
    List<String> shops = new ArrayList<>();
    found.path("items").forEach(i -> slugs.add(i.path("slug").asText()));
    JsonNode me = until("me", () -> get("/api/me", artisanToken)).json();
    try (PrintWriter products = new PrintWriter(Files.newBufferedWriter(out.resolve("products.tsv")))) {
      for (int p = 0; p < PRODUCTS; p++) {
        String sku = "FLT-" + run + "-" + p;
        String body = JSON.writeValueAsString(Map.of("title", "Bình gốm thử tải " + run + " số " + p,
            "description", "<p>Sản phẩm của bài thử lỗi.</p>", "status", "ACTIVE",
            "variants", List.of(Map.of("sku", sku, "priceVnd", 150_000 + p * 10_000,
                "onHand", START_ON_HAND, "weightGrams", 400))));
        String key = "setup-" + run + "-" + p;
        JsonNode made = until("create product", () -> send("POST", "/api/my/products", artisanToken, body, key)).json();
        ownProducts.add(made.path("id").asLong());
        slugs.add(made.path("slug").asText());
        ownSkus.add(sku);
        shops.add(made.path("shop").path("slug").asText(""));
        products.println(made.path("id").asLong() + "\t" + sku + "\t" + START_ON_HAND + "\t" + run);
      }
    }
    productSlugs = slugs.stream().filter(x -> !x.isEmpty()).toList();
    shopSlugs = shops.stream().filter(s -> !s.isEmpty()).distinct().toList();
    if (shopSlugs.isEmpty()) {
      String slug = me.path("shop").path("slug").asText(me.path("shopSlug").asText(""));
      if (!slug.isEmpty()) {
        shopSlugs = List.of(slug);
      }
    }
    for (int u = 0; u < users; u++) {
      String email = "fault-" + run + "-" + u + "@bench.langnghe.vn";
      String register = JSON.writeValueAsString(Map.of("email", email, "password", PASSWORD,
          "displayName", "Khách thử lỗi", "role", "SHOPPER"));
      until("register", () -> {
        Reply r = send("POST", "/api/auth/register", null, register, null);
        return r.status() == 409 ? new Reply(201, "", Kind.OK_2XX) : r;
      });
      shoppers.add(signIn(email));
    }
    Files.writeString(out.resolve("run.txt"), run + "\n");
  }

  String signIn(String email) throws Exception {
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    return until("sign in", () -> send("POST", "/api/auth/login", null, body, null)).json().path("token").asText();
  }

  interface Call {
    Reply call() throws Exception;
  }

  /** Set-up steps wait out a fault: they are not what is measured. */
  Reply until(String what, Call call) throws Exception {
    for (int attempt = 1; ; attempt++) {
      Reply r = call.call();
      if (r.ok()) {
        return r;
      }
      if (attempt == 60) {
        throw new IllegalStateException(what + " failed: " + r.status() + " " + r.body());
      }
      Thread.sleep(1000);
    }
  }

  /** One virtual user's round; true when every step ended well (after the retries allowed). */
  void round(String token) {
    long started = System.currentTimeMillis();
    boolean ok = true;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try {
      ok &= step(retried(() -> get("/san-pham/" + pick(productSlugs), null)));
      if (!shopSlugs.isEmpty()) {
        ok &= step(retried(() -> get("/xuong/" + pick(shopSlugs), null)));
      }
      String q = pick(List.of("bạc", "gốm", "dong xam", "chiếu cói", "lụa", "thử tải"));
      ok &= step(retried(() -> get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null)));
      ok &= checkout(token, random.nextInt(3) == 0 ? "COD" : "VNPAY");
      if (random.nextInt(4) == 0) {
        ok &= artisanEdit();
      }
      ok &= shipSome();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    } catch (Exception e) {
      ok = false;
      failedSteps.incrementAndGet();
    }
    synchronized (rounds) {
      rounds.println(started + "\t" + System.currentTimeMillis() + "\t" + (ok ? 1 : 0));
    }
  }

  boolean step(Reply r) {
    if (!r.ok()) {
      failedSteps.incrementAndGet();
    }
    return r.ok();
  }

  /** Quote, checkout under one Idempotency-Key (retried with it), pay, sometimes cancel. */
  boolean checkout(String token, String method) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String sku = pick(ownSkus);
    int quantity = 1 + random.nextInt(2);
    String order = "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],"
        + "\"shippingAddress\":{\"name\":\"Khách thử lỗi\",\"phone\":\"0912345678\","
        + "\"line1\":\"Số 5, thôn Đồng Xâm\",\"communeCode\":\"13093\"}";
    Reply quote = retried(() -> send("POST", "/api/checkout/quote", token, "{" + order + "}", null));
    if (!step(quote)) {
      return false;
    }
    String body = "{" + order + ",\"paymentMethod\":\"" + method + "\",\"quoteId\":\""
        + quote.json().path("quoteId").asText() + "\"}";
    String key = UUID.randomUUID().toString();
    Reply placed = placedOnce(() -> send("POST", "/api/checkout", token, body, key));
    if (quoteChanged(placed)) {
      // the price moved between quote and checkout (an artisan edit): the shop refuses, rightly
      return true;
    }
    if (!step(placed)) {
      return false;
    }
    JsonNode o = placed.json();
    String number = o.path("orderNumber").asText();
    synchronized (orders) {
      orders.println(number + "\t" + o.path("totalVnd").asLong() + "\t" + method + "\t" + key + "\t"
          + sku + "\t" + quantity);
    }
    if (!"VNPAY".equals(method)) {
      return true;
    }
    String redirect = o.path("payment").path("redirectUrl").asText();
    String query = redirect.substring(redirect.indexOf('?') + 1);
    Reply paid = retried(() -> {
      Reply r = send("POST", sim + "/api/sandbox/vnpay/payment?" + query, null,
          "{\"bankCode\":\"NCB\",\"action\":\"PAY\"}", null);
      if (r.status() == 422 || r.status() == 409) {
        // an earlier attempt reached the simulator: VNPay sends its IPN again instead
        String txn = queryParam(query, "vnp_TxnRef");
        return send("POST", sim + "/api/sandbox/vnpay/ipn/" + txn + "/resend", null, "", null);
      }
      return r;
    });
    if (!step(paid)) {
      return false;
    }
    if (random.nextInt(6) == 0) {
      Reply cancelled = retried(() -> {
        Reply r = send("POST", "/api/orders/" + number + "/cancel", token, "{}", null);
        return r.status() == 409 ? new Reply(200, r.body(), Kind.OK_2XX) : r;
      });
      return step(cancelled);
    }
    long shopOrder = o.path("shopOrders").path(0).path("id").asLong();
    if (shipping && shopOrder > 0 && toShip.size() < 200) {
      toShip.add(new long[] {shopOrder});
      orderNumbers.put(shopOrder, number);
    }
    return true;
  }

  final Map<Long, String> orderNumbers = new java.util.concurrent.ConcurrentHashMap<>();

  /** The artisan confirms and ships one paid part with GHN; the carrier moves it to delivered. */
  boolean shipSome() throws Exception {
    long[] part = toShip.poll();
    if (part == null) {
      return true;
    }
    long id = part[0];
    String number = orderNumbers.remove(id);
    Reply confirmed = retried(() -> {
      Reply r = send("POST", "/api/my/orders/" + id + "/confirm", artisanToken, "{}", null);
      // confirmed already (an earlier attempt got through), or cancelled by its buyer meanwhile
      return r.status() == 409 ? new Reply(200, r.body(), Kind.OK_2XX) : r;
    });
    if (!step(confirmed)) {
      return false;
    }
    Reply shipped = retried(() -> {
      Reply r = send("POST", "/api/my/orders/" + id + "/ship", artisanToken, "{\"carrier\":\"GHN\"}", null);
      return r.status() == 409 ? new Reply(200, r.body(), Kind.OK_2XX) : r;
    });
    if (!step(shipped)) {
      return false;
    }
    Reply codes = retried(() -> get(sim + "/api/sandbox/ghn/orders?clientOrderCode=" + number + "-" + id, null));
    if (!step(codes)) {
      return false;
    }
    for (JsonNode code : codes.json()) {
      Reply moved = retried(() -> {
        Reply r = send("POST", sim + "/api/sandbox/ghn/orders/" + code.asText() + "/advance", null,
            "{\"to\":\"delivered\"}", null);
        return r.status() == 409 ? new Reply(200, r.body(), Kind.OK_2XX) : r;
      });
      if (!step(moved)) {
        return false;
      }
    }
    return true;
  }

  /** A new title and price on one of the run's products (the version read just before). */
  boolean artisanEdit() throws Exception {
    int p = ThreadLocalRandom.current().nextInt(ownProducts.size());
    long id = ownProducts.get(p);
    for (int attempt = 0; attempt < 3; attempt++) {
      Reply read = retried(() -> get("/api/my/products/" + id, artisanToken));
      if (!step(read)) {
        return false;
      }
      JsonNode product = read.json();
      long price = 150_000 + p * 10_000 + ThreadLocalRandom.current().nextInt(5) * 1_000;
      String title = "Bình gốm thử tải " + run + " số " + p + " lần " + System.currentTimeMillis() % 100_000;
      String body = JSON.writeValueAsString(Map.of("title", title,
          "description", "<p>Sản phẩm của bài thử lỗi.</p>", "status", "ACTIVE",
          "version", product.path("version").asLong(),
          "variants", List.of(Map.of("sku", ownSkus.get(p), "priceVnd", price, "weightGrams", 400))));
      Reply put = retried(() -> send("PUT", "/api/my/products/" + id, artisanToken, body, null));
      if (put.status() == 409) {
        continue; // another user's edit won the version: read again
      }
      return step(put);
    }
    return true;
  }

  static String queryParam(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  static <T> T pick(List<T> list) {
    return list.get(ThreadLocalRandom.current().nextInt(list.size()));
  }

  /** The 409 a checkout rightly gets when its quote no longer holds: it names the quoteId. */
  static boolean quoteChanged(Reply r) {
    if (r.status() != 409) {
      return false;
    }
    try {
      for (JsonNode error : JSON.readTree(r.body()).path("errors")) {
        if ("quoteId".equals(error.path("field").asText())) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /**
   * A checkout under its Idempotency-Key until a definite answer: any other 409 (the same key
   * still in flight after our timeout, a write that lost a race) is asked again with the same
   * key, so an order that commits later is still found, and written to orders.tsv.
   */
  Reply placedOnce(Call checkout) throws Exception {
    Reply r = retried(checkout);
    for (int attempt = 1; attempt <= 20 && r.status() == 409 && !quoteChanged(r); attempt++) {
      Thread.sleep(Math.min(3000, 250L * attempt));
      r = retried(checkout);
    }
    return r;
  }

  /** Retries what a client may repeat: on 503 (after Retry-After), timeouts and refused connections. */
  Reply retried(Call call) throws Exception {
    Reply r = null;
    for (int attempt = 1; attempt <= 8; attempt++) {
      r = call.call();
      switch (r.kind()) {
        case UNAVAILABLE_503_RETRY_AFTER, UNAVAILABLE_503_BARE, TIMEOUT, CONNECTION -> {
          Thread.sleep(Math.min(3000, 250L * attempt * attempt));
        }
        default -> {
          return r;
        }
      }
    }
    return r;
  }

  Reply get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  Reply send(String method, String path, String token, String body, String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    long t0 = System.nanoTime();
    Reply reply;
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int s = r.statusCode();
      Kind kind = s < 400 ? Kind.OK_2XX : s < 500 ? Kind.CLIENT_4XX
          : s == 503 ? (r.headers().firstValue("Retry-After").isPresent() ? Kind.UNAVAILABLE_503_RETRY_AFTER
              : Kind.UNAVAILABLE_503_BARE)
          : Kind.SERVER_5XX;
      reply = new Reply(s, r.body(), kind);
      if (kind == Kind.SERVER_5XX || kind == Kind.UNAVAILABLE_503_BARE) {
        if (fiveHundreds.size() < 20) {
          fiveHundreds.add(method + " " + path.replaceAll("\\?.*", "?…") + " → " + s + " "
              + Optional.ofNullable(r.body()).orElse("").replaceAll("\\s+", " ").substring(0,
                  Math.min(200, Optional.ofNullable(r.body()).orElse("").replaceAll("\\s+", " ").length())));
        }
      }
    } catch (HttpTimeoutException e) {
      reply = new Reply(0, e.toString(), Kind.TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = new Reply(0, e.toString(), Kind.CONNECTION);
    } catch (IOException e) {
      reply = new Reply(0, e.toString(), e instanceof ConnectException || e.getCause() instanceof ConnectException
          ? Kind.CONNECTION : Kind.CONNECTION);
    }
    counts.incrementAndGet(reply.kind().ordinal());
    if (reply.ok()) {
      latencies.add(System.nanoTime() - t0);
    }
    return reply;
  }

  private final long[] windowCounts = new long[Kind.values().length];

  void printWindow() {
    long[] sample = latencies.stream().mapToLong(Long::longValue).toArray();
    latencies.clear();
    Arrays.sort(sample);
    long requests = 0;
    long errors = 0;
    for (Kind k : Kind.values()) {
      long now = counts.get(k.ordinal());
      long delta = now - windowCounts[k.ordinal()];
      windowCounts[k.ordinal()] = now;
      requests += delta;
      if (k != Kind.OK_2XX && k != Kind.CLIENT_4XX) {
        errors += delta;
      }
    }
    double p99 = sample.length == 0 ? 0 : sample[(int) Math.min(sample.length - 1, Math.ceil(0.99 * sample.length) - 1)] / 1e6;
    System.out.printf(Locale.ROOT, "WINDOW %d %d %.1f %d%n", System.currentTimeMillis() / 1000, requests, p99, errors);
  }

  void printTotals() {
    Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
    long total = 0;
    for (Kind k : Kind.values()) {
      byKind.put(k, counts.get(k.ordinal()));
      total += counts.get(k.ordinal());
    }
    // one machine-readable line for the scripts, then the 5xx seen, for whoever reads the log
    System.out.printf(Locale.ROOT, "REQUESTS total=%d 2xx=%d 4xx=%d 503ra=%d 503bare=%d 5xx=%d timeout=%d conn=%d failedSteps=%d%n",
        total, byKind.get(Kind.OK_2XX), byKind.get(Kind.CLIENT_4XX), byKind.get(Kind.UNAVAILABLE_503_RETRY_AFTER),
        byKind.get(Kind.UNAVAILABLE_503_BARE), byKind.get(Kind.SERVER_5XX), byKind.get(Kind.TIMEOUT),
        byKind.get(Kind.CONNECTION), failedSteps.get());
    fiveHundreds.forEach(s -> System.out.println("  5xx: " + s));
  }
}
