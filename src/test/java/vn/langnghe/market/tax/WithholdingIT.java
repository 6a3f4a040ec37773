package vn.langnghe.market.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Money;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Decree 117 over HTTP: the seller's tax identity on the shop (owner and officers only), the
 * monthly declaration whose figures are the ledger's for the month, and the yearly certificate.
 */
class WithholdingIT extends MarketIT {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String TAX_CODE = "0314409058-002";
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  static String officer;
  static TestShops.Artisan silversmith;
  static TestShops.Artisan weaver;
  static YearMonth month;

  /** The silversmith declares a tax code; both sell, and the weaver's second sale is cancelled. */
  @BeforeAll
  static void twoSellersSellThisMonth() {
    officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    weaver = shops.artisanWithApprovedShop("nam-cao-det-dui");
    Api.Reply declared = api.put("/api/my/shop", shopEdit(silversmith, "0314 409 058 - 002"),
        silversmith.token());
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
    String shopper = api.newAccount("SHOPPER", "tax");
    orders.paidPiece(shops, silversmith, shopper, 1_234_567, "Khay bạc chạm");
    orders.paidPiece(shops, weaver, shopper, 333_333, "Khăn đũi");
    Api.Reply cancelledLater = orders.paidPiece(shops, weaver, shopper, 450_000, "Khăn lụa");
    long part = cancelledLater.json().get("shopOrders").get(0).get("id").asLong();
    Api.Reply cancelled = api.post("/api/my/orders/" + part + "/cancel", Map.of("reason", "Hết hàng"),
        weaver.token());
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    month = YearMonth.now(VIETNAM);
  }

  static Map<String, Object> shopEdit(TestShops.Artisan artisan, String taxId) {
    JsonNode shop = api.get("/api/my/shop", artisan.token()).json();
    return Map.of("name", shop.get("name").asText(), "description", shop.get("description").asText(),
        "villageSlug", shop.at("/village/slug").asText(), "taxId", taxId);
  }

  /** goods, VAT, PIT of the ledger's lines in the month, of one shop or (null) of all. */
  static List<Long> ledgerSums(YearMonth month, Long shopId) {
    LocalDateTime from = month.atDay(1).atStartOfDay(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).withZoneSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
    List<Long> sums = new ArrayList<>();
    for (String column : List.of("goods_vnd", "vat_withheld_vnd", "pit_withheld_vnd")) {
      String sql = "SELECT COALESCE(SUM(" + column + "), 0) FROM ledger_entry WHERE created_at >= ? AND created_at < ?";
      sums.add(shopId == null ? TestDatabase.count(sql, from, to)
          : TestDatabase.count(sql + " AND shop_id = ?", from, to, shopId));
    }
    return sums;
  }

  static String shopName(TestShops.Artisan artisan) {
    return api.get("/api/my/shop", artisan.token()).json().get("name").asText();
  }

