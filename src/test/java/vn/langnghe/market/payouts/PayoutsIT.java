package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Artisans paid through HTTP: sales become available once delivered and past the return window
 * (PT5S here), a payout run makes one line per shop with a receiving account, its pain.001
 * carries exactly the balances, and the bank's status report settles the lines. Each test pays
 * a week of its own in 2019, so no two share a run.
 */
class PayoutsIT extends MarketIT {

  static final String ADMIN = "admin@demo.langnghe.vn";
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static String admin;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "buyer");
    admin = api.login(ADMIN, Api.PASSWORD);
  }

  /** A receiving account as the accounts page would leave it: active, usable since yesterday. */
  static void receivingAccount(TestShops.Artisan artisan, String number, String name) {
    TestDatabase.update("INSERT INTO payout_account (shop_id, bank_bin, account_number,"
        + " account_name, name_matches, status, created_at, created_by, usable_from)"
        + " VALUES (?, '970415', ?, ?, TRUE, 'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 1,"
        + " UTC_TIMESTAMP(6) - INTERVAL 1 DAY)", artisan.shopId(), number, name);
  }

  static Api.Reply step(long partId, String step, Object body, TestShops.Artisan artisan) {
    return api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token());
  }

  /** The artisan confirms, ships and delivers the part. */
  static void delivered(long partId, TestShops.Artisan artisan) {
    assertThat(step(partId, "confirm", Map.of(), artisan).status()).isEqualTo(200);
    Api.Reply shipped = step(partId, "ship",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + System.nanoTime() % 1_000_000_000L),
        artisan);
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    assertThat(step(partId, "deliver", Map.of(), artisan).status()).isEqualTo(200);
  }

  static long partOf(JsonNode order, long shopId) {
    for (JsonNode part : order.get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part.get("id").asLong();
      }
    }
    throw new AssertionError("no part of shop " + shopId);
  }

  static JsonNode balance(TestShops.Artisan artisan) {
    Api.Reply reply = api.get("/api/my/balance", artisan.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static long ledgerNet(TestShops.Artisan artisan) {
    return TestDatabase.count("SELECT COALESCE(SUM(net_vnd), 0) FROM ledger_entry WHERE shop_id = ?",
        artisan.shopId());
  }

  static void availableAfterTheWindow(TestShops.Artisan artisan, long net) throws InterruptedException {
    eventually("the return window to pass", () -> balance(artisan).get("availableVnd").asLong() == net);
    JsonNode now = balance(artisan);
    assertThat(now.get("pendingVnd").asLong()).isZero();
    assertThat(now.get("paidOutVnd").asLong()).isZero();
  }

  record Available(TestShops.Artisan artisan, long netVnd) {}

  /**
   * A new shop with a receiving account, one piece sold, paid and delivered, and the return window
   * waited out: its whole net is available.
   */
  static Available availableSale(String village, String accountNumber, String holder, long priceVnd,
      String title) throws InterruptedException {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop(village);
    receivingAccount(artisan, accountNumber, holder);
    Api.Reply order = orders.paidPiece(shops, artisan, shopper, priceVnd, title);
    long net = ledgerNet(artisan);
    delivered(partOf(order.json(), artisan.shopId()), artisan);
    availableAfterTheWindow(artisan, net);
    return new Available(artisan, net);
  }

  static Api.Reply run(String period) {
    return api.post("/api/admin/payouts", Map.of("period", period), admin);
  }

  static JsonNode lineOf(JsonNode run, TestShops.Artisan artisan) {
    for (JsonNode line : run.get("lines")) {
      if (line.get("shopSlug").asText().equals(artisan.shopSlug())) {
        return line;
      }
    }
    throw new AssertionError("no line for " + artisan.shopSlug() + " in " + run);
  }

  static Api.Reply status(long runId, String contentType, String body, String fileName) {
    return api.send(api.request("/api/admin/payouts/" + runId + "/status?fileName=" + fileName, admin)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build());
  }

  @Test
  void deliveredSalesPastTheWindowArePaidOutToTheDong() throws Exception {
    TestShops.Artisan silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    receivingAccount(silversmith, "101010123456", "NGUYEN THI DAO");
    String ring = TestShops.sku("PR");
    String scarf = TestShops.sku("PS");
    shops.product(silversmith, ring, 3, 1_234_567, "Nhẫn bạc chạm rồng");
    shops.product(weaver, scarf, 3, 333_333, "Khăn đũi Nam Cao");
    Api.Reply first = orders.placed(shopper, List.of(line(ring, 1), line(scarf, 2)));
    orders.pay(first);
    Api.Reply second = orders.placed(shopper, List.of(line(ring, 2)));
    orders.pay(second);
    long silverNet = ledgerNet(silversmith);
    long weaverNet = ledgerNet(weaver);
    assertThat(silverNet).isPositive();

    JsonNode paidOnly = balance(silversmith);
    assertThat(paidOnly.get("pendingVnd").asLong()).as("paid, not delivered").isEqualTo(silverNet);
    assertThat(paidOnly.get("availableVnd").asLong()).isZero();
    assertThat(paidOnly.get("minimumVnd").asLong()).isEqualTo(50_000);
    // null (left out, as every null of the API) while the schedule is off, as in tests
    assertThat(paidOnly.path("nextPayoutOn").isMissingNode() || paidOnly.get("nextPayoutOn").isNull())
        .isTrue();

    delivered(partOf(first.json(), silversmith.shopId()), silversmith);
    delivered(partOf(second.json(), silversmith.shopId()), silversmith);
    delivered(partOf(first.json(), weaver.shopId()), weaver);
    assertThat(balance(silversmith).get("pendingVnd").asLong()).as("inside the return window")
        .isEqualTo(silverNet);
    availableAfterTheWindow(silversmith, silverNet);
    availableAfterTheWindow(weaver, weaverNet);

    Api.Reply made = run("2019-W01");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    JsonNode run = made.json();
    long runId = run.get("id").asLong();
    JsonNode line = lineOf(run, silversmith);
    assertThat(line.get("amountVnd").asLong()).isEqualTo(silverNet);
    assertThat(line.get("status").asText()).isEqualTo("SENT");
    assertThat(line.get("accountNumberMasked").asText()).endsWith("3456").doesNotContain("101010");
    assertThat(run.get("skipped")).anySatisfy(s -> {
      assertThat(s.get("shopSlug").asText()).isEqualTo(weaver.shopSlug());
      assertThat(s.get("reason").asText()).isEqualTo("NO_ACCOUNT");
      assertThat(s.get("availableVnd").asLong()).isEqualTo(weaverNet);
    });
    long linesTotal = 0;
    for (JsonNode l : run.get("lines")) {
      linesTotal += l.get("amountVnd").asLong();
    }
    assertThat(run.get("totalVnd").asLong()).isEqualTo(linesTotal);
    assertThat(run.get("lineCount").asInt()).isEqualTo(run.get("lines").size());

    JsonNode afterRun = balance(silversmith);
    assertThat(afterRun.get("availableVnd").asLong()).isZero();
    assertThat(afterRun.get("paidOutVnd").asLong()).isEqualTo(silverNet);
    assertThat(balance(weaver).get("availableVnd").asLong()).as("no account: the money waits")
        .isEqualTo(weaverNet);

    // the bank's file: read back with the ISO 20022 library, valid, its sums equal to the balances
    Api.Reply download = api.get("/api/admin/payouts/" + runId + "/pain001.xml", admin);
    assertThat(download.status()).as(download.toString()).isEqualTo(200);
    byte[] file = download.raw().body();
    assertThat(Pain001Definition.violations(file)).isEmpty();
    var message = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8)).getCstmrCdtTrfInitn();
    assertThat(message.getGrpHdr().getCtrlSum().longValueExact()).isEqualTo(linesTotal);
    assertThat(message.getGrpHdr().getNbOfTxs()).isEqualTo(Integer.toString(run.get("lines").size()));
    List<CreditTransferTransaction34> transfers = message.getPmtInf().get(0).getCdtTrfTxInf();
    assertThat(transfers.stream().mapToLong(t -> t.getAmt().getInstdAmt().getValue().longValueExact())
        .sum()).isEqualTo(linesTotal);
    CreditTransferTransaction34 ours = transfers.stream()
        .filter(t -> t.getPmtId().getEndToEndId().equals(line.get("endToEndId").asText()))
        .findFirst().orElseThrow();
    assertThat(ours.getAmt().getInstdAmt().getValue().longValueExact()).isEqualTo(silverNet);
    assertThat(ours.getCdtrAcct().getId().getOthr().getId()).isEqualTo("101010123456");
    assertThat(ours.getCdtrAgt().getFinInstnId().getClrSysMmbId().getMmbId()).isEqualTo("970415");
    assertThat(ours.getCdtr().getNm()).isEqualTo("NGUYEN THI DAO");
    assertThat(TestDatabase.string("SELECT file_sha256 FROM payout_audit WHERE run_id = ?"
        + " AND action = 'EXPORTED_PAIN001' ORDER BY id DESC LIMIT 1", runId))
        .isEqualTo(PayoutRuns.sha256(file));
    Api.Reply sheet = api.get("/api/admin/payouts/" + runId + "/payouts.xlsx", admin);
    assertThat(sheet.status()).isEqualTo(200);
    assertThat(sheet.raw().body()).startsWith((byte) 'P', (byte) 'K');

    // the bank pays the line: imported once it changes the line, twice nothing
    String report = BankReports.pain002(message.getGrpHdr().getMsgId(), "PART",
        Map.of(line.get("endToEndId").asText(), new String[] {"ACSC"}));
    Api.Reply imported = status(runId, "application/xml", report, "pain002-2019-W01.xml");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("paid").asInt()).isEqualTo(1);
    assertThat(imported.json().get("alreadyImported").asBoolean()).isFalse();
    assertThat(lineOf(imported.json().get("run"), silversmith).get("status").asText()).isEqualTo("PAID");
    Api.Reply again = status(runId, "application/xml", report, "pain002-2019-W01.xml");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("alreadyImported").asBoolean()).isTrue();
    assertThat(again.json().get("paid").asInt()).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_status_report WHERE run_id = ?", runId))
        .isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_audit WHERE run_id = ?"
        + " AND action = 'LINE_PAID'", runId)).isEqualTo(1);

    // balances, ledger and payout lines agree to the đồng
    JsonNode paid = balance(silversmith);
    assertThat(paid.get("paidOutVnd").asLong()).isEqualTo(silverNet);
    assertThat(paid.get("pendingVnd").asLong() + paid.get("availableVnd").asLong()
        + paid.get("onHoldVnd").asLong()).isZero();
    JsonNode ledger = api.get("/api/my/ledger", silversmith.token()).json();
    assertThat(ledger.at("/totals/netVnd").asLong()).isEqualTo(silverNet);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(e.net_vnd), 0) FROM payout_earning e"
        + " JOIN payout_line l ON l.id = e.payout_line_id WHERE l.id = ?", line.get("id").asLong()))
        .isEqualTo(silverNet);
    JsonNode mine = api.get("/api/my/payouts", silversmith.token()).json().get("items");
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(mine.get(0).get("period").asText()).isEqualTo("2019-W01");
    assertThat(mine.get(0).get("amountVnd").asLong()).isEqualTo(silverNet);
    assertThat(mine.get(0).get("parts")).extracting(p -> p.get("orderNumber").asText())
        .containsExactlyInAnyOrder(first.json().get("orderNumber").asText(),
            second.json().get("orderNumber").asText());
    long partsSum = 0;
    for (JsonNode part : mine.get(0).get("parts")) {
      partsSum += part.get("netVnd").asLong();
    }
    assertThat(partsSum).isEqualTo(silverNet);

    JsonNode read = api.get("/api/admin/payouts/" + runId, admin).json();
    assertThat(read.get("audit")).extracting(a -> a.get("action").asText())
        .contains("RUN_CREATED", "LINE_CREATED", "SKIPPED", "EXPORTED_PAIN001", "EXPORTED_XLSX",
            "LINE_PAID", "STATUS_IMPORTED", "STATUS_REPEATED");
    assertThat(read.get("audit")).filteredOn(a -> a.get("action").asText().equals("EXPORTED_PAIN001"))
        .allSatisfy(a -> assertThat(a.get("fileName").asText()).isEqualTo("pain001-2019-W01.xml"));
    String adminName = api.get("/api/me", admin).json().get("displayName").asText();
    assertThat(read.get("audit")).filteredOn(a -> a.get("action").asText().equals("EXPORTED_PAIN001"))
        .as("who downloaded it, by name").allSatisfy(a -> assertThat(a.get("actorName").asText()).isEqualTo(adminName));
    assertThat(api.get("/api/admin/payouts", admin).json().get("items"))
        .anySatisfy(r -> {
          assertThat(r.get("id").asLong()).isEqualTo(runId);
          assertThat(r.get("paidCount").asLong()).isGreaterThanOrEqualTo(1);
        });
  }

  @Test
  void aRejectedLinesMoneyIsAvailableAgainAndPaidInTheNextRun() throws Exception {
    Available potterSale = availableSale("dong-xam-cham-bac", "2222333344", "TRAN VAN DUC",
        480_000, "Bình gốm men lam");
    TestShops.Artisan potter = potterSale.artisan();
    long net = potterSale.netVnd();

    JsonNode run = run("2019-W02").json();
    JsonNode line = lineOf(run, potter);
    assertThat(line.get("amountVnd").asLong()).isEqualTo(net);
    String e2e = line.get("endToEndId").asText();
    Api.Reply rejected = status(run.get("id").asLong(), "text/csv",
        "endToEndId,status,reason\n" + e2e + ",RJCT,AM04 tài khoản nguồn thiếu số dư\n", "bank.csv");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().get("rejected").asInt()).isEqualTo(1);
    JsonNode back = balance(potter);
    assertThat(back.get("availableVnd").asLong()).as("the money is available again").isEqualTo(net);
    assertThat(back.get("paidOutVnd").asLong()).isZero();

    // a final line never changes, whatever a later report says
    Api.Reply late = status(run.get("id").asLong(), "application/xml",
        BankReports.pain002("LANGNGHE-PAYOUT-2019-W02", "ACSC", Map.of(e2e, new String[] {"ACSC"})),
        "late.xml");
    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    assertThat(late.json().get("unchanged").asInt()).isEqualTo(1);
    assertThat(lineOf(late.json().get("run"), potter).get("status").asText()).isEqualTo("REJECTED");
    assertThat(lineOf(late.json().get("run"), potter).get("statusReason").asText()).contains("AM04");
    assertThat(balance(potter).get("availableVnd").asLong()).isEqualTo(net);

    JsonNode next = run("2019-W03").json();
    assertThat(lineOf(next, potter).get("amountVnd").asLong()).isEqualTo(net);
    assertThat(balance(potter).get("paidOutVnd").asLong()).isEqualTo(net);
    assertThat(api.get("/api/my/payouts", potter.token()).json().get("items"))
        .extracting(p -> p.get("status").asText()).containsExactly("SENT", "REJECTED");
  }

  /** A closed account is not sent money again week after week: the artisan must enter another. */
  @Test
  void aTransferRejectedForTheAccountItselfStopsPayingThatAccount() throws Exception {
    Available carverSale = availableSale("dong-xam-cham-bac", "6667778889", "DO VAN CHAM",
        390_000, "Khay bạc chạm");
    TestShops.Artisan carver = carverSale.artisan();
    long net = carverSale.netVnd();
    JsonNode run = run("2019-W12").json();
    String e2e = lineOf(run, carver).get("endToEndId").asText();
    Api.Reply closed = status(run.get("id").asLong(), "text/csv", e2e + ",RJCT,AC04 Tài khoản đã đóng\n",
        "closed.csv");
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

    JsonNode account = api.get("/api/my/payout-account", carver.token()).json();
    assertThat(account.get("status").asText()).isEqualTo("REFUSED");
    assertThat(account.get("decisionReason").asText()).contains("AC04");
    assertThat(balance(carver).get("availableVnd").asLong()).isEqualTo(net);
    JsonNode next = run("2019-W13").json();
    assertThat(next.get("lines")).noneMatch(l -> l.get("shopSlug").asText().equals(carver.shopSlug()));
    assertThat(next.get("skipped")).anyMatch(k -> k.get("shopSlug").asText().equals(carver.shopSlug())
        && k.get("reason").asText().equals("NO_ACCOUNT") && k.get("availableVnd").asLong() == net);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_audit WHERE shop_id = ?"
        + " AND action = 'ACCOUNT_REFUSED_BY_BANK'", carver.shopId())).isEqualTo(1);
  }

  /** A hold as returns and disputes will place it (PayoutHolds.hold writes this row). */
  @Test
  void heldMoneyStaysOnHoldAndOutOfRunsUntilReleased() throws Exception {
    TestShops.Artisan lacquerer = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    receivingAccount(lacquerer, "5556667778", "LE THI HOA");
    Api.Reply order = orders.paidPiece(shops, lacquerer, shopper, 650_000, "Hộp sơn mài");
    long part = partOf(order.json(), lacquerer.shopId());
    long net = ledgerNet(lacquerer);
    TestDatabase.update("INSERT INTO payout_hold (shop_order_id, reason, held_at)"
        + " VALUES (?, 'Khách yêu cầu trả hàng', UTC_TIMESTAMP(6))", part);
    delivered(part, lacquerer);
    Thread.sleep(6_000); // past the return window: held money still does not become available
    JsonNode held = balance(lacquerer);
    assertThat(held.get("onHoldVnd").asLong()).isEqualTo(net);
    assertThat(held.get("availableVnd").asLong()).isZero();
    JsonNode run = run("2019-W06").json();
    assertThat(run.get("lines")).noneMatch(l -> l.get("shopSlug").asText().equals(lacquerer.shopSlug()));

    TestDatabase.update("DELETE FROM payout_hold WHERE shop_order_id = ?", part);
    assertThat(balance(lacquerer).get("availableVnd").asLong()).isEqualTo(net);
    assertThat(lineOf(run("2019-W07").json(), lacquerer).get("amountVnd").asLong()).isEqualTo(net);
  }

  /** The officers' report counts a transfer in the month the bank confirmed it, by village and commune. */
  @Test
  void officersSeeIncomePaidOutByVillageAndCommuneOnceTheBankConfirmsIt() throws Exception {
    TestShops.Artisan weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    receivingAccount(weaver, "7778889990", "TRAN VAN DUI");
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    JsonNode village = api.get("/api/craft-villages/nam-cao-det-dui", officer).json();
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String byVillage = "/api/reports/payouts?groupBy=village&from=" + month + "&to=" + month;
    String byCommune = "/api/reports/payouts?groupBy=commune&from=" + month + "&to=" + month;
    long villageBefore = paidIn(api.get(byVillage, officer).json(), village.get("id").asText());
    JsonNode communesBefore = api.get(byCommune, officer).json();

    Api.Reply order = orders.paidPiece(shops, weaver, shopper, 720_000, "Khăn lụa Nam Cao");
    long net = ledgerNet(weaver);
    delivered(partOf(order.json(), weaver.shopId()), weaver);
    availableAfterTheWindow(weaver, net);
    JsonNode run = run("2019-W09").json();
    String e2e = lineOf(run, weaver).get("endToEndId").asText();
    assertThat(paidIn(api.get(byVillage, officer).json(), village.get("id").asText()))
        .as("sent, not yet confirmed by the bank").isEqualTo(villageBefore);

    Api.Reply paid = status(run.get("id").asLong(), "text/csv", e2e + ",PAID\n", "bank-w09.csv");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    JsonNode after = api.get(byVillage, officer).json();
    assertThat(paidIn(after, village.get("id").asText()) - villageBefore).isEqualTo(net);
    assertThat(after.get("rows")).anyMatch(r -> r.get("key").asText().equals(village.get("id").asText())
        && r.get("month").asText().equals(month) && r.get("label").asText().equals(village.get("name").asText()));
    JsonNode communesAfter = api.get(byCommune, officer).json();
    assertThat(communesAfter.get("totalVnd").asLong() - communesBefore.get("totalVnd").asLong())
        .as("the same money by commune").isEqualTo(net);

    assertThat(api.get("/api/reports/payouts", weaver.token()).status()).isEqualTo(403);
    Api.Reply bad = api.get("/api/reports/payouts?from=2026-13", officer);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("from");
    assertThat(api.get("/api/reports/payouts?groupBy=province", officer).body()).contains("groupBy");
  }

  static long paidIn(JsonNode report, String villageId) {
    long sum = 0;
    for (JsonNode row : report.get("rows")) {
      if (villageId.equals(row.path("key").asText(null))) {
        sum += row.get("amountVnd").asLong();
      }
    }
    return sum;
  }

  /**
   * Two different answers for one transfer imported at once: the run is settled by one file at a
   * time, so the line ends paid with its money paid out, or rejected with its money available,
   * never paid with its money available too. Then a bank that accepts the whole group without
   * naming transfers pays every line, and a file too large to be a status report is refused.
   */
  @Test
  void answersImportedAtOnceSettleALineOnceAndAnAcceptedGroupPaysEveryLine() throws Exception {
    Available potterSale = availableSale("nam-cao-det-dui", "3334445556", "HOANG VAN GOM",
        560_000, "Chum gốm");
    TestShops.Artisan potter = potterSale.artisan();
    long net = potterSale.netVnd();
    JsonNode run = run("2019-W10").json();
    long runId = run.get("id").asLong();
    String e2e = lineOf(run, potter).get("endToEndId").asText();
    List<Callable<Api.Reply>> both = List.of(
        () -> status(runId, "text/csv", e2e + ",RJCT,AC04\n", "reject.csv"),
        () -> status(runId, "text/csv", e2e + ",PAID\n", "paid.csv"));
    List<Api.Reply> replies = TestOrders.all(both, 2);
    assertThat(replies).extracting(Api.Reply::status).containsOnly(200);
    assertThat(replies.stream().mapToInt(r -> r.json().get("unchanged").asInt()).sum())
        .as("the second answer found the line settled").isEqualTo(1);
    String settled = lineOf(api.get("/api/admin/payouts/" + runId, admin).json(), potter)
        .get("status").asText();
    JsonNode balance = balance(potter);
    assertThat(balance.get("paidOutVnd").asLong()).isEqualTo(settled.equals("PAID") ? net : 0);
    assertThat(balance.get("availableVnd").asLong()).isEqualTo(settled.equals("REJECTED") ? net : 0);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_earning WHERE shop_id = ?"
        + " AND payout_line_id IS NOT NULL", potter.shopId())).isEqualTo(settled.equals("PAID") ? 1 : 0);

    Available weaverSale = availableSale("nam-cao-det-dui", "3334445557", "HOANG THI DUI",
        430_000, "Khăn đũi");
    TestShops.Artisan weaver = weaverSale.artisan();
    long weaverNet = weaverSale.netVnd();
    JsonNode next = run("2019-W11").json();
    Api.Reply accepted = status(next.get("id").asLong(), "application/xml",
        BankReports.pain002("LANGNGHE-PAYOUT-2019-W11", "ACSC", Map.of()), "group-ok.xml");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().get("paid").asInt()).isEqualTo(next.get("lineCount").asInt());
    assertThat(lineOf(accepted.json().get("run"), weaver).get("status").asText()).isEqualTo("PAID");
    assertThat(accepted.json().at("/run/status").asText()).isEqualTo("COMPLETED");

    Api.Reply huge = status(next.get("id").asLong(), "text/csv",
        "x".repeat(2 * 1024 * 1024 + 1), "huge.csv");
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.body()).contains("file");
  }

  @Test
  void twoRequestsForOnePeriodAtOnceMakeOneRun() {
    List<Callable<Api.Reply>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(() -> run("2019-W04"));
    }
    List<Api.Reply> replies = TestOrders.all(both, 2);
    assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 200);
    assertThat(replies.get(0).json().get("id").asLong()).isEqualTo(replies.get(1).json().get("id").asLong());
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_run WHERE period = '2019-W04'")).isEqualTo(1);
    Api.Reply later = run("2019-W04");
    assertThat(later.status()).isEqualTo(200);
    assertThat(later.json().get("id").asLong()).isEqualTo(replies.get(0).json().get("id").asLong());
  }

  @Test
  void badRequestsAreNamedAndOnlyAdministratorsPay() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("nam-cao-det-dui");
    Map<String, String> badPeriods = new LinkedHashMap<>();
    badPeriods.put("2999-W01", "a week to come");
    badPeriods.put("2019-53", "no ISO week");
    badPeriods.put("2019-W54", "no such week");
    badPeriods.forEach((period, why) -> {
      Api.Reply reply = run(period);
      assertThat(reply.status()).as(why + ": " + reply).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("period");
    });
    assertThat(api.post("/api/admin/payouts", Map.of("period", "2019-W05"), artisan.token()).status())
        .isEqualTo(403);
    assertThat(api.post("/api/admin/payouts", Map.of(), null).status()).isEqualTo(401);
    assertThat(api.get("/api/admin/payouts", artisan.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/my/balance", shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/my/payouts", null).status()).isEqualTo(401);
    assertThat(api.get("/api/admin/payouts/99999999", admin).status()).isEqualTo(404);

    long runId = run("2019-W05").json().get("id").asLong();
    Api.Reply empty = status(runId, "text/csv", "", "empty.csv");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("file");
    Api.Reply stranger = status(runId, "text/csv", "LN1999-W01-S1,PAID\n", "stranger.csv");
    assertThat(stranger.status()).as(stranger.toString()).isEqualTo(400);
    assertThat(stranger.json().get("errors").findValuesAsText("field")).containsExactly("file");
    Api.Reply otherRun = status(runId, "application/xml",
        BankReports.pain002("LANGNGHE-PAYOUT-2019-W01", "ACSC", Map.of()), "other.xml");
    assertThat(otherRun.status()).as(otherRun.toString()).isEqualTo(400);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_status_report WHERE run_id = ?", runId))
        .as("nothing stored from refused files").isZero();
  }
}
