package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.SecondNode;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Two WildFly nodes over one database run the periodic work at the same moment over the same due
 * work, round after round: each refund reaches the gateway once, a payout period gets one run
 * with each shop's earnings in one line, and a reindex asked of both at once runs on one.
 * Node 1 is the Arquillian server, node 2 a second WildFly process ({@link SecondNode}) with the
 * same configuration; both run their own timers (the refund runner every second) besides the
 * admin triggers, which call what the timers call, fired at both nodes at once.
 */
class TwoNodeJobsIT extends MarketIT {

  static final String ADMIN = "admin@demo.langnghe.vn";
  static final int ROUNDS = 5;
  static final int REFUNDS_PER_ROUND = 4;
  static final int PAYOUT_ROUNDS = 3;
  static final int SHOPS_PER_PAYOUT = 2;
  /** Requests each node gets at once for the same work. */
  static final int FIRES_PER_NODE = 3;

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static SecondNode second;
  static Api node2;
  static String admin1;
  static String admin2;
  static String shopper;
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void startTheSecondNode() throws Exception {
    second = SecondNode.start();
    node2 = new Api(second.base());
    admin1 = api.login(ADMIN, Api.PASSWORD);
    admin2 = node2.login(ADMIN, Api.PASSWORD);
    shopper = api.newAccount("SHOPPER", "two-nodes");
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  @AfterAll
  static void stopTheSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void refundsDueOnBothNodesAtOnceReachTheGatewayOnceEach() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      List<Api.Reply> cancelled = new ArrayList<>();
      for (int i = 0; i < REFUNDS_PER_ROUND; i++) {
        Api.Reply checkout = paidByVnpay(200_000 + round * 1_000 + i);
        Api.Reply cancel = api.post("/api/orders/" + number(checkout) + "/cancel",
            Map.of("reason", "đổi ý"), shopper);
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        // held back (if no runner took it yet) until the whole round falls due at one instant
        TestDatabase.update("UPDATE refund r JOIN payment p ON p.id = r.payment_id"
            + " SET r.next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR"
            + " WHERE p.reference = ? AND r.status = 'DUE'", reference(checkout));
        cancelled.add(checkout);
      }
      String references = String.join(",", cancelled.stream().map(c -> "'" + reference(c) + "'").toList());
      TestDatabase.update("UPDATE refund r JOIN payment p ON p.id = r.payment_id"
          + " SET r.next_attempt_at = UTC_TIMESTAMP(6)"
          + " WHERE p.reference IN (" + references + ") AND r.status = 'DUE'");
      List<Api.Reply> runs = onBothNodesAtOnce(
          node -> node.api().post("/api/admin/payments/refunds/send", Map.of(), node.admin()));
      assertThat(runs).allSatisfy(run -> assertThat(run.status()).as(run.toString()).isEqualTo(200));

      for (Api.Reply checkout : cancelled) {
        eventually("order " + number(checkout) + " refunded",
            () -> "REFUNDED".equals(orders.detail(shopper, number(checkout)).get("status").asText()));
        JsonNode seen = api.get("/api/sandbox/vnpay/refunds/" + reference(checkout)).json();
        assertThat(seen).as("refund requests the gateway received for " + reference(checkout)).hasSize(1);
        assertThat(seen.get(0).get("received").asInt()).as("arrivals of " + seen.get(0)).isEqualTo(1);
        assertThat(seen.get(0).get("responseCode").asText()).isEqualTo("00");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund r JOIN payment p ON p.id = r.payment_id"
            + " WHERE p.reference = ? AND r.status = 'SUCCEEDED' AND r.attempts = 1", reference(checkout)))
            .isEqualTo(1);
        // the sale and its one reversal, netting to nothing
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE order_number = ?",
            number(checkout))).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT ABS(SUM(net_vnd)) FROM ledger_entry WHERE order_number = ?",
            number(checkout))).isZero();
      }
    }
  }

  @Test
  void aPayoutPeriodAskedOfBothNodesAtOnceGetsOneRunWithEachEarningOnce() throws Exception {
    for (int round = 0; round < PAYOUT_ROUNDS; round++) {
      String period = "2018-W" + (20 + round);
      List<TestShops.Artisan> paid = new ArrayList<>();
      for (int i = 0; i < SHOPS_PER_PAYOUT; i++) {
        paid.add(deliveredSale(round * 10 + i));
      }
      for (TestShops.Artisan artisan : paid) {
        eventually("the return window to pass", () -> api.get("/api/my/balance", artisan.token()).json()
            .get("availableVnd").asLong() == ledgerNet(artisan));
      }
      List<Api.Reply> replies = onBothNodesAtOnce(
          node -> node.api().post("/api/admin/payouts", Map.of("period", period), node.admin()));
      assertThat(replies).extracting(Api.Reply::status).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(replies).extracting(reply -> reply.json().get("id").asLong()).containsOnly(
          replies.get(0).json().get("id").asLong());
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_run WHERE period = ?", period)).isEqualTo(1);
      for (TestShops.Artisan artisan : paid) {
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_line WHERE shop_id = ?", artisan.shopId()))
            .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT l.amount_vnd FROM payout_line l JOIN payout_run r"
            + " ON r.id = l.run_id WHERE l.shop_id = ? AND r.period = ?", artisan.shopId(), period))
            .isEqualTo(ledgerNet(artisan));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_earning e JOIN payout_line l"
            + " ON l.id = e.payout_line_id WHERE e.shop_id = ? AND l.shop_id = e.shop_id", artisan.shopId()))
            .isEqualTo(TestDatabase.count("SELECT COUNT(*) FROM payout_earning WHERE shop_id = ?",
                artisan.shopId()));
      }
    }
  }

  @Test
  void aReindexAskedOfBothNodesAtOnceRunsOnOneOnly() throws Exception {
    List<Api.Reply> started = onBothNodesAtOnce(
        node -> node.api().post("/api/admin/search/reindex", Map.of(), node.admin()));
    assertThat(started).extracting(Api.Reply::status).containsOnly(202, 409).containsOnlyOnce(202);
    eventually("the reindex to finish", () -> !reindexing(api, admin1) && !reindexing(node2, admin2));
    // and the lease is given back (before the reindex shows DONE)
    eventually("the reindex lease given back", () -> TestDatabase.count(
        "SELECT COUNT(*) FROM job_lease WHERE name = 'search-reindex' AND owner = ''") == 1);
    // the requests alternate node 1, node 2 (onBothNodesAtOnce)
    int won = started.stream().map(Api.Reply::status).toList().indexOf(202);
    Node winner = won % 2 == 0 ? new Node(api, admin1) : new Node(node2, admin2);
    assertThat(winner.api().get("/api/admin/search/reindex", winner.admin()).json().get("state").asText())
        .isEqualTo("DONE");
  }

  private static boolean reindexing(Api node, String admin) {
    return "RUNNING".equals(node.get("/api/admin/search/reindex", admin).json().get("state").asText());
  }

  /** A node with its administrator's token. */
  record Node(Api api, String admin) {}

  /** The same request, {@link #FIRES_PER_NODE} times on each node, all at once. */
  private static List<Api.Reply> onBothNodesAtOnce(java.util.function.Function<Node, Api.Reply> request) {
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < FIRES_PER_NODE; i++) {
      calls.add(() -> request.apply(new Node(api, admin1)));
      calls.add(() -> request.apply(new Node(node2, admin2)));
    }
    return TestOrders.all(calls, calls.size());
  }

  private static Api.Reply paidByVnpay(long priceVnd) {
    String sku = TestShops.sku("TWO");
    shops.product(silversmith, sku, 3, priceVnd, "Khay bạc hai máy");
    Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
    String payUrl = checkout.json().at("/payment/redirectUrl").asText();
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + payUrl.substring(payUrl.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", true), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(orders.detail(shopper, number(checkout)).get("status").asText()).isEqualTo("PAID");
    return checkout;
  }

  /** A new shop with a receiving account, one piece sold, paid and delivered. */
  private static TestShops.Artisan deliveredSale(int n) {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("nam-cao-det-dui");
    TestDatabase.update("INSERT INTO payout_account (shop_id, bank_bin, account_number,"
        + " account_name, name_matches, status, created_at, created_by, usable_from)"
        + " VALUES (?, '970415', ?, 'NGUYEN VAN HAI', TRUE, 'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 1,"
        + " UTC_TIMESTAMP(6) - INTERVAL 1 DAY)", artisan.shopId(), "22" + (1_000_000 + n));
    Api.Reply order = orders.paidPiece(shops, artisan, shopper, 300_000 + n * 1_000L, "Khăn đũi hai máy");
    long part = order.json().get("shopOrders").get(0).get("id").asLong();
    for (String step : List.of("confirm", "ship", "deliver")) {
      Object body = "ship".equals(step)
          ? Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + System.nanoTime() % 1_000_000_000L)
          : Map.of();
      Api.Reply done = api.post("/api/my/orders/" + part + "/" + step, body, artisan.token());
      assertThat(done.status()).as(step + " " + done).isEqualTo(200);
    }
    return artisan;
  }

  private static long ledgerNet(TestShops.Artisan artisan) {
    return TestDatabase.count("SELECT COALESCE(SUM(net_vnd), 0) FROM ledger_entry WHERE shop_id = ?",
        artisan.shopId());
  }

  private static String reference(Api.Reply checkout) {
    return checkout.json().at("/payment/reference").asText();
  }

  private static String number(Api.Reply checkout) {
    return checkout.json().get("orderNumber").asText();
  }
}
