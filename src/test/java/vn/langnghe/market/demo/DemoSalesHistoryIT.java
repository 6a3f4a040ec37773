package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
 * ledger has its lines, orders paid on delivery are settled by their carrier's remittance (and
 * the officers' cashless share falls below 1 beside it), the facts agree with a rebuild from the
 * orders, no e-mail went out for them and the catalogue still has its stock. Other tests' orders may share the period (the
 * database is the test run's), so the totals are compared as the seeded part plus the rest.
 */
@ExtendWith(IntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class DemoSalesHistoryIT {

  static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
  static final String SEEDED_BUYER = "a.email LIKE 'khach.%@demo.langnghe.vn'";
  private static final String CONTEXT = "/demo-history";
  private static final String JBOSS_WEB = "WEB-INF/jboss-web.xml";
  static final Api api = new Api(TestSite.base() + CONTEXT);

  static SalesPlan plan;
  /** When this test started: the seeding's moment lies between this and the deployment. */
  static Instant started;

  /**
   * The war once more, with its demo sales history switched on, beside the run's shared
   * deployment (testing.OneDeploymentPerRun): under its own name and address, against the same
   * database, as a second node would be. Its start seeds the history.
   */
  @Deployment(testable = false)
  public static WebArchive deployment() throws IOException {
    WebArchive shared = MarketIT.deployment();
    String config;
    try (InputStream in = shared.get(CONFIG).getAsset().openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    WebArchive war = ShrinkWrap.create(WebArchive.class, "market-history.war").merge(shared);
    war.delete(CONFIG);
    war.delete(JBOSS_WEB);
    war.add(new StringAsset("<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\"><context-root>"
        + CONTEXT + "</context-root></jboss-web>"), JBOSS_WEB);
    return war.add(new StringAsset(config + "\nmarket.demo.sales-history=true\n"), CONFIG);
  }

  /** The seeding runs in the background after the deployment started: wait for all of it. */
  @BeforeAll
  static void seeded() throws InterruptedException {
    started = Instant.now();
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
            + count(SalesPlan.Fate.SHOP_CANCELS_PART) + count(SalesPlan.Fate.SHOPPER_CANCELS_COD)
            + count(SalesPlan.Fate.RETURNED));
    assertThat(seededOrders("o.status = 'PAID'")).as("orders still being fulfilled").isPositive();
    assertThat(seededOrders("o.status = 'CASH_ON_DELIVERY'")).as("COD orders still on their way").isPositive();
    assertThat(seededOrders("o.created_at < UTC_TIMESTAMP() - INTERVAL 5 MONTH")).isPositive();
    assertThat(TestDatabase.count("SELECT COUNT(DISTINCT DATE_FORMAT(o.paid_at, '%Y-%m'))"
        + " FROM customer_order o JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER))
        .isGreaterThanOrEqualTo(6);
    assertThat(TestDatabase.count("SELECT COUNT(DISTINCT o.payment_method) FROM customer_order o"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER)).isEqualTo(4);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER + " AND s.status = 'CANCELLED'"
        + " AND o.status = 'COMPLETED'")).as("parts a shop cancelled in orders the others delivered").isPositive();
  }

  @Test
  void codOrdersAreSettledByTheirCarriersRemittanceWithTheirLedgerLines() {
    assertThat(seededOrders("o.payment_method = 'COD'"))
        .isEqualTo(plan.orders().stream().filter(PlannedOrder::cashOnDelivery).count());
    assertThat(seededOrders("o.payment_method = 'COD' AND o.paid_at IS NOT NULL")).isZero();
    // steps planned well before this test started were taken; none planned after it
    Instant surely = started.minus(Duration.ofMinutes(15));
    assertThat(seededCodParts("s.settled_at IS NOT NULL")).as("settled COD parts")
        .isBetween(codParts(p -> p.remitAt() != null && p.remitAt().isBefore(surely)),
            codParts(p -> p.remitAt() != null && p.remitAt().isBefore(started)))
        .isGreaterThan(plan.orders().size() / 5L)
        .isEqualTo(seededCodParts("EXISTS (SELECT 1 FROM cod_remittance r WHERE r.shop_order_id = s.id"
            + " AND r.result = 'SETTLED' AND r.amount_vnd = s.cod_vnd AND r.source LIKE 'statement:%')"));
    assertThat(seededCodParts("s.status = 'RETURNED'")).as("parcels brought back")
        .isBetween(codParts(p -> p.returnAt() != null && p.returnAt().isBefore(surely)),
            codParts(p -> p.returnAt() != null && p.returnAt().isBefore(started)))
        .isPositive();
    assertThat(seededCodParts("s.status = 'DELIVERED' AND s.settled_at IS NULL"))
        .as("delivered, the cash not yet remitted")
        .isBetween(codParts(p -> p.deliverAt() != null && p.deliverAt().isBefore(surely)
                && p.remitAt().isAfter(started)),
            codParts(p -> p.deliverAt() != null && p.deliverAt().isBefore(started)
                && p.remitAt().isAfter(surely)));
    assertThat(seededCodParts("s.settled_at IS NOT NULL AND s.cod_remitted_vnd = s.cod_vnd"
        + " AND s.cod_vnd = s.items_total_vnd + s.shipping_vnd AND s.status = 'DELIVERED'"))
        .isEqualTo(seededCodParts("s.settled_at IS NOT NULL"));

    // the ledger's SALE line is written on the remittance's day, and only for settled parts
    String sale = "(SELECT COUNT(*) FROM ledger_entry e WHERE e.shop_order_id = s.id AND e.kind = 'SALE'"
        + " AND DATE(e.created_at + INTERVAL 7 HOUR) = DATE(s.settled_at + INTERVAL 7 HOUR)"
        + " AND e.gross_vnd = s.items_total_vnd + s.shipping_vnd)";
    assertThat(seededCodParts("s.settled_at IS NOT NULL AND " + sale + " = 1"))
        .isEqualTo(seededCodParts("s.settled_at IS NOT NULL"));
    assertThat(seededCodParts("s.settled_at IS NULL AND EXISTS (SELECT 1 FROM ledger_entry e"
        + " WHERE e.shop_order_id = s.id)")).as("ledger lines of unsettled COD parts").isZero();
    // and so are the sales facts: the COD gross of the period is what was remitted in it
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(gross_vnd), 0) FROM sales_fact WHERE payment_method = 'COD'"
        + " AND day BETWEEN ? AND ?", plan.from(), plan.to())).isPositive()
        .isEqualTo(TestDatabase.count("SELECT COALESCE(SUM(s.items_total_vnd + s.shipping_vnd), 0)"
            + " FROM shop_order s JOIN customer_order o ON o.id = s.order_id WHERE o.payment_method = 'COD'"
            + " AND DATE(s.settled_at + INTERVAL 7 HOUR) BETWEEN ? AND ?", plan.from(), plan.to()));
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
    // cash on delivery, counted when remitted, lowers the cashless share and is shown beside it
    long cod = TestDatabase.count("SELECT COALESCE(SUM(s.items_total_vnd + s.shipping_vnd), 0)"
        + " FROM shop_order s JOIN customer_order o ON o.id = s.order_id WHERE o.payment_method = 'COD'"
        + " AND " + MONEY_DAY + " BETWEEN ? AND ?", plan.from(), plan.to());
    double codShare = overview.get("codShare").asDouble();
    double cashlessShare = overview.get("cashlessShare").asDouble();
    assertThat(codShare).isPositive().isCloseTo((double) cod / overview.get("gmvVnd").asLong(), within(1e-9));
    assertThat(cashlessShare).isLessThan(1.0).isCloseTo(1.0 - codShare, within(1e-9));

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

  /**
   * Each Monday of the history had its payout run and, the next morning, the bank's answer (one
   * transfer rejected and paid again later); the last demo shop's account, in another name, waits
   * for an officer; and the demo artisan's money by state adds up to the ledger's net.
   */
  @Test
  void theHistorysWeeksWerePaidOutAndTheArtisansMoneyAddsUp() throws InterruptedException {
    String answered = "SELECT COUNT(*) FROM payout_status_report WHERE file_name LIKE 'sao-ke-%'";
    // weeks whose answer came a day before this test started, surely after the history began
    long weeks = Duration.between(plan.orders().get(0).placedAt(), started).toDays() / 7 - 2;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (TestDatabase.count(answered) < weeks) {
      assertThat(Instant.now()).as("waited for the history's payout runs").isBefore(deadline);
      Thread.sleep(1_000);
    }
    assertThat(weeks).isGreaterThan(20);
    String demoLines = "SELECT COUNT(*) FROM payout_line l WHERE l.run_id IN (SELECT r.run_id FROM"
        + " payout_status_report r WHERE r.file_name LIKE 'sao-ke-%') AND l.status = ";
    assertThat(TestDatabase.count(demoLines + "'PAID'")).isGreaterThan(weeks);
    assertThat(TestDatabase.count(demoLines + "'REJECTED'")).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_account WHERE status = 'AWAITING_APPROVAL'"
        + " AND account_name = 'PHAM THI THU HA'")).isEqualTo(1);

    String artisan = api.login(DemoData.ARTISAN_EMAIL, Api.PASSWORD);
    JsonNode balance = read("/api/my/balance", artisan);
    String shop = "(SELECT s.id FROM shop s JOIN account a ON a.id = s.owner_account_id WHERE a.email = '"
        + DemoData.ARTISAN_EMAIL + "')";
    assertThat(balance.get("paidOutVnd").asLong()).isPositive()
        .isEqualTo(TestDatabase.count("SELECT COALESCE(SUM(amount_vnd), 0) FROM payout_line"
            + " WHERE status IN ('SENT', 'PAID') AND shop_id = " + shop));
    assertThat(balance.get("pendingVnd").asLong() + balance.get("availableVnd").asLong()
        + balance.get("onHoldVnd").asLong() + balance.get("paidOutVnd").asLong())
        .isEqualTo(TestDatabase.count("SELECT SUM(net_vnd) FROM ledger_entry WHERE shop_id = " + shop));
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

  /**
   * After the history, the trust side of the demo: ratings in search (through the outbox), mostly
   * good and never word for word the same, some answered by the shop; the demo artisan's shop
   * story, answered questions and one waiting, an open return to answer; the tour shopper's
   * thread; an escalated dispute and a listing report for the officers.
   */
  @Test
  void theHistorysBuyersReviewedAskedAndComplained() throws InterruptedException {
    String officer = api.login(DemoData.OFFICER_EMAIL, Api.PASSWORD);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (read("/api/officer/listing-reports", officer).get("total").asLong() == 0) {
      assertThat(Instant.now()).as("waited for the demo's reviews and conversations").isBefore(deadline);
      Thread.sleep(1_000);
    }
    JsonNode rated = read("/api/search?ratingMin=4&size=24", officer);
    while (rated.get("total").asLong() == 0) {
      assertThat(Instant.now()).as("waited for ratings in search").isBefore(deadline);
      Thread.sleep(1_000);
      rated = read("/api/search?ratingMin=4&size=24", officer);
    }
    assertThat(rated.at("/items/0/rating/count").asInt()).isPositive();
    assertThat(rated.at("/items/0/rating/average").asDouble()).isGreaterThanOrEqualTo(4.0);

    String byBuyers = " FROM review r JOIN account a ON a.id = r.author_account_id WHERE " + SEEDED_BUYER;
    long reviews = TestDatabase.count("SELECT COUNT(*)" + byBuyers);
    assertThat(reviews).isGreaterThan(100);
    assertThat(TestDatabase.count("SELECT COUNT(*)" + byBuyers + " AND r.stars >= 4")).isGreaterThan(reviews * 7 / 10);
    assertThat(TestDatabase.count("SELECT COUNT(*)" + byBuyers + " AND r.stars <= 3")).isPositive();
    assertThat(TestDatabase.count("SELECT COUNT(*)" + byBuyers + " AND r.reply_text IS NOT NULL")).isPositive();
    assertThat(TestDatabase.count("SELECT COUNT(DISTINCT r.body)" + byBuyers))
        .isEqualTo(TestDatabase.count("SELECT COUNT(r.body)" + byBuyers));

    String artisan = api.login(DemoData.ARTISAN_EMAIL, Api.PASSWORD);
    assertThat(read("/api/my/shop", artisan).get("story").asText()).contains("Đồng Xâm");
    JsonNode questions = read("/api/my/questions", artisan);
    assertThat(questions.get("unanswered").asLong()).isEqualTo(1);
    assertThat(questions.get("items").findValuesAsText("answered")).contains("true");
    assertThat(read("/api/my/returns", artisan).findValuesAsText("status")).contains("REQUESTED");
    assertThat(read("/api/officer/disputes?status=open", officer).findValuesAsText("status")).contains("ESCALATED");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_message m JOIN account a ON a.id = m.buyer_account_id"
        + " WHERE a.email = ?", DemoData.SHOPPER_EMAIL)).isEqualTo(3);
  }

  private static long count(SalesPlan.Fate fate) {
    return plan.orders().stream().filter(o -> o.fate() == fate).count();
  }

  private static long seededOrders(String condition) {
    return TestDatabase.count("SELECT COUNT(*) FROM customer_order o JOIN account a ON a.id = o.buyer_account_id"
        + " WHERE " + SEEDED_BUYER + " AND " + condition);
  }

  private static long seededCodParts(String condition) {
    return TestDatabase.count("SELECT COUNT(*) FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + SEEDED_BUYER
        + " AND o.payment_method = 'COD' AND " + condition);
  }

  private static long codParts(Predicate<SalesPlan.PlannedPart> which) {
    return plan.orders().stream().filter(PlannedOrder::cashOnDelivery)
        .flatMap(o -> o.parts().stream()).filter(which).count();
  }

  /**
   * A part's money counts on the Vietnam day its order was paid, or for cash on delivery the day
   * the carrier remitted it.
   */
  private static final String MONEY_DAY = "DATE(CASE WHEN o.payment_method = 'COD' THEN s.settled_at"
      + " ELSE o.paid_at END + INTERVAL 7 HOUR)";

  /** What parts paid in the plan's period came to: the seeded orders', or the others'. */
  private static long paidTotal(boolean seeded) {
    return TestDatabase.count("SELECT COALESCE(SUM(s.items_total_vnd + s.shipping_vnd), 0)"
        + " FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
        + " JOIN account a ON a.id = o.buyer_account_id WHERE " + MONEY_DAY + " BETWEEN ? AND ? AND "
        + (seeded ? "" : "NOT ") + "(" + SEEDED_BUYER + ")", plan.from(), plan.to());
  }

  /**
   * Each shop's parts of the seeded orders paid in the period (the history's and the tour
   * shopper's few): goods and shipping.
   */
  private static Map<String, Long> shopTotals() {
    Map<String, Long> totals = new HashMap<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement("SELECT s.shop_id, SUM(s.items_total_vnd + s.shipping_vnd)"
            + " FROM shop_order s JOIN customer_order o ON o.id = s.order_id"
            + " JOIN account a ON a.id = o.buyer_account_id WHERE (" + SEEDED_BUYER + " OR a.email = '"
            + DemoData.SHOPPER_EMAIL + "') AND " + MONEY_DAY + " BETWEEN ? AND ? GROUP BY s.shop_id")) {
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
