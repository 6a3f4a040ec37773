package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.demo.SalesPlan.PlannedOrder;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

/**
 * The demo's sales history, asked for by this test's deployment alone (the war as built, with
 * {@code market.demo.sales-history} switched on in its configuration): the months of orders the
 * plan holds exist, the trade office's figures for them are those of the orders, the artisan's
 * ledger has its lines, the facts agree with a rebuild from the orders, no e-mail went out for
 * them and the catalogue still has its stock. Other tests' orders may share the period (the
 * database is the test run's), so the totals are compared as the seeded part plus the rest.
 */
@ExtendWith(IntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class DemoSalesHistoryIT {

  static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
  static final String SEEDED_BUYER = "a.email LIKE 'khach.%@demo.langnghe.vn'";
  static final Api api = new Api(TestSite.base());

  static SalesPlan plan;

  @Deployment(testable = false)
  public static WebArchive deployment() throws IOException {
    WebArchive war = MarketIT.deployment();
    String config;
    try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    war.delete(CONFIG);
    return war.add(new StringAsset(config + "\nmarket.demo.sales-history=true\n"), CONFIG);
  }

  /** The seeding runs in the background after the deployment started: wait for all of it. */
  @BeforeAll
  static void seeded() throws InterruptedException {
    plan = SalesPlan.of(DemoData.generate(), LocalDate.now(SalesPlan.VIETNAM));
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    long orders;
    while ((orders = seededOrders("TRUE")) < plan.orders().size()) {
      assertThat(Instant.now()).as("waited for the sales history, " + orders + " of "
          + plan.orders().size() + " orders so far").isBefore(deadline);
      Thread.sleep(1_000);
    }
    assertThat(orders).isEqualTo(plan.orders().size());
  }

  @Test
  void monthsOfOrdersEndedAsPlannedAndRecentOnesAreStillBeingFulfilled() {
    long paid = plan.orders().stream().filter(PlannedOrder::paid).count();
    assertThat(plan.orders().size()).isGreaterThan(300);
    assertThat(seededOrders("o.paid_at IS NOT NULL")).isEqualTo(paid);
    assertThat(seededOrders("o.status = 'EXPIRED'")).isEqualTo(count(SalesPlan.Fate.EXPIRES));
    assertThat(seededOrders("o.status = 'COMPLETED'")).isGreaterThan(paid / 2);
    // a recent order's cancellation may lie after the seeding's moment; a part its only shop
    // cancelled cancels the order; refunds of sandbox payments are not paid back by the simulators
    assertThat(seededOrders("o.status IN ('CANCELLED', 'REFUNDED')")).isBetween(
        count(SalesPlan.Fate.SHOPPER_CANCELS_UNPAID),
        count(SalesPlan.Fate.SHOPPER_CANCELS_UNPAID) + count(SalesPlan.Fate.SHOPPER_CANCELS_PAID)
            + count(SalesPlan.Fate.SHOP_CANCELS_PART));
    assertThat(seededOrders("o.status = 'PAID'")).as("orders still being fulfilled").isPositive();
    assertThat(seededOrders("o.created_at < UTC_TIMESTAMP() - INTERVAL 5 MONTH")).isPositive();
    assertThat(TestDatabase.count("SELECT COUNT(DISTINCT DATE_FORMAT(o.paid_at, '%Y-%m'))"
        + " FROM customer_order o JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER))
        .isGreaterThanOrEqualTo(6);
    assertThat(TestDatabase.count("SELECT COUNT(DISTINCT o.payment_method) FROM customer_order o"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER)).isEqualTo(3);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER + " AND s.status = 'CANCELLED'"
        + " AND o.status = 'COMPLETED'")).as("parts a shop cancelled in orders the others delivered").isPositive();
  }

  @Test
  void theOfficersOverviewOfSixMonthsIsTheSumOfThePaidOrders() {
    String officer = api.login("officer@demo.langnghe.vn", Api.PASSWORD);
    String period = "from=" + plan.from() + "&to=" + plan.to();
    JsonNode overview = read("/api/reports/overview?" + period, officer);
    long seeded = paidTotal(true);
    assertThat(seeded).as("GMV of the seeded paid orders").isPositive();
    assertThat(overview.get("gmvVnd").asLong()).isEqualTo(seeded + paidTotal(false));
    assertThat(overview.get("refundsVnd").asLong()).isPositive();

    // shop by shop, where no other test sells: exactly the seeded orders
    Map<String, Long> byShop = new HashMap<>();
    for (JsonNode row : read("/api/reports/sales?" + period + "&groupBy=shop", officer).get("rows")) {
      byShop.put(row.get("key").asText(), row.get("gmvVnd").asLong());
    }
    Map<String, Long> expected = shopTotals();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
    expected.forEach((shop, gmv) -> assertThat(byShop.get(shop)).as("GMV of shop " + shop).isEqualTo(gmv));
  }

  @Test
  void theArtisansLedgerHasItsSalesAndReversals() {
    String artisan = api.login(DemoData.ARTISAN_EMAIL, Api.PASSWORD);
    JsonNode statement = read("/api/my/ledger?size=100", artisan);
    String shop = "(SELECT s.id FROM shop s JOIN account a ON a.id = s.owner_account_id WHERE a.email = '"
        + DemoData.ARTISAN_EMAIL + "')";
    assertThat(statement.get("total").asLong()).isPositive()
        .isEqualTo(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_id = " + shop));
    assertThat(statement.at("/totals/grossVnd").asLong()).isPositive()
        .isEqualTo(TestDatabase.count("SELECT SUM(gross_vnd) FROM ledger_entry WHERE shop_id = " + shop));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry e JOIN shop_order s ON s.id = e.shop_order_id"
        + " JOIN customer_order o ON o.id = s.order_id JOIN account a ON a.id = o.buyer_account_id WHERE "
        + SEEDED_BUYER + " AND e.kind = 'REVERSAL'")).as("reversals of cancelled parts").isPositive();
    JsonNode months = read("/api/my/sales?groupBy=month&from=" + plan.from() + "&to=" + plan.to(), artisan);
    assertThat(months.toString()).contains("gmvVnd");
  }

  @Test
  void theFactsAreThoseARebuildFromTheOrdersFinds() {
    String admin = api.login(DemoData.ADMIN_EMAIL, Api.PASSWORD);
    Api.Reply rebuild = api.post("/api/admin/reports/rebuild", Map.of(), admin);
    assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
    for (String differing : Set.of("salesRowsDiffering", "productRowsDiffering",
        "salesMonthRowsDiffering", "productMonthRowsDiffering")) {
      assertThat(rebuild.json().get(differing).asLong()).as(differing + ": " + rebuild.body()).isZero();
    }
  }

  @Test
  void theHistorySentNoMailAndLeftTheCatalogueItsStock() throws MessagingException, SQLException {
    for (MimeMessage message : IntegrationEnvironment.mail().getReceivedMessages()) {
      for (Address to : message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients()) {
        assertThat(to.toString()).doesNotStartWith("khach.");
      }
    }
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM outbox_event e JOIN order_status_change c ON c.id = e.aggregate_id"
        + " JOIN customer_order o ON o.id = c.order_id JOIN account a ON a.id = o.buyer_account_id"
        + " WHERE e.topic = 'order-notice' AND " + SEEDED_BUYER)).isZero();
    Map<String, Integer> onHand = new HashMap<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement("SELECT sku, on_hand - reserved FROM variant");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        onHand.put(rows.getString(1), rows.getInt(2));
      }
    }
    Set<String> sold = plan.orders().stream().flatMap(o -> o.lines().stream())
        .map(SalesPlan.PlannedLine::sku).collect(Collectors.toSet());
    for (VariantRequest variant : DemoData.generate().products().stream()
        .flatMap(p -> p.request().variants().stream()).toList()) {
      if (sold.contains(variant.sku())) {
        assertThat(onHand.get(variant.sku())).as(variant.sku() + " available")
            .isGreaterThanOrEqualTo(variant.onHand());
      }
    }
  }

  private static long count(SalesPlan.Fate fate) {
    return plan.orders().stream().filter(o -> o.fate() == fate).count();
  }

  private static long seededOrders(String condition) {
    return TestDatabase.count("SELECT COUNT(*) FROM customer_order o JOIN account a ON a.id = o.buyer_account_id"
        + " WHERE " + SEEDED_BUYER + " AND " + condition);
  }

  /** What orders paid in the plan's period (Vietnam days) came to: the seeded ones, or the others. */
  private static long paidTotal(boolean seeded) {
    return TestDatabase.count("SELECT COALESCE(SUM(o.total_vnd), 0) FROM customer_order o"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE o.paid_at IS NOT NULL"
        + " AND DATE(o.paid_at + INTERVAL 7 HOUR) BETWEEN ? AND ? AND " + (seeded ? "" : "NOT ")
        + "(" + SEEDED_BUYER + ")", plan.from(), plan.to());
  }

  /** Each shop's parts of the seeded orders paid in the period: goods and shipping. */
  private static Map<String, Long> shopTotals() {
    Map<String, Long> totals = new HashMap<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement("SELECT s.shop_id, SUM(s.items_total_vnd + s.shipping_vnd)"
            + " FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
            + " JOIN account a ON a.id = o.buyer_account_id WHERE o.paid_at IS NOT NULL AND " + SEEDED_BUYER
            + " AND DATE(o.paid_at + INTERVAL 7 HOUR) BETWEEN ? AND ? GROUP BY s.shop_id")) {
      query.setObject(1, plan.from());
      query.setObject(2, plan.to());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          totals.put(Long.toString(rows.getLong(1)), rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return totals;
  }

  private static JsonNode read(String path, String token) {
    Api.Reply reply = api.get(path, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
