package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * A rebuild of the sales facts over tens of thousands of paid orders while VNPay's IPNs pay more
 * orders: no IPN waits for the rebuild, and afterwards the facts equal the orders exactly (none
 * of the payments made meanwhile lost or counted twice).
 */
class FactsRebuildIT extends MarketIT {

  static final String ADMIN = "admin@demo.langnghe.vn";
  /** Orders written straight into the tables: enough that the rebuild runs for seconds. */
  static final int HISTORY = 60_000;
  static final int PAID_DURING = 12;
  /** Longest an IPN may take while the rebuild runs (the machine is shared; a step is ~0.1 s). */
  static final long PATIENCE_MILLIS = 3_000;
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  static TestShops.Artisan workshop;
  static String sku;

  @BeforeAll
  static void aLongHistory() {
    workshop = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    sku = TestShops.sku("RB");
    shops.product(workshop, sku, 100, 420_000, "Đĩa đồng chạm");
    String prefix = "LNB" + workshop.shopId() + "-";
    // paid over the last 90 days, at scattered times, as finished orders of one line each
    TestDatabase.update("INSERT INTO customer_order (number, buyer_account_id, status, recipient_name,"
        + " recipient_phone, address_line, commune_code, commune_name, province_name, payment_method,"
        + " items_total_vnd, shipping_total_vnd, total_vnd, created_at, payment_due_at, paid_at, version)"
        + " SELECT CONCAT(?, s.seq), sh.owner_account_id, 'COMPLETED', 'Nguyễn Thị Hoa', '0912345678', 'Số 5',"
        + " '13093', 'Xã Trà Giang', 'Tỉnh Hưng Yên', IF(s.seq % 3 = 0, 'VIETQR', 'VNPAY'), 420000 * (1 + s.seq % 2),"
        + " 15000, 420000 * (1 + s.seq % 2) + 15000, t.paid - INTERVAL 3 MINUTE, t.paid + INTERVAL 12 MINUTE, t.paid, 1"
        + " FROM seq_1_to_" + HISTORY + " s JOIN shop sh ON sh.id = ?"
        + " JOIN (SELECT seq, UTC_TIMESTAMP(6) - INTERVAL 1 DAY - INTERVAL (seq * 7919) % (90 * 86400) SECOND AS paid"
        + " FROM seq_1_to_" + HISTORY + ") t ON t.seq = s.seq", prefix, workshop.shopId());
    TestDatabase.update("INSERT INTO shop_order (order_id, shop_id, shop_name, status, items_total_vnd,"
        + " shipping_vnd, weight_grams, updated_at, version) SELECT o.id, ?, 'Xưởng', 'DELIVERED', o.items_total_vnd,"
        + " 15000, 500, o.paid_at, 1 FROM customer_order o WHERE o.number LIKE ?", workshop.shopId(), prefix + "%");
    TestDatabase.update("INSERT INTO order_line (shop_order_id, variant_id, product_id, sku, title, options_text,"
        + " unit_price_vnd, quantity, line_total_vnd) SELECT s.id, v.id, v.product_id, v.sku, 'Đĩa đồng chạm', '',"
        + " 420000, s.items_total_vnd DIV 420000, s.items_total_vnd FROM shop_order s JOIN variant v ON v.sku = ?"
        + " WHERE s.shop_id = ?", sku, workshop.shopId());
  }

  @AfterAll
  static void forgetTheHistory() {
    String prefix = "LNB" + workshop.shopId() + "-%";
    TestDatabase.update("DELETE l FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id"
        + " JOIN customer_order o ON o.id = s.order_id WHERE o.number LIKE ?", prefix);
    TestDatabase.update("DELETE s FROM shop_order s JOIN customer_order o ON o.id = s.order_id WHERE o.number LIKE ?",
        prefix);
    TestDatabase.update("DELETE FROM customer_order WHERE number LIKE ?", prefix);
    for (String table : List.of("sales_fact", "product_sales_fact", "sales_month_fact", "product_sales_month_fact")) {
      TestDatabase.update("DELETE FROM " + table + " WHERE shop_id = ?", workshop.shopId());
      TestDatabase.update("DELETE FROM " + table + "_rebuild WHERE shop_id = ?", workshop.shopId());
    }
    // what the workshop sold through the API stays in the orders: its facts come back by a rebuild
    String admin = api.login(ADMIN, Api.PASSWORD);
    assertThat(api.post("/api/admin/reports/rebuild", Map.of(), admin).status()).isEqualTo(200);
  }

