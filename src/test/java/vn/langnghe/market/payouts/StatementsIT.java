package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Money;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The artisan's monthly statement over HTTP: opening + sales − commission − withholding − refunds
 * − payouts = closing, each figure the ledger's and the payout lines' own, a sale of last month in
 * the opening balance, payouts made and rejected on either side of the month's start.
 */
class StatementsIT extends MarketIT {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  static TestShops.Artisan potter;
  static TestShops.Artisan weaver;
  static YearMonth month;
  static LocalDateTime monthStart;
  static List<String> potterOrders;

  /**
   * The potter sells three pieces: one written 40 days ago (last month or before), one cancelled
   * this month. Payout lines: 200.000 ₫ paid 40 days ago, 30.000 ₫ made then and rejected now,
   * 100.000 ₫ sent now, 50.000 ₫ made and rejected now.
   */
  @BeforeAll
  static void aMonthOfSalesRefundsAndPayouts() {
    potter = shops.artisanWithApprovedShop("hoi-chieu-coi");
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    String shopper = api.newAccount("SHOPPER", "statement");
    Api.Reply old = orders.paidPiece(shops, potter, shopper, 777_777, "Bình gốm men rạn");
    Api.Reply kept = orders.paidPiece(shops, potter, shopper, 1_250_000, "Lọ hoa men lam");
    Api.Reply cancelled = orders.paidPiece(shops, potter, shopper, 333_333, "Chén trà");
    orders.paidPiece(shops, weaver, shopper, 450_000, "Khăn lụa");
    long cancelledPart = cancelled.json().get("shopOrders").get(0).get("id").asLong();
    Api.Reply cancel = api.post("/api/my/orders/" + cancelledPart + "/cancel", Map.of("reason", "Vỡ khi đóng gói"),
        potter.token());
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
    TestDatabase.update("UPDATE ledger_entry SET created_at = created_at - INTERVAL 40 DAY WHERE shop_order_id = ?",
        old.json().get("shopOrders").get(0).get("id").asLong());
    potterOrders = List.of(number(old), number(kept), number(cancelled));

    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    LocalDateTime before = now.minusDays(40);
    long account = insert("INSERT INTO payout_account (shop_id, bank_bin, account_number, account_name, name_matches,"
        + " status, created_at, created_by, usable_from) VALUES (?, '970436', '0011001234567', 'NGUYEN VAN GOM', 1,"
        + " 'ACTIVE', ?, 1, ?)", potter.shopId(), before, before);
    payoutLine(account, 200_000, "PAID", before, before);
    payoutLine(account, 30_000, "REJECTED", before, now);
    payoutLine(account, 100_000, "SENT", now, null);
    payoutLine(account, 50_000, "REJECTED", now, now);
    month = YearMonth.now(VIETNAM);
    monthStart = month.atDay(1).atStartOfDay(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  static String number(Api.Reply placed) {
    return placed.json().get("orderNumber").asText();
  }

  /** A line in a run of its own (a run pays a shop once). */
  static void payoutLine(long account, long amount, String status, LocalDateTime created,
      LocalDateTime settled) {
    long run = insert("INSERT INTO payout_run (period, message_id, status, execution_date, line_count, total_vnd,"
        + " created_at) VALUES (?, ?, 'OPEN', ?, 1, ?, ?)", "T" + UUID.randomUUID().toString().substring(0, 7),
        UUID.randomUUID().toString().replace("-", ""), created.toLocalDate(), amount, created);
    TestDatabase.update("INSERT INTO payout_line (run_id, shop_id, account_id, end_to_end_id, amount_vnd, bank_bin,"
        + " account_number, account_name, status, created_at, settled_at) VALUES (?, ?, ?, ?, ?, '970436',"
        + " '0011001234567', 'NGUYEN VAN GOM', ?, ?, ?)", run, potter.shopId(), account,
        UUID.randomUUID().toString().replace("-", ""), amount, status, created, settled);
  }

  static long insert(String sql, Object... parameters) {
    TestDatabase.update(sql, parameters);
    String table = sql.split(" ")[2];
    return TestDatabase.count("SELECT MAX(id) FROM " + table);
  }

  static long ledger(String sum, String where, Object... parameters) {
    Object[] all = new Object[parameters.length + 1];
    all[0] = potter.shopId();
    System.arraycopy(parameters, 0, all, 1, parameters.length);
    return TestDatabase.count("SELECT COALESCE(" + sum + ", 0) FROM ledger_entry WHERE shop_id = ? AND " + where, all);
  }

  static List<CSVRecord> csv(TestShops.Artisan artisan, YearMonth month) throws IOException {
    Api.Reply reply = api.get("/api/my/statements/" + month + ".csv", artisan.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    byte[] bytes = reply.raw().body();
    return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
        .getRecords();
  }

  static CSVRecord row(List<CSVRecord> records, String label) {
    return records.stream().filter(r -> r.size() > 1 && r.get(1).equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  static long cell(CSVRecord record, int column) {
    return Long.parseLong(record.get(column));
  }

  @Test
  void theStatementAddsUpAndEachFigureIsTheLedgersAndThePayoutLines() throws IOException {
    List<CSVRecord> records = csv(potter, month);
    long opening = cell(row(records, "Số dư đầu kỳ"), 8);
    CSVRecord sums = row(records, "Cộng trong tháng");
    long sales = cell(sums, 2);
    long refunds = cell(sums, 3);
    long commission = cell(sums, 4);
    long withholding = cell(sums, 5);
    long payouts = cell(sums, 6);
    long closing = cell(row(records, "Số dư cuối kỳ"), 8);

    assertThat(opening + sales - commission - withholding - refunds - payouts).isEqualTo(closing);
    assertThat(opening).as("last month's sale less what was paid out before this month (200.000 + 30.000)")
        .isEqualTo(ledger("SUM(net_vnd)", "created_at < ?", monthStart) - 230_000);
    assertThat(sales).isEqualTo(ledger("SUM(gross_vnd)", "kind = 'SALE' AND created_at >= ?", monthStart));
    assertThat(refunds).isEqualTo(-ledger("SUM(gross_vnd)", "kind = 'REVERSAL' AND created_at >= ?", monthStart))
        .isPositive();
    assertThat(commission).isEqualTo(ledger("SUM(commission_vnd)", "created_at >= ?", monthStart));
    assertThat(withholding).isEqualTo(ledger("SUM(vat_withheld_vnd + pit_withheld_vnd)", "created_at >= ?", monthStart));
    assertThat(payouts).as("100.000 + 50.000 made, 50.000 + 30.000 rejected").isEqualTo(70_000);
    assertThat(closing).as("everything earned less everything paid out and not rejected")
        .isEqualTo(ledger("SUM(net_vnd)", "1 = 1") - 300_000);

    List<CSVRecord> movements = records.subList(records.indexOf(row(records, "Số dư đầu kỳ")) + 1,
        records.indexOf(sums));
    assertThat(movements).as("two sales, one reversal, four payout movements").hasSize(3 + 4);
    assertThat(cell(movements.get(movements.size() - 1), 8)).as("the running balance ends at the closing")
        .isEqualTo(closing);
    String all = records.toString();
    assertThat(all).contains(potterOrders.get(1), potterOrders.get(2)).doesNotContain(potterOrders.get(0));

    List<CSVRecord> last = csv(potter, month.minusMonths(1));
    assertThat(cell(row(last, "Số dư cuối kỳ"), 8)).as("last month's closing is this month's opening").isEqualTo(opening);
  }

  @Test
  void thePdfShowsTheEquationWithTheSameFigures() throws IOException {
    List<CSVRecord> records = csv(potter, month);
    Api.Reply pdf = api.get("/api/my/statements/" + month + ".pdf", potter.token());
    assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    PdfReader reader = new PdfReader(pdf.raw().body());
    StringBuilder text = new StringBuilder();
    try {
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(page));
      }
    } finally {
      reader.close();
    }
    String compact = text.toString().replaceAll("\\s+", "");
    CSVRecord sums = row(records, "Cộng trong tháng");
    String equation = "Số dư đầu kỳ " + Money.formatVnd(cell(row(records, "Số dư đầu kỳ"), 8))
        + " + doanh số bán " + Money.formatVnd(cell(sums, 2)) + " − hoa hồng " + Money.formatVnd(cell(sums, 4))
        + " − thuế khấu trừ " + Money.formatVnd(cell(sums, 5)) + " − hoàn tiền " + Money.formatVnd(cell(sums, 3))
        + " − chi trả " + Money.formatVnd(cell(sums, 6)) + " = số dư cuối kỳ "
        + Money.formatVnd(cell(row(records, "Số dư cuối kỳ"), 8));
    assertThat(compact).contains("SAOKÊTHÁNG" + String.format("%02d", month.getMonthValue()))
        .contains(equation.replaceAll("\\s+", ""));
  }

  @Test
  void anArtisanSeesOnlyTheirOwnShop() throws IOException {
    List<CSVRecord> records = csv(weaver, month);
    String all = records.toString();
    for (String number : potterOrders) {
      assertThat(all).doesNotContain(number);
    }
    assertThat(cell(row(records, "Cộng trong tháng"), 6)).as("the potter's payouts are not the weaver's").isZero();
    assertThat(cell(row(records, "Số dư cuối kỳ"), 8)).isEqualTo(TestDatabase.count(
        "SELECT SUM(net_vnd) FROM ledger_entry WHERE shop_id = ?", weaver.shopId()));
    String shopper = api.newAccount("SHOPPER", "nosy");
    assertThat(api.get("/api/my/statements/" + month + ".csv", shopper).status()).isEqualTo(403);
  }

  @Test
  void aBadMonthIsA400NamingIt() {
    for (String bad : List.of("2026-13", "2026-1", "dec-2026", month.plusMonths(1).toString())) {
      for (String format : List.of(".csv", ".pdf")) {
        Api.Reply reply = api.get("/api/my/statements/" + bad + format, potter.token());
        assertThat(reply.status()).as(bad + format).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("month");
      }
    }
  }
}
