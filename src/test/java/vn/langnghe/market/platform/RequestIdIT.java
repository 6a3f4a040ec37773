package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.RawHttp;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Every request goes by an id: the one it came with (a load balancer's) when well formed, else a
 * new one; answered in X-Request-Id, in every JSON log line it causes, and carried by the outbox
 * rows it writes into the log lines of the drainer that handles them later.
 */
class RequestIdIT extends MarketIT {

  private static final Path SERVER_LOG =
      Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

  private static Api.Reply getWithId(String path, String requestId) {
    HttpRequest.Builder request = api.request(path, null).GET();
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return api.send(request.build());
  }

  @Test
  void aWellFormedRequestIdComesBackAndAnyOtherIsReplacedByANewOne() {
    assertThat(getWithId("/api/craft-villages", "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
    // HAProxy's unique-id format (hex, colons, underscores, dots) is kept as it is
    String balancer = "7F000001:D2B4_7F000001:1F40_6571F1A4_0004:3C1A";
    assertThat(getWithId("/", balancer).header("X-Request-Id")).isEqualTo(balancer);

    for (String malformed : List.of("has spaces", "x".repeat(65), "<script>alert(1)</script>",
        "abc\"}")) {
      String answered = getWithId("/api/craft-villages", malformed).header("X-Request-Id");
      assertThat(answered).as("for " + malformed).isNotEqualTo(malformed);
      assertThat(UUID.fromString(answered)).isNotNull();
    }
    String first = getWithId("/api/craft-villages", null).header("X-Request-Id");
    String second = getWithId("/api/craft-villages", null).header("X-Request-Id");
    assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
  }

  @Test
  void errorAnswersAndTheServersOwnErrorPagesCarryItToo() {
    Api.Reply problem = getWithId("/api/nothing-here", "err-api-1");
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.contentType()).startsWith("application/problem+json");
    assertThat(problem.header("X-Request-Id")).isEqualTo("err-api-1");

    Api.Reply page = getWithId("/khong-co-trang-nay.html", "err-page-1");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("X-Request-Id")).isEqualTo("err-page-1");

    // refused before any filter ran (broken percent-encoding): the error dispatch gives it its id
    RawHttp.Reply broken = new RawHttp("127.0.0.1").get("/api/search?q=%zz", Map.of("X-Request-Id", "err-broken-1"));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.header("X-Request-Id")).isEqualTo("err-broken-1");
  }

  @Test
  void theOutboxRowOfARequestCarriesItsIdIntoTheIndexersLogOnceSolrIsBack() throws Exception {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("hoi-chieu-coi");
    ObjectNode mat = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(TestShops.sku("RID"), "ACTIVE"));
    Api.Reply created = api.post("/api/my/products", mat, artisan.token());
    long productId = created.json().at("/id").asLong();
    eventually("the new product indexed", () -> TestDatabase.count(
        "SELECT COUNT(*) FROM outbox_event WHERE topic = 'product' AND aggregate_id = ?", productId) == 0);
    long logMark = Files.size(SERVER_LOG);
    String requestId = "it-" + UUID.randomUUID();

    // with Solr down the row stays, retried, and can be read
    IntegrationEnvironment.solr().stop();
    try {
      mat.put("title", "Chiếu cói Hới có mã yêu cầu");
      mat.put("version", created.json().at("/version").asLong());
      Api.Reply edited = api.send(api.request("/api/my/products/" + productId, artisan.token())
          .header("Content-Type", "application/json")
          .header("X-Request-Id", requestId)
          .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(mat), StandardCharsets.UTF_8))
          .build());
      assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
      assertThat(edited.header("X-Request-Id")).isEqualTo(requestId);
      assertThat(TestDatabase.string("SELECT request_id FROM outbox_event WHERE topic = 'product'"
          + " AND aggregate_id = ?", productId)).isEqualTo(requestId);
      eventually("the index update to fail under the request's id", () -> logSince(logMark).stream()
          .anyMatch(line -> line.at("/loggerName").asText().endsWith("SearchIndexer")
              && line.at("/level").asText().startsWith("WARN") && requestIdsOf(line).contains(requestId)));
      // the outbox lag gauges see the row wait (read every 15 s in the background)
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
      List<MetricsIT.Sample> scrape = MetricsIT.scrape();
      while (!(MetricsIT.sum(scrape, "market_outbox_waiting", "topic", "product") >= 1
          && MetricsIT.sum(scrape, "market_outbox_oldest_seconds", "topic", "product") >= 1)) {
        assertThat(System.nanoTime()).as("waited for the outbox lag gauges").isLessThan(deadline);
        Thread.sleep(1_000);
        scrape = MetricsIT.scrape();
      }
    } finally {
      IntegrationEnvironment.solr().start();
    }

    eventually("the index update under the request's id", () -> logSince(logMark).stream()
        .anyMatch(line -> line.at("/loggerName").asText().endsWith("SearchIndexer")
            && line.at("/message").asText().startsWith("Search index updated")
            && requestIdsOf(line).contains(requestId)));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM outbox_event WHERE topic = 'product'"
        + " AND aggregate_id = ?", productId)).isZero();
  }

  @Test
  void theOrderMailOfAPaymentIsLoggedUnderTheRequestThatPaid() throws Exception {
    TestShops shops = new TestShops(api);
    TestOrders orders = new TestOrders(api);
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String sku = TestShops.sku("RIDMAIL");
    shops.product(artisan, sku, 3, 320_000, "Khăn đũi Nam Cao");
    String shopper = api.newAccount("SHOPPER", "request-id");
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
    long logMark = Files.size(SERVER_LOG);
    String requestId = "pay-" + UUID.randomUUID();

    Api.Reply paid = api.send(api.request("/api/payments/sandbox/"
            + checkout.json().at("/payment/reference").asText() + "/succeed", null)
        .header("Content-Type", "application/json")
        .header("X-Request-Id", requestId)
        .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
            Map.of("amountVnd", checkout.json().get("totalVnd").asLong()))))
        .build());
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

    eventually("the paid order's e-mails logged under the paying request's id", () -> logSince(logMark)
        .stream().anyMatch(line -> line.at("/loggerName").asText().endsWith("OrderMail")
            && line.at("/message").asText().startsWith("Order e-mails sent")
            && requestId.equals(line.at("/mdc/requestId").asText())));
  }

  @Test
  void everyServerLogLineIsOneJsonObjectAndARequestsLinesNameIt() throws Exception {
    long logMark = Files.size(SERVER_LOG);
    String requestId = "log-" + UUID.randomUUID();
    // a registration is logged by the identity component
    Api.Reply registered = api.send(api.request("/api/auth/register", null)
        .header("Content-Type", "application/json")
        .header("X-Request-Id", requestId)
        .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Map.of(
            "email", "json-log-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn",
            "password", Api.PASSWORD, "displayName", "Nhật ký", "role", "SHOPPER")), StandardCharsets.UTF_8))
        .build());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

    eventually("the registration's log line under the request's id", () -> logSince(logMark).stream()
        .anyMatch(line -> line.at("/message").asText().contains("registered with roles")
            && requestId.equals(line.at("/mdc/requestId").asText())));
    List<String> lines = rawLinesSince(logMark);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode json = Api.JSON.readTree(line);
      assertThat(json.isObject()).as(line).isTrue();
      assertThat(json.has("timestamp") && json.has("level") && json.has("message")).as(line).isTrue();
    }
  }

  private static List<String> requestIdsOf(JsonNode line) {
    return Arrays.asList(line.at("/mdc/requestId").asText().split(","));
  }

  /** The server log's lines written after {@code mark} (a byte offset), each parsed as JSON. */
  static List<JsonNode> logSince(long mark) {
    List<JsonNode> parsed = new ArrayList<>();
    for (String line : rawLinesSince(mark)) {
      try {
        parsed.add(Api.JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("not a JSON log line: " + line, e);
      }
    }
    return parsed;
  }

  private static List<String> rawLinesSince(long mark) {
    try (RandomAccessFile file = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
      byte[] tail = new byte[(int) (file.length() - mark)];
      file.seek(mark);
      file.readFully(tail);
      String text = new String(tail, StandardCharsets.UTF_8);
      // a line still being written has no line end yet
      int complete = text.lastIndexOf('\n');
      return complete < 0 ? List.of()
          : text.substring(0, complete).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