  @Test
  void paymentsGoOnWhileTheFactsAreRebuiltAndAreCountedOnce() throws Exception {
    String shopper = api.newAccount("SHOPPER", "rebuild");
    String admin = api.login(ADMIN, Api.PASSWORD);
    List<String> ipns = new ArrayList<>();
    for (int i = 0; i < PAID_DURING; i++) {
      Api.Reply checkout = orders.placed(shopper, List.of(TestOrders.line(sku, 1)));
      ipns.add(undeliveredIpn(checkout));
    }

    long started = System.nanoTime();
    AtomicLong rebuildEnded = new AtomicLong();
    CompletableFuture<Api.Reply> rebuild = CompletableFuture.supplyAsync(() -> {
      Api.Reply reply = api.post("/api/admin/reports/rebuild", Map.of(), admin);
      rebuildEnded.set(System.nanoTime() - started);
      return reply;
    });
    List<long[]> deliveries = new ArrayList<>();
    for (String ipn : ipns) {
      long sent = System.nanoTime();
      Api.Reply answer = api.get("/api/payments/vnpay/ipn?" + ipn);
      deliveries.add(new long[] {(sent - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000});
      assertThat(answer.json().get("RspCode").asText()).as(answer.toString()).isEqualTo("00");
    }
    Api.Reply rebuilt = rebuild.get();
    assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
    assertThat(rebuilt.json().get("replaced").asBoolean()).as("the history had no facts yet").isTrue();

    long endedMillis = rebuildEnded.get() / 1_000_000;
    String timeline = "rebuild ended at " + endedMillis + " ms; IPNs sent and answered at (ms) "
        + deliveries.stream().map(d -> d[0] + "→" + d[1]).toList();
    assertThat(deliveries.stream().filter(d -> d[1] < endedMillis).count())
        .as("IPNs answered while the rebuild ran: " + timeline).isGreaterThanOrEqualTo(3);
    for (long[] d : deliveries) {
      assertThat(d[1] - d[0]).as("an IPN's wait, ms: " + timeline).isLessThan(PATIENCE_MILLIS);
    }

    // a second rebuild finds nothing to mend: the facts are exactly those of the orders
    Api.Reply again = api.post("/api/admin/reports/rebuild", Map.of(), admin);
    assertThat(again.status()).isEqualTo(200);
    for (String differing : List.of("salesRowsDiffering", "productRowsDiffering", "salesMonthRowsDiffering",
        "productMonthRowsDiffering")) {
      assertThat(again.json().get(differing).asLong()).as(differing + ": " + again.body()).isZero();
    }
    long shop = workshop.shopId();
    long paidOrders = TestDatabase.count("SELECT COUNT(*) FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " WHERE s.shop_id = ? AND o.paid_at IS NOT NULL", shop);
    assertThat(paidOrders).isEqualTo(HISTORY + PAID_DURING);
    long paidVnd = TestDatabase.count("SELECT SUM(s.items_total_vnd + s.shipping_vnd) FROM shop_order s"
        + " JOIN customer_order o ON o.id = s.order_id WHERE s.shop_id = ? AND o.paid_at IS NOT NULL", shop);
    for (String table : List.of("sales_fact", "sales_month_fact")) {
      assertThat(TestDatabase.count("SELECT SUM(orders) FROM " + table + " WHERE shop_id = ?", shop)).as(table)
          .isEqualTo(paidOrders);
      assertThat(TestDatabase.count("SELECT SUM(gross_vnd) FROM " + table + " WHERE shop_id = ?", shop)).as(table)
          .isEqualTo(paidVnd);
    }
    assertThat(TestDatabase.count("SELECT SUM(items) FROM product_sales_month_fact WHERE shop_id = ?", shop))
        .isEqualTo(TestDatabase.count("SELECT SUM(l.quantity) FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id"
            + " JOIN customer_order o ON o.id = s.order_id WHERE s.shop_id = ? AND o.paid_at IS NOT NULL", shop));
    assertThat(TestDatabase.string("SELECT COALESCE(rebuilt_upto, 'none') FROM sales_fact_guard"))
        .as("no rebuild left feeding the scratch tables").isEqualTo("none");
  }

  /** Pays at the VNPay simulator without letting it call us; answers the IPN it would have sent. */
  static String undeliveredIpn(Api.Reply checkout) {
    String url = checkout.json().at("/payment/redirectUrl").asText();
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + url.substring(url.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", false), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    String reference = checkout.json().at("/payment/reference").asText();
    return api.get("/api/sandbox/vnpay/ipn/" + reference).json().get("query").asText();
  }
}