  @Test
  void theTaxIdIsCheckedAndShownToTheOwnerAndOfficersButNeverThePublic() {
    Api.Reply mistyped = api.put("/api/my/shop", shopEdit(silversmith, "0314409059"), silversmith.token());
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.json().at("/errors/0/field").asText()).isEqualTo("taxId");
    Api.Reply nobody = api.put("/api/my/shop", shopEdit(silversmith, "003090012345"), silversmith.token());
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.json().at("/errors/0/field").asText()).isEqualTo("taxId");

    assertThat(api.get("/api/my/shop", silversmith.token()).json().get("taxId").asText())
        .as("unchanged by the refused edits, and written one way").isEqualTo(TAX_CODE);
    JsonNode approved = api.get("/api/officer/shops?status=APPROVED", officer).json();
    boolean seen = false;
    for (JsonNode shop : approved) {
      if (shop.get("id").asLong() == silversmith.shopId()) {
        assertThat(shop.get("taxId").asText()).isEqualTo(TAX_CODE);
        seen = true;
      }
    }
    assertThat(seen).isTrue();
    Api.Reply shopPage = api.get("/api/shops/" + silversmith.shopSlug());
    assertThat(shopPage.status()).as(shopPage.toString()).isEqualTo(200);
    assertThat(shopPage.body()).doesNotContain("0314409058").doesNotContain("taxId");
  }

  @Test
  void theCsvDeclarationHasTheLedgersFiguresPerSellerAndInTotal() throws IOException {
    Api.Reply csv = api.get("/api/reports/withholding.csv?month=" + month, officer);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).contains("ke-khai-thue-khau-tru_" + month + ".csv");
    List<Long> all = ledgerSums(month, null);
    byte[] bytes = csv.raw().body();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();

    CSVRecord silver = row(records, shopName(silversmith));
    assertThat(silver.get(3)).isEqualTo(TAX_CODE);
    assertThat(silver.get(2)).as("the owner's registered name")
        .isEqualTo(api.get("/api/me", silversmith.token()).json().get("displayName").asText());
    assertThat(figures(silver)).isEqualTo(ledgerSums(month, silversmith.shopId()));
    CSVRecord woven = row(records, shopName(weaver));
    assertThat(woven.get(3)).isEqualTo("(chưa khai)");
    assertThat(figures(woven)).as("the cancelled scarf nets out").isEqualTo(ledgerSums(month, weaver.shopId()))
        .startsWith(333_333L);

    CSVRecord totals = records.get(records.size() - 1);
    assertThat(totals.get(0)).isEqualTo("Tổng cộng");
    assertThat(figures(totals)).isEqualTo(all);
    long rows = records.stream().filter(r -> r.get(0).matches("\\d+")).count();
    assertThat(rows).as("one row per seller with lines this month")
        .isEqualTo(TestDatabase.count("SELECT COUNT(DISTINCT shop_id) FROM ledger_entry WHERE created_at >= ?",
            month.atDay(1).atStartOfDay(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
  }

  @Test
  void theXlsxDeclarationHasTheSameTotalsAsNumbers() throws IOException {
    Api.Reply xlsx = api.get("/api/reports/withholding.xlsx?month=" + month, officer);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    List<Long> all = ledgerSums(month, null);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
      Row totals = null;
      Row silver = null;
      for (Row row : workbook.getSheetAt(0)) {
        Cell first = row.getCell(0);
        Cell second = row.getCell(1);
        if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Tổng cộng")) {
          totals = row;
        }
        if (second != null && second.getCellType() == CellType.STRING
            && second.getStringCellValue().equals(shopName(silversmith))) {
          silver = row;
        }
      }
      assertThat(totals).isNotNull();
      assertThat(List.of((long) totals.getCell(5).getNumericCellValue(), (long) totals.getCell(6).getNumericCellValue(),
          (long) totals.getCell(7).getNumericCellValue())).isEqualTo(all);
      assertThat(silver).isNotNull();
      assertThat(silver.getCell(3).getStringCellValue()).isEqualTo(TAX_CODE);
      assertThat((long) silver.getCell(6).getNumericCellValue())
          .isEqualTo(ledgerSums(month, silversmith.shopId()).get(1));
    }
  }

  @Test
  void theCertificateOpensAndShowsTheYearsTotals() throws IOException {
    int year = month.getYear();
    Api.Reply own = api.get("/api/my/tax-certificates/" + year + ".pdf", silversmith.token());
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.contentType()).startsWith("application/pdf");
    Api.Reply officers = api.get("/api/admin/shops/" + silversmith.shopSlug() + "/tax-certificates/" + year + ".pdf",
        officer);
    assertThat(officers.status()).as(officers.toString()).isEqualTo(200);

    List<Long> yearSums = new ArrayList<>(List.of(0L, 0L, 0L));
    for (int m = 1; m <= 12; m++) {
      List<Long> sums = ledgerSums(YearMonth.of(year, m), silversmith.shopId());
      for (int i = 0; i < 3; i++) {
        yearSums.set(i, yearSums.get(i) + sums.get(i));
      }
    }
    assertThat(yearSums.get(0)).isPositive();
    for (Api.Reply pdf : List.of(own, officers)) {
      String text = text(pdf.raw().body());
      assertThat(text).contains("CHỨNG TỪ KHẤU TRỪ THUẾ", "Năm " + year, TAX_CODE, shopName(silversmith));
      // the extractor runs a table's cells together: compare without spaces
      String totals = "Tổng cộng" + Money.formatVnd(yearSums.get(0)) + Money.formatVnd(yearSums.get(1))
          + Money.formatVnd(yearSums.get(2));
      assertThat(text.replaceAll("\\s+", "")).contains(totals.replaceAll("\\s+", ""));
    }
  }

  @Test
  void onlyOfficersReadOthersFiguresAndABadPeriodIsNamed() {
    assertThat(api.get("/api/reports/withholding.csv?month=" + month, silversmith.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/admin/shops/" + weaver.shopSlug() + "/tax-certificates/" + month.getYear() + ".pdf",
        silversmith.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/my/tax-certificates/" + month.getYear() + ".pdf", officer).status()).isEqualTo(403);

    for (String bad : List.of("2026-13", "12-2026", "", "2026-1")) {
      Api.Reply reply = api.get("/api/reports/withholding.xlsx?month=" + bad, officer);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("month");
    }
    Api.Reply future = api.get("/api/reports/withholding.csv?month=" + month.plusMonths(1), officer);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().at("/errors/0/field").asText()).isEqualTo("month");
    for (String bad : List.of("20x6", "1999", String.valueOf(month.getYear() + 1))) {
      Api.Reply reply = api.get("/api/my/tax-certificates/" + bad + ".pdf", silversmith.token());
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("year");
    }
    assertThat(api.get("/api/admin/shops/no-such-shop/tax-certificates/2026.pdf", officer).status()).isEqualTo(404);
  }

  static CSVRecord row(List<CSVRecord> records, String shopName) {
    return records.stream().filter(r -> r.size() > 1 && r.get(1).equals(shopName)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + shopName));
  }

  static List<Long> figures(CSVRecord record) {
    return List.of(Long.parseLong(record.get(5)), Long.parseLong(record.get(6)), Long.parseLong(record.get(7)));
  }

  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
