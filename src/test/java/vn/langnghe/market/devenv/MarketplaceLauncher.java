package vn.langnghe.market.devenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * README command 1: starts the database (embedded MariaDB unless MARKET_DB_URL names one) and a
 * Solr node (unless MARKET_SOLR_URL names one), then the WildFly the build set up, with the war
 * and the demo data, waits until it is ready and prints the address. Ctrl+C stops everything; the data stays in MARKET_HOME (~/.langnghe-market).
 */
public final class MarketplaceLauncher {

  private static final HttpClient LOCAL =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private MarketplaceLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    BatchScheduling.applyToThisProcessAndItsChildren();
    Path home = Path.of(LocalDatabase.env("MARKET_HOME",
        Path.of(System.getProperty("user.home"), ".langnghe-market").toString()));
    Path jbossHome = Path.of(System.getProperty("jboss.home"));
    Path war = Path.of(System.getProperty("market.war"));
    // MARKET_PORT_OFFSET moves every WildFly port (HTTP 8080, management 9990) by that much
    int offset = Integer.parseInt(LocalDatabase.env("MARKET_PORT_OFFSET", "0"));
    int httpPort = Integer.parseInt(LocalDatabase.env("MARKET_HTTP_PORT", Integer.toString(8080 + offset)));
    int managementPort = 9990 + offset;
    Files.createDirectories(home);

    List<String> serverArgs = new ArrayList<>();
    LocalDatabase database = null;
    if (System.getenv("MARKET_DB_URL") == null) {
      int port = Integer.parseInt(LocalDatabase.env("MARKET_EMBEDDED_DB_PORT", "3316"));
      database = LocalDatabase.embedded(home.resolve("mariadb"), port);
      String url = database.prepare("market", "market", "market", false);
      serverArgs.add("-Dmarket.db.url=" + url);
      serverArgs.add("-Dmarket.db.user=market");
      serverArgs.add("-Dmarket.db.password=market");
    }
    LocalDatabase ownDatabase = database;
    SolrNode solr = null;
    if (System.getenv("MARKET_SOLR_URL") == null) {
      int port = Integer.parseInt(LocalDatabase.env("MARKET_SOLR_PORT", "8983"));
      solr = new SolrNode(home.resolve("solr"), port).start();
      serverArgs.add("-Dmarket.solr.url=" + solr.coreUrl());
    }
    SolrNode ownSolr = solr;
    if (System.getenv("MARKET_SMTP_HOST") == null) {
      // the demo's e-mails land in a local SMTP sink and are kept as .eml files to open
      DemoMailbox mailbox = DemoMailbox.start(home.resolve("mail"));
      serverArgs.add("-Dmarket.smtp.host=127.0.0.1");
      serverArgs.add("-Dmarket.smtp.port=" + mailbox.port());
    }
    boolean sandbox = Boolean.parseBoolean(LocalDatabase.env("MARKET_PAYMENTS_SANDBOX", "true"));
    serverArgs.add("-Dmarket.payments.sandbox=" + sandbox);
    serverArgs.add("-Dmarket.public-url=http://localhost:" + httpPort);
    if (sandbox && System.getenv("MARKET_VNPAY_HASH_SECRET") == null) {
      serverArgs.addAll(vnpaySimulator("http://localhost:" + httpPort));
    }
    if (sandbox && System.getenv("MARKET_VIETQR_WEBHOOK_SECRET") == null) {
      serverArgs.addAll(vietqrSimulator());
    }
    if (sandbox && System.getenv("MARKET_STRIPE_SECRET_KEY") == null) {
      serverArgs.addAll(stripeSimulator("http://localhost:" + httpPort));
    }
    if (sandbox && System.getenv("MARKET_ZALO_ACCESS_TOKEN") == null) {
      // notices go to the ZNS simulator too (/api/sandbox/zalo/received lists them)
      serverArgs.addAll(List.of("-Dmarket.zalo.enabled=true",
          "-Dmarket.zalo.template.QUESTION_ASKED=zns-question-asked",
          "-Dmarket.zalo.template.QUESTION_ANSWERED=zns-question-answered",
          "-Dmarket.zalo.template.ORDER_MESSAGE=zns-order-message"));
    }

