package vn.langnghe.market.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Law 91: consents per purpose, the data export, the erasure of an account (checked against every
 * text column of the schema), what an erasure waits for, and the log of officers' reads.
 */
class PersonalDataIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static final String ADMIN = "admin@demo.langnghe.vn";
  static String officer;
  static String admin;

  @BeforeAll
  static void signIn() {
    officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    admin = api.login(ADMIN, Api.PASSWORD);
  }

  /** A person with unique strings to find again: name, e-mail, phone, two address lines. */
  record Person(String name, String email, String phone, String orderAddress, String savedAddress,
      String token, long id) {

    static Person register(List<String> consents) {
      String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
      String name = "Phạm Thị Quyên " + tag;
      String email = "quyen-" + tag.toLowerCase() + "@test.langnghe.vn";
      String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
      Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", Api.PASSWORD,
          "displayName", name, "role", "SHOPPER"));
      if (consents != null) {
        body.put("consents", consents);
      }
      Api.Reply registered = api.post("/api/auth/register", body, null);
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
      String token = api.login(email, Api.PASSWORD);
      return new Person(name, email, phone, "Số 17 ngõ Quyên" + tag + ", thôn Đồng Xâm",
          "Nhà 9 hẻm Lụa" + tag + ", thôn Nam Cao", token,
          registered.json().get("id").asLong());
    }

    Map<String, Object> address(String line) {
      return Map.of("name", name, "phone", phone, "line1", line, "communeCode", TestOrders.TRA_GIANG);
    }

    /** Unique enough to search for, whatever the way the phone was stored (0…, +84…). */
    String phoneDigits() {
      return phone.substring(2);
    }
  }

  private static JsonNode consentOf(JsonNode consents, String purpose) {
    for (JsonNode p : consents.get("purposes")) {
      if (p.get("purpose").asText().equals(purpose)) {
        return p;
      }
    }
    throw new AssertionError("no purpose " + purpose + " in " + consents);
  }

  @Test
  void consentsAreOffByDefaultSeparateWithdrawableAndKeepTheirHistory() {
    Person plain = Person.register(null);
    JsonNode consents = api.get("/api/my/consents", plain.token()).json();
    assertThat(consentOf(consents, "MARKETING_EMAIL").get("granted").asBoolean()).isFalse();
    assertThat(consentOf(consents, "MARKETING_ZALO").get("granted").asBoolean()).isFalse();
    JsonNode contract = consentOf(consents, "ORDER_PROCESSING");
    assertThat(contract.get("granted").asBoolean()).isTrue();
    assertThat(contract.get("basis").asText()).isEqualTo("CONTRACT");
    assertThat(contract.get("neededToBuy").asBoolean()).isTrue();
    assertThat(contract.get("at").isNull()).isFalse();

    // one ticked at sign-up, the other not
    Person zalo = Person.register(List.of("MARKETING_ZALO"));
    JsonNode given = api.get("/api/my/consents", zalo.token()).json();
    assertThat(consentOf(given, "MARKETING_ZALO").get("granted").asBoolean()).isTrue();
    assertThat(consentOf(given, "MARKETING_EMAIL").get("granted").asBoolean()).isFalse();
    assertThat(consentOf(given, "MARKETING_ZALO").at("/history/0/how").asText()).isEqualTo("SIGN_UP");

    // given, then withdrawn: both kept
    Api.Reply on = api.put("/api/my/consents", Map.of("purposes",
        List.of(Map.of("purpose", "MARKETING_EMAIL", "granted", true))), plain.token());
    assertThat(on.status()).as(on.toString()).isEqualTo(200);
    assertThat(consentOf(on.json(), "MARKETING_EMAIL").get("granted").asBoolean()).isTrue();
    assertThat(consentOf(on.json(), "MARKETING_ZALO").get("granted").asBoolean()).isFalse();
    Api.Reply off = api.put("/api/my/consents", Map.of("purposes",
        List.of(Map.of("purpose", "MARKETING_EMAIL", "granted", false))), plain.token());
    JsonNode email = consentOf(off.json(), "MARKETING_EMAIL");
    assertThat(email.get("granted").asBoolean()).isFalse();
    assertThat(email.get("history")).hasSize(3);
    assertThat(email.at("/history/1/granted").asBoolean()).isTrue();
    assertThat(email.at("/history/1/how").asText()).isEqualTo("SETTINGS");
    assertThat(email.at("/history/2/granted").asBoolean()).isFalse();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM consent_record WHERE account_id = ?"
        + " AND purpose = 'MARKETING_EMAIL'", plain.id())).isEqualTo(3);

    // bad input names its field
    Api.Reply unknown = api.put("/api/my/consents", Map.of("purposes",
        List.of(Map.of("purpose", "SPAM", "granted", true))), plain.token());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("purposes");
    Map<String, Object> badSignUp = Map.of("email", "x" + UUID.randomUUID() + "@test.langnghe.vn",
        "password", Api.PASSWORD, "displayName", "Ai đó", "role", "SHOPPER", "consents", List.of("SPAM"));
    Api.Reply refused = api.post("/api/auth/register", badSignUp, null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("consents");
    assertThat(api.get("/api/my/consents", null).status()).isEqualTo(401);

    // without the processing of orders, no order
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "CONSENT", 3, 200_000, "Nhẫn bạc trơn");
    api.put("/api/my/consents", Map.of("purposes",
        List.of(Map.of("purpose", "ORDER_PROCESSING", "granted", false))), plain.token());
    Api.Reply checkout = orders.checkout(TestOrders.checkoutOf(List.of(line(listing.sku(), 1))),
        plain.token(), null);
    assertThat(checkout.status()).as(checkout.toString()).isEqualTo(409);
    assertThat(checkout.body()).contains("ORDER_PROCESSING");
  }

  @Test
  void theExportHoldsThePersonsDataAndTheErasureLeavesNoTraceWhileTheBooksStillAddUp()
      throws Exception {
    Person person = Person.register(List.of("MARKETING_EMAIL"));
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "ERASE", 5, 350_000, "Khay bạc chạm");

    // an address book entry, a Zalo phone, an order delivered, a message thread, a review, a question
    Api.Reply saved = api.post("/api/my/addresses", person.address(person.savedAddress()), person.token());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    Api.Reply zalo = api.put("/api/my/notification-settings", Map.of("zaloPhone", person.phone()),
        person.token());
    assertThat(zalo.status()).as(zalo.toString()).isEqualTo(200);
    Map<String, Object> body = new HashMap<>(TestOrders.checkoutOf(List.of(line(listing.sku(), 1))));
    body.put("shippingAddress", person.address(person.orderAddress()));
    body.put("note", "Gọi " + person.name() + " trước khi giao");
    Api.Reply placed = orders.checkout(body, person.token(), null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    orders.pay(placed);
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().at("/shopOrders/0/id").asLong();
    String messages = "/api/orders/" + number + "/shop-orders/" + part + "/messages";
    Api.Reply asked = api.post(messages, Map.of("text", "Em là " + person.name() + ", số "
        + person.phone() + ", giao giúp em tới " + person.orderAddress()), person.token());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    Api.Reply answered = api.post("/api/my/orders/" + part + "/messages",
        Map.of("text", "Chào chị " + person.name() + ", shop gửi ngay ạ"), listing.token());
    assertThat(answered.status()).as(answered.toString()).isIn(200, 201);
    delivered(part, listing);
    Api.Reply review = api.post("/api/orders/" + number + "/reviews", Map.of("sku", listing.sku(),
        "stars", 5, "text", "Khay rất đẹp, " + person.name() + " rất hài lòng"), person.token());
    assertThat(review.status()).as(review.toString()).isEqualTo(201);
    Api.Reply question = api.post("/api/products/" + listing.productId() + "/questions",
        Map.of("text", "Gửi về " + person.savedAddress() + " mất mấy ngày?"), person.token());
    assertThat(question.status()).as(question.toString()).isEqualTo(201);

    // the export: orders, addresses, messages and consents, as JSON
    Api.Reply export = api.get("/api/my/data-export", person.token());
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    JsonNode sections = export.json().get("sections");
    assertThat(sections.at("/account/email").asText()).isEqualTo(person.email());
    assertThat(sections.at("/orders/0/number").asText()).isEqualTo(number);
    assertThat(sections.at("/orders/0/shippingAddress/addressLine").asText()).isEqualTo(person.orderAddress());
    assertThat(sections.at("/addresses/0/addressLine").asText()).isEqualTo(person.savedAddress());
    assertThat(sections.get("orderMessages").toString()).contains(person.orderAddress());
    assertThat(sections.get("reviews").toString()).contains("Khay rất đẹp");
    assertThat(sections.get("productQuestions").toString()).contains(person.savedAddress());
    assertThat(sections.get("notificationSettings").toString()).contains(person.phoneDigits());
    assertThat(sections.get("consents").toString()).contains("MARKETING_EMAIL");
    for (JsonNode purpose : sections.get("consents")) {
      if (purpose.get("purpose").asText().equals("MARKETING_EMAIL")) {
        assertThat(purpose.get("granted").asBoolean()).isTrue();
      }
    }
    List<String> needles = List.of(person.name(), person.email(), person.phoneDigits(),
        person.orderAddress(), person.savedAddress());
    assertThat(textColumnsHolding(needles)).as("before the erasure, the schema holds the person")
        .isNotEmpty();

    // the books before
    long shop = listing.artisan().shopId();
    String ledgerSum = "SELECT COALESCE(SUM(gross_vnd), 0) + COALESCE(SUM(net_vnd), 0) * 1000003"
        + " FROM ledger_entry WHERE shop_id = ?";
    String factSum = "SELECT COALESCE(SUM(orders), 0) * 1000003 + COALESCE(SUM(gross_vnd), 0)"
        + " FROM sales_fact WHERE shop_id = ?";
    long ledgerBefore = TestDatabase.count(ledgerSum, shop);
    long factsBefore = TestDatabase.count(factSum, shop);
    assertThat(ledgerBefore).isPositive();
    assertThat(factsBefore).isPositive();

    // a wrong password is refused, nothing erased
    Api.Reply wrong = api.sendJson("DELETE", "/api/me", Map.of("password", "not the password"),
        person.token());
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(wrong.body()).contains("password");
    assertThat(api.get("/api/me", person.token()).status()).isEqualTo(200);
    assertThat(api.sendJson("DELETE", "/api/me", Map.of(), person.token()).status()).isEqualTo(400);

    Api.Reply erased = api.sendJson("DELETE", "/api/me", Map.of("password", Api.PASSWORD), person.token());
    assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

    // signed out everywhere, no sign-in, and the e-mail is free again
    assertThat(api.get("/api/me", person.token()).status()).isEqualTo(401);
    assertThat(api.post("/api/auth/login", Map.of("email", person.email(), "password", Api.PASSWORD),
        null).status()).isEqualTo(401);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM auth_token WHERE account_id = ?", person.id()))
        .isZero();

    // nowhere in the schema: not the name, the e-mail, the phone nor either address
    assertThat(textColumnsHolding(needles)).as("text columns still holding the person").isEmpty();

    // what the law keeps stays, pseudonymised, and still adds up
    assertThat(TestDatabase.string("SELECT recipient_name FROM customer_order WHERE number = ?", number))
        .isEqualTo("Người dùng đã xoá #" + person.id());
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM review WHERE author_account_id = ? AND stars = 5",
        person.id())).isEqualTo(1);
    assertThat(TestDatabase.count(ledgerSum, shop)).isEqualTo(ledgerBefore);
    assertThat(TestDatabase.count(factSum, shop)).isEqualTo(factsBefore);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM consent_record WHERE account_id = ?", person.id()))
        .as("the consents' history stays as evidence").isGreaterThan(3);

    Api.Reply again = api.post("/api/auth/register", Map.of("email", person.email(), "password",
        Api.PASSWORD, "displayName", "Người mới", "role", "SHOPPER"), null);
    assertThat(again.status()).as("the e-mail is free: " + again).isEqualTo(201);
  }

  @Test
  void anArtisanWhoseIdentityWasVerifiedIsErasedAndTheirShopKeepsOnlyWhatTheLawKeeps() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String name = "Nguyễn Thị Xoá " + java.util.UUID.randomUUID().toString().substring(0, 6);
    String address = "Số " + java.util.UUID.randomUUID().toString().substring(0, 6) + " thôn Đồng Xâm";
    Api.Reply declared = api.put("/api/my/shop/identity", Map.of("ownerName", name,
        "citizenId", TestShops.citizenId(), "address", address), artisan.token());
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);

    Api.Reply erased = api.sendJson("DELETE", "/api/me", Map.of("password", Api.PASSWORD), artisan.token());
    assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM shop WHERE id = ? AND owner_name IS NULL"
        + " AND status = 'SUSPENDED'", artisan.shopId())).isEqualTo(1);
    for (String trace : new String[] {name, address}) {
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM shop WHERE owner_name = ? OR owner_address = ?",
          trace, trace)).as(trace).isZero();
    }
  }

  @Test
  void anArtisanWithAnOpenOrderIsToldWhatMustFinishFirst() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "OPEN", 3, 250_000, "Vòng bạc");
    String shopper = api.newAccount("SHOPPER", "buyer");
    Api.Reply placed = orders.placed(shopper, List.of(line(listing.sku(), 1)));
    orders.pay(placed);
    String number = placed.json().get("orderNumber").asText();

    Api.Reply refused = api.sendJson("DELETE", "/api/me", Map.of("password", Api.PASSWORD), listing.token());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("ordersToFulfil");
    assertThat(refused.json().at("/errors/0/message").asText()).contains(number).contains("PAID");
    assertThat(api.get("/api/me", listing.token()).status()).as("nothing erased").isEqualTo(200);

    // the buyer of a parcel still on its way waits too
    Api.Reply buyer = api.sendJson("DELETE", "/api/me", Map.of("password", Api.PASSWORD), shopper);
    assertThat(buyer.status()).as(buyer.toString()).isEqualTo(409);
    assertThat(buyer.json().at("/errors/0/field").asText()).isEqualTo("ordersBought");
    assertThat(buyer.json().at("/errors/0/message").asText()).contains(number);
  }

  @Test
  void officersReadsOfDisputesAndBankAccountsAreLogged() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "READ", 3, 300_000, "Bát bạc");
    Person buyer = Person.register(null);
    Api.Reply placed = orders.placed(buyer.token(), List.of(line(listing.sku(), 1)), "COD");
    String number = placed.json().get("orderNumber").asText();
    long part = placed.json().at("/shopOrders/0/id").asLong();
    delivered(part, listing);
    Api.Reply asked = api.post("/api/orders/" + number + "/returns", Map.of("shopOrderId", part,
        "lines", List.of(Map.of("sku", listing.sku(), "quantity", 1)), "reason", "NOT_AS_DESCRIBED",
        "text", "Bát bị móp", "bankAccount", Map.of("bankBin", "970436",
            "accountNumber", "0071 0001 2345", "accountName", "Phạm Thị Quyên")), buyer.token());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    assertThat(api.post("/api/my/returns/" + id + "/refuse", Map.of("reason", "Hàng đúng mô tả"),
        listing.token()).status()).isEqualTo(200);
    assertThat(api.post("/api/returns/" + id + "/escalate", Map.of("text", "Bát móp thật"),
        buyer.token()).status()).isEqualTo(200);

    long officerId = api.get("/api/me", officer).json().get("id").asLong();
    assertThat(api.get("/api/officer/disputes/" + id, officer).status()).isEqualTo(200);

    Api.Reply log = api.get("/api/admin/personal-data-reads?subject=" + buyer.id(), admin);
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    assertThat(log.json()).isNotEmpty();
    JsonNode read = log.json().get(0);
    assertThat(read.get("readerAccountId").asLong()).isEqualTo(officerId);
    assertThat(read.get("subjectAccountId").asLong()).isEqualTo(buyer.id());
    assertThat(read.get("what").asText()).contains("dispute " + id);
    assertThat(read.get("at").isNull()).isFalse();

    // the officer decides a refund by bank transfer: the admin's list of transfers shows the account
    assertThat(api.post("/api/officer/disputes/" + id + "/decide", Map.of("refundVnd", 300_000,
        "note", "Hoàn tiền"), officer).status()).isEqualTo(200);
    long adminId = api.get("/api/me", admin).json().get("id").asLong();
    assertThat(api.get("/api/admin/return-refunds", admin).status()).isEqualTo(200);
    JsonNode after = api.get("/api/admin/personal-data-reads?subject=" + buyer.id(), admin).json();
    assertThat(after.get(0).get("readerAccountId").asLong()).isEqualTo(adminId);
    assertThat(after.get(0).get("what").asText()).contains("bank account");

    // the log is the admins' alone
    assertThat(api.get("/api/admin/personal-data-reads", officer).status()).isEqualTo(403);
    assertThat(api.get("/api/admin/personal-data-reads?limit=0", admin).status()).isEqualTo(400);
  }

  @Test
  void adminsKeepABreachRegisterWithTheAuthoritysDeadline() {
    Map<String, Object> breach = Map.of("what", "Một bảng tính đơn hàng bị gửi nhầm ra ngoài",
        "discoveredAt", "2026-01-10T08:00:00Z", "dataAffected", "tên, số điện thoại, địa chỉ giao hàng",
        "peopleAffected", 42, "reportedAt", "2026-01-12T08:00:00Z",
        "measures", "Thu hồi tệp, báo cho người bị ảnh hưởng");
    Api.Reply recorded = api.post("/api/admin/data-breaches", breach, admin);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.json().get("reportDueAt").asText()).startsWith("2026-01-13T08:00");
    assertThat(recorded.json().get("reportLate").asBoolean()).isFalse();
    Map<String, Object> late = new HashMap<>(breach);
    late.remove("reportedAt");
    assertThat(api.post("/api/admin/data-breaches", late, admin).json().get("reportLate").asBoolean())
        .as("72 hours gone, not reported").isTrue();
    Api.Reply list = api.get("/api/admin/data-breaches", admin);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("bị gửi nhầm ra ngoài");

    Map<String, Object> bad = new HashMap<>(breach);
    bad.remove("dataAffected");
    Api.Reply refused = api.post("/api/admin/data-breaches", bad, admin);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("dataAffected");
    assertThat(api.post("/api/admin/data-breaches", breach, officer).status()).isEqualTo(403);
  }

  /** The shop confirms, ships by hand and delivers its part. */
  static void delivered(long part, TestShops.Listing listing) {
    for (String step : List.of("confirm", "ship", "deliver")) {
      Map<String, Object> stepBody = step.equals("ship")
          ? Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + part) : Map.of();
      Api.Reply moved = api.post("/api/my/orders/" + part + "/" + step, stepBody, listing.token());
      assertThat(moved.status()).as(step + ": " + moved).isEqualTo(200);
    }
  }

  /** "table.column" of every text column of the schema holding any of the strings. */
  static List<String> textColumnsHolding(List<String> needles) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection db = TestDatabase.connect()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement query = db.prepareStatement("SELECT table_name, column_name"
              + " FROM information_schema.columns WHERE table_schema = DATABASE()"
              + " AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      assertThat(columns).as("text columns of the schema").hasSizeGreaterThan(100);
      for (String[] column : columns) {
        for (String needle : needles) {
          // one collation for every column (some are ascii_bin, say customer_order.quote_ref)
          String sql = "SELECT COUNT(*) FROM `" + column[0] + "` WHERE CONVERT(`" + column[1]
              + "` USING utf8mb4) COLLATE utf8mb4_unicode_ci LIKE ?";
          try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, "%" + needle + "%");
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              if (rows.getLong(1) > 0) {
                found.add(column[0] + "." + column[1] + " holds " + needle);
              }
            }
          }
        }
      }
    }
    return found;
  }
}
