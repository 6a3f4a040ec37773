package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.vnpay.VnpaySignature;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestSite;

/**
 * The business meters as an operator's Prometheus scrapes them: WildFly's management interface,
 * /metrics, before and after the things they count.
 */
class MetricsIT extends MarketIT {

  private static final Api management = new Api("http://localhost:" + TestSite.managementPort());
  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample of the scrape: its name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  static List<Sample> scrape() {
    Api.Reply reply = management.get("/metrics");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<Sample> samples = new ArrayList<>();
    for (String line : reply.body().lines().toList()) {
      Matcher sample = SAMPLE.matcher(line);
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (sample.group(3) != null) {
        Matcher label = LABEL.matcher(sample.group(3));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
    }
    return samples;
  }

  /** The samples of this name whose labels include these (name, value, name, value …). */
  static List<Sample> find(List<Sample> scrape, String name, String... labels) {
    return scrape.stream().filter(s -> s.name().equals(name)).filter(s -> {
      for (int i = 0; i < labels.length; i += 2) {
        if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  /** Their sum, 0 when there are none yet (a counter appears at its first count). */
  static double sum(List<Sample> scrape, String name, String... labels) {
    return find(scrape, name, labels).stream().mapToDouble(Sample::value).sum();
  }

  @Test
  void aCheckoutAForgedIpnAndTheGenuineOneMoveOrdersFailedCallbacksAndSettledPayments() {
    TestShops shops = new TestShops(api);
    TestOrders orders = new TestOrders(api);
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("MET");
    shops.product(silversmith, sku, 3, 780_000, "Nhẫn bạc đếm được");
    String shopper = api.newAccount("SHOPPER", "metrics");
    List<Sample> before = scrape();

    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
    List<Sample> placed = scrape();
    assertThat(sum(placed, "market_orders_placed_total", "method", "vnpay"))
        .isEqualTo(sum(before, "market_orders_placed_total", "method", "vnpay") + 1);
    assertThat(sum(placed, "market_payments_settled_total", "gateway", "vnpay"))
        .isEqualTo(sum(before, "market_payments_settled_total", "gateway", "vnpay"));

    // the gateway's IPN, held back by the simulator, first with the amount changed: forged
    String reference = checkout.json().at("/payment/reference").asText();
    String payUrl = checkout.json().at("/payment/redirectUrl").asText();
    Api.Reply paidAtGateway = api.post("/api/sandbox/vnpay/payment?" + payUrl.substring(payUrl.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", false), null);
    assertThat(paidAtGateway.status()).as(paidAtGateway.toString()).isEqualTo(200);
    String ipn = api.get("/api/sandbox/vnpay/ipn/" + reference).json().get("query").asText();
    String forged = ipn.replaceFirst("vnp_Amount=[0-9]+", "vnp_Amount=100");
    assertThat(VnpaySignature.parseQuery(forged)).isPresent();
    assertThat(api.get("/api/payments/vnpay/ipn?" + forged).json().get("RspCode").asText()).isEqualTo("97");
    List<Sample> refused = scrape();
    assertThat(sum(refused, "market_payments_callbacks_failed_total", "gateway", "vnpay", "kind", "bad_signature"))
        .isEqualTo(sum(before, "market_payments_callbacks_failed_total", "gateway", "vnpay", "kind", "bad_signature") + 1);
    assertThat(sum(refused, "market_payments_settled_total", "gateway", "vnpay"))
        .isEqualTo(sum(before, "market_payments_settled_total", "gateway", "vnpay"));

    assertThat(api.get("/api/payments/vnpay/ipn?" + ipn).json().get("RspCode").asText()).isEqualTo("00");
    List<Sample> paid = scrape();
    assertThat(sum(paid, "market_payments_settled_total", "gateway", "vnpay"))
        .isEqualTo(sum(before, "market_payments_settled_total", "gateway", "vnpay") + 1);
    // the same IPN again settles nothing more
    assertThat(api.get("/api/payments/vnpay/ipn?" + ipn).json().get("RspCode").asText()).isEqualTo("02");
    assertThat(sum(scrape(), "market_payments_settled_total", "gateway", "vnpay"))
        .isEqualTo(sum(before, "market_payments_settled_total", "gateway", "vnpay") + 1);
  }

  @Test
  void aRefusedCheckoutCountsNoOrder() {
    TestShops shops = new TestShops(api);
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String sku = TestShops.sku("METOOS");
    shops.product(weaver, sku, 1, 250_000, "Khăn đũi còn một chiếc");
    String shopper = api.newAccount("SHOPPER", "metrics-refused");
    double before = sum(scrape(), "market_orders_placed_total", "method", "vnpay");

    Api.Reply refused = new TestOrders(api).checkout(TestOrders.checkoutOf(List.of(TestOrders.line(sku, 2))),
        shopper, null);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(sum(scrape(), "market_orders_placed_total", "method", "vnpay")).isEqualTo(before);
  }

  @Test
  void theGaugesThatReadTheDatabaseAndThePoolAreServed() throws InterruptedException {
    // read every 15 s in the background: each present with a reading, not NaN
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
    while (true) {
      List<Sample> scrape = scrape();
      boolean read = List.of("product", "shop", "order-notice").stream().allMatch(topic ->
              readings(scrape, "market_outbox_waiting", "topic", topic) == 1
                  && readings(scrape, "market_outbox_oldest_seconds", "topic", topic) == 1)
          && readings(scrape, "market_payments_events_unhandled") == 1
          && readings(scrape, "market_payments_events_unhandled_oldest_seconds") == 1
          && readings(scrape, "market_payouts_runs_open") == 1
          && readings(scrape, "market_payouts_runs_open_oldest_seconds") == 1;
      if (read) {
        break;
      }
      assertThat(System.nanoTime()).as("every database gauge read; now: "
          + scrape.stream().filter(s -> s.name().startsWith("market_")).toList()).isLessThan(deadline);
      Thread.sleep(1_000);
    }
    List<Sample> scrape = scrape();
    assertThat(find(scrape, "market_outbox_oldest_seconds")).allMatch(s -> s.value() >= 0);
    assertThat(find(scrape, "market_payouts_runs_open")).allMatch(s -> s.value() >= 0);
    // the server's own figure of the marketplace's connection pool (its statistics are on)
    assertThat(find(scrape, "datasources_pool_in_use_count", "name", "MarketDS")).hasSize(1);
    assertThat(sum(scrape, "datasources_pool_created_count", "name", "MarketDS")).isPositive();
  }

  /** How many samples of the gauge hold a number (NaN: never read, or the reading failed). */
  private static long readings(List<Sample> scrape, String name, String... labels) {
    return find(scrape, name, labels).stream().filter(s -> !Double.isNaN(s.value())).count();
  }
}