    Path base = prepareServerBase(home.resolve("wildfly"), jbossHome, war);
    List<String> command = new ArrayList<>(List.of(
        jbossHome.resolve("bin/standalone.sh").toString(),
        "-c", "standalone-microprofile.xml",
        "-Djboss.server.base.dir=" + base,
        "-Djboss.socket.binding.port-offset=" + offset,
        "-Djboss.http.port=" + (httpPort - offset),
        // the demo (public passwords) deploys only beside the sandbox: off by default without it
        "-Dmarket.demo.enabled=" + LocalDatabase.env("MARKET_DEMO_ENABLED", Boolean.toString(sandbox)),
        "-Dmarket.demo.sales-history=" + LocalDatabase.env("MARKET_DEMO_SALES_HISTORY", "true")));
    command.addAll(serverArgs);
    Path console = base.resolve("log/console.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(console.toFile());
    // WildFly's default heap (512 MB) is tight for a full reindex of a large catalogue
    builder.environment().putIfAbsent("JBOSS_JAVA_SIZING",
        "-Xms256m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m");
    // makes standalone.sh pass a stop signal on to the server instead of leaving it running
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    Process server = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, ownSolr, ownDatabase)));

    System.out.println("Starting Làng Nghề Market (server log: " + console + ") …");
    // MARKET_READY_TIMEOUT (ISO-8601, PT5M by default): a machine shared with other work may need longer
    Duration readyWithin = Duration.parse(LocalDatabase.env("MARKET_READY_TIMEOUT", "PT5M"));
    if (!waitUntilReady(server, managementPort, readyWithin)) {
      System.out.println("The server did not become ready. Last lines of its log:");
      try (Stream<String> lines = Files.lines(console)) {
        List<String> all = lines.toList();
        all.subList(Math.max(0, all.size() - 40), all.size()).forEach(line -> System.out.println(readable(line)));
      }
      System.exit(1);
    }
    if (Boolean.parseBoolean(LocalDatabase.env("MARKET_DEMO_ENABLED", "true"))
        && !waitUntilSearchable(httpPort, Duration.ofSeconds(30))) {
      System.out.println("Search does not find the demo catalogue yet; it will once the index catches up.");
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.println();
    System.out.println("  Làng Nghề Market is running at http://localhost:" + httpPort + "/  (ready in "
        + seconds + " s)");
    System.out.println("  Demo accounts (password LangNghe@2026): shopper@demo.langnghe.vn,"
        + " artisan@demo.langnghe.vn, officer@demo.langnghe.vn, admin@demo.langnghe.vn");
    System.out.println("  E-mails the marketplace sends are kept in " + home.resolve("mail"));
    System.out.println("  Health: http://localhost:" + managementPort + "/health/ready   Metrics: http://localhost:"
        + managementPort + "/metrics   API: http://localhost:" + httpPort
        + "/openapi   Stop: Ctrl+C");
    System.out.println();
    server.waitFor();
  }

  /**
   * A line of the server's JSON log (configure-server.cli) as a person reads it: time, level,
   * logger, request id, message and any stack trace; a line that is not JSON as it is.
   */
  static String readable(String line) {
    try {
      com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      if (json == null || !json.isObject()) {
        return line;
      }
      String requestId = json.at("/mdc/requestId").asText();
      String stackTrace = json.at("/stackTrace").asText();
      return json.at("/timestamp").asText() + " " + json.at("/level").asText() + " ["
          + json.at("/loggerName").asText() + "]" + (requestId.isEmpty() ? "" : " (" + requestId + ")")
          + " " + json.at("/message").asText() + (stackTrace.isEmpty() ? "" : "\n" + stackTrace);
    } catch (IOException e) {
      return line;
    }
  }

  /** A server folder of our own, so the tests' WildFly in target/ stays clean. */
  private static Path prepareServerBase(Path base, Path jbossHome, Path war) throws IOException {
    Path configuration = base.resolve("configuration");
    Files.createDirectories(configuration);
    Files.createDirectories(base.resolve("deployments"));
    Files.createDirectories(base.resolve("log"));
    try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(war, base.resolve("deployments/market.war"), StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  private static boolean waitUntilReady(Process server, int managementPort, Duration limit)
      throws InterruptedException {
    String ready = "http://localhost:" + managementPort + "/health/ready";
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline && server.isAlive()) {
      if (get(ready).filter(answer -> answer.statusCode() == 200).isPresent()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /**
   * Ready means the database answers; the demo catalogue reaches Solr a few seconds later through
   * the outbox. Waits until a search finds products and their count holds for a second, so the
   * first search a visitor makes after the address is printed finds what the pages show.
   */
  private static boolean waitUntilSearchable(int httpPort, Duration limit) throws InterruptedException {
    String everything = "http://localhost:" + httpPort + "/api/search?size=1";
    Pattern total = Pattern.compile("\"total\":(\\d+)");
    long deadline = System.nanoTime() + limit.toNanos();
    long previous = -1;
    while (System.nanoTime() < deadline) {
      long found = get(everything)
          .filter(answer -> answer.statusCode() == 200)
          .map(answer -> total.matcher(answer.body()))
          .filter(Matcher::find)
          .map(matcher -> Long.parseLong(matcher.group(1)))
          .orElse(-1L);
      if (found > 0 && found == previous) {
        return true;
      }
      previous = found;
      Thread.sleep(1000);
    }
    return false;
  }

  /** A GET on this machine, or nothing while no server listens there yet. */
  private static Optional<HttpResponse<String>> get(String url) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    try {
      return Optional.of(LOCAL.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void stop(Process server, SolrNode solr, LocalDatabase database) {
    List<ProcessHandle> children = server.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    server.destroy();
    try {
      server.waitFor();
      children.forEach(child -> child.onExit().join());
      if (solr != null) {
        solr.close();
      }
      if (database != null) {
        database.close();
      }
    } catch (Exception e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The demo run's VNPay terminal (published, demo only: production refuses this secret) and the
   * simulator that plays VNPay's part; the ITs use the same settings (arquillian.xml).
   */
  static List<String> vnpaySimulator(String baseUrl) {
    return List.of("-Dmarket.vnpay.tmn-code=LANGNGHE",
        "-Dmarket.vnpay.hash-secret=LANGNGHEDEMOSECRET2026",
        "-Dmarket.vnpay.pay-url=" + baseUrl + "/sandbox/vnpay.html",
        "-Dmarket.vnpay.api-url=" + baseUrl + "/api/sandbox/vnpay/merchant_webapi/api/transaction");
  }

  /**
   * The demo run's bank account for VietQR and the published key its simulated bank signs
   * webhooks with (demo only: production refuses it); the ITs use the same (arquillian.xml).
   */
  static List<String> vietqrSimulator() {
    return List.of("-Dmarket.vietqr.bank-bin=970436",
        "-Dmarket.vietqr.account-number=0011001234567",
        "-Dmarket.vietqr.account-name=LANGNGHEMARKET",
        "-Dmarket.vietqr.bank-name=Vietcombank",
        "-Dmarket.vietqr.webhook-secret=LANGNGHEDEMOBANK2026");
  }

  /**
   * The demo run's Stripe-style account (published test values: production refuses them) and the
   * simulator that plays Stripe's API and sends the signed webhooks; the ITs add a second webhook
   * secret to prove rotation (arquillian.xml).
   */
  static List<String> stripeSimulator(String baseUrl) {
    return List.of("-Dmarket.stripe.api-url=" + baseUrl + "/api/sandbox/stripe",
        "-Dmarket.stripe.secret-key=sk_test_langnghe_demo_2026",
        "-Dmarket.stripe.publishable-key=pk_test_langnghe_demo_2026",
        "-Dmarket.stripe.webhook-secrets=whsec_langnghe_demo_2026");
  }
}
