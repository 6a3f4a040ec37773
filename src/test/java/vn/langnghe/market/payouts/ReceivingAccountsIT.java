package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestShops;

/** The artisan's receiving account through HTTP; the cooling-off is PT3S in arquillian.xml. */
class ReceivingAccountsIT extends MarketIT {

  private static final String PATH = "/api/my/payout-account";

  /** An artisan registered under a Vietnamese name, with a shop. */
  private record Owner(String email, String token, long shopId, String shopSlug) {}

  private static Owner owner(String displayName) {
    String email = "payee-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    Api.Reply registered = api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", displayName, "role", "ARTISAN"), null);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String token = api.login(email, Api.PASSWORD);
    Api.Reply shop = api.post("/api/my/shop", Map.of("name", "Xưởng gốm " + UUID.randomUUID().toString().substring(0, 6),
        "description", "<p>Gốm thử</p>", "villageSlug", "dong-xam-cham-bac"), token);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    return new Owner(email, token, shop.json().get("id").asLong(), shop.json().get("slug").asText());
  }

  private static Map<String, Object> account(String bin, String number, String name, String password) {
    Map<String, Object> body = new HashMap<>();
    body.put("bankBin", bin);
    body.put("accountNumber", number);
    body.put("accountName", name);
    body.put("password", password);
    return body;
  }

  private static Api.Reply put(Owner owner, Map<String, Object> body) {
    return api.put(PATH, body, owner.token());
  }

  private static JsonNode mine(Owner owner) {
    Api.Reply reply = api.get(PATH, owner.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static long rows(Owner owner) {
    return TestDatabase.count("SELECT COUNT(*) FROM payout_account WHERE shop_id = ?", owner.shopId());
  }

  private static List<String> audit(long shopId) {
    long count = TestDatabase.count("SELECT COUNT(*) FROM payout_audit WHERE shop_id = ?", shopId);
    List<String> actions = new java.util.ArrayList<>();
    for (long i = 0; i < count; i++) {
      actions.add(TestDatabase.string("SELECT action FROM payout_audit WHERE shop_id = ? ORDER BY id LIMIT 1 OFFSET "
          + i, shopId));
    }
    return actions;
  }

  private static String field(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    return reply.json().at("/errors/0/field").asText();
  }

  private static String officer() {
    return api.login(TestShops.OFFICER, Api.PASSWORD);
  }

  @Test
  void theBankListIsPublicCacheableAndHasTheNapasBins() {
    Api.Reply banks = api.get("/api/banks");
    assertThat(banks.status()).isEqualTo(200);
    assertThat(banks.header("Cache-Control")).contains("public").contains("max-age");
    Map<String, String> byBin = new HashMap<>();
    banks.json().forEach(b -> byBin.put(b.get("bin").asText(), b.get("shortName").asText()));
    assertThat(byBin).containsEntry("970436", "Vietcombank").containsEntry("970415", "VietinBank")
        .containsEntry("970418", "BIDV").containsEntry("970405", "Agribank").containsEntry("970422", "MBBank");
    assertThat(banks.json().get(0).get("name").asText()).startsWith("Ngân hàng");
  }

  @Test
  void theOwnersFirstAccountIsActiveAtOnceAndAChangeWaitsOutTheCoolingOffAfterAMail() throws Exception {
    Owner owner = owner("Nguyễn Thị Đào");
    assertThat(api.get(PATH, owner.token()).status()).as("none yet").isEqualTo(404);

    Api.Reply first = put(owner, account("970436", "0011 0012 34567", "nguyen thi dao", Api.PASSWORD));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(first.json().get("nameMatches").asBoolean()).isTrue();
    assertThat(first.json().get("accountName").asText()).isEqualTo("NGUYEN THI DAO");
    assertThat(first.json().get("accountNumber").asText()).isEqualTo("0011001234567");
    assertThat(first.json().get("bankName").asText()).isEqualTo("Vietcombank");
    assertThat(first.json().get("usableNow").asBoolean()).as("the first account is paid to at once").isTrue();
    assertThat(mine(owner).get("usableNow").asBoolean()).isTrue();
    TestMail.await(owner.email(), "Tài khoản nhận tiền");

    Api.Reply changed = put(owner, account("970407", "19033445566", "Nguyễn Thị Đào", Api.PASSWORD));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(changed.json().get("bankName").asText()).isEqualTo("Techcombank");
    assertThat(changed.json().get("usableNow").asBoolean()).as("a change waits out the cooling-off").isFalse();
    Instant usableFrom = Instant.parse(changed.json().get("usableFrom").asText());
    Instant createdAt = Instant.parse(changed.json().get("createdAt").asText());
    assertThat(usableFrom).isEqualTo(createdAt.plusSeconds(3));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_account WHERE shop_id = ? AND status = 'REPLACED'"
        + " AND account_number = '0011001234567'", owner.shopId())).as("the old account is replaced").isEqualTo(1);

    eventually("two mails, the second naming the new account masked", () -> TestMail.to(owner.email()).size() == 2);
    TestMail.Mail mail = TestMail.to(owner.email()).get(1);
    assertThat(mail.body()).contains("*******5566").doesNotContain("19033445566").contains("Techcombank")
        .contains("Nếu không phải bạn");

    eventually("the new account usable after the cooling-off", () -> mine(owner).get("usableNow").asBoolean());
    assertThat(Instant.now()).isAfterOrEqualTo(usableFrom);
    assertThat(audit(owner.shopId())).containsExactly("ACCOUNT_SET", "ACCOUNT_CHANGED");

    Api.Reply same = put(owner, account("970407", "19033445566", "NGUYEN THI DAO", Api.PASSWORD));
    assertThat(same.json().get("usableNow").asBoolean()).as("the same details again change nothing").isTrue();
    assertThat(rows(owner)).isEqualTo(2);
  }

  @Test
  void aWrongPasswordChangesNothingAndRepeatedMissesAreSlowedDown() {
    Owner owner = owner("Trần Văn Đức");
    assertThat(put(owner, account("970415", "101867123456", "Tran Van Duc", Api.PASSWORD)).status()).isEqualTo(200);

    assertThat(field(put(owner, account("970418", "21510000123456", "Tran Van Duc", "Wrong@2026x"))))
        .isEqualTo("password");
    JsonNode kept = mine(owner);
    assertThat(kept.get("bankBin").asText()).isEqualTo("970415");
    assertThat(kept.get("accountNumber").asText()).isEqualTo("101867123456");
    assertThat(kept.get("usableNow").asBoolean()).isTrue();
    assertThat(rows(owner)).isEqualTo(1);
    assertThat(audit(owner.shopId())).containsExactly("ACCOUNT_SET");

    int slowed = 0;
    for (int i = 0; i < 6 && slowed == 0; i++) {
      Api.Reply miss = put(owner, account("970418", "21510000123456", "Tran Van Duc", "Guess@" + i + "2026"));
      if (miss.status() == 429) {
        slowed = i;
      } else {
        assertThat(field(miss)).isEqualTo("password");
      }
    }
    assertThat(slowed).as("misses are counted like sign-ins and slowed down").isPositive();
    assertThat(rows(owner)).isEqualTo(1);
  }

  @Test
  void aHolderWhoIsNotTheOwnerWaitsForAnOfficerWhoApprovesIt() {
    Owner owner = owner("Lê Thị Hoa");
    Api.Reply other = put(owner, account("970405", "1500205123456", "Phạm Văn Minh", Api.PASSWORD));
    assertThat(other.status()).as(other.toString()).isEqualTo(200);
    assertThat(other.json().get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(other.json().get("nameMatches").asBoolean()).isFalse();
    assertThat(other.json().get("usableNow").asBoolean()).isFalse();

    String officer = officer();
    Api.Reply queue = api.get("/api/admin/payout-accounts?status=AWAITING_APPROVAL", officer);
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    JsonNode item = StreamSupport.stream(queue.json().get("items").spliterator(), false)
        .filter(i -> i.get("shopSlug").asText().equals(owner.shopSlug())).findFirst().orElseThrow();
    assertThat(item.get("ownerName").asText()).isEqualTo("Lê Thị Hoa");
    assertThat(item.get("accountName").asText()).isEqualTo("PHAM VAN MINH");
    assertThat(item.get("bankName").asText()).isEqualTo("Agribank");
    assertThat(item.get("accountNumber").asText()).as("whole, to compare with the holder")
        .isEqualTo("1500205123456");
    long id = item.get("id").asLong();
    String decision = "/api/admin/payout-accounts/" + id + "/decision";

    assertThat(field(api.post(decision, Map.of("approve", false), officer))).as("a refusal needs a reason")
        .isEqualTo("reason");
    Api.Reply approved = api.post(decision, Map.of("approve", true), officer);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(approved.json().get("accountNumber").asText()).as("masked once decided")
        .doesNotContain("1500205123456").endsWith("3456");
    JsonNode active = StreamSupport.stream(api.get("/api/admin/payout-accounts?status=ACTIVE", officer)
        .json().get("items").spliterator(), false).filter(i -> i.get("id").asLong() == id).findFirst().orElseThrow();
    assertThat(active.get("accountNumber").asText()).doesNotContain("1500205123456");
    assertThat(mine(owner).get("usableNow").asBoolean()).as("approved, the first account is paid to").isTrue();
    assertThat(api.post(decision, Map.of("approve", false, "reason", "muộn"), officer).status())
        .as("decided once").isEqualTo(409);
    assertThat(audit(owner.shopId())).containsExactly("ACCOUNT_SET", "ACCOUNT_APPROVED");
    assertThat(TestDatabase.string("SELECT detail FROM payout_audit WHERE shop_id = ? AND action = 'ACCOUNT_APPROVED'",
        owner.shopId())).contains("*********3456").doesNotContain("1500205123456");
  }

  @Test
  void anOfficerRefusesWithAReasonAndTheArtisanSeesIt() {
    Owner owner = owner("Đỗ Thị Lan");
    put(owner, account("970422", "0801234567", "Hoàng Văn Nam", Api.PASSWORD));
    String officer = officer();
    long id = StreamSupport.stream(api.get("/api/admin/payout-accounts", officer).json().get("items").spliterator(), false)
        .filter(i -> i.get("shopSlug").asText().equals(owner.shopSlug())).findFirst().orElseThrow().get("id").asLong();
    Api.Reply refused = api.post("/api/admin/payout-accounts/" + id + "/decision",
        Map.of("approve", false, "reason", "Tên chủ tài khoản không phải chủ xưởng"), officer);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
    JsonNode seen = mine(owner);
    assertThat(seen.get("status").asText()).isEqualTo("REFUSED");
    assertThat(seen.get("decisionReason").asText()).isEqualTo("Tên chủ tài khoản không phải chủ xưởng");
    assertThat(seen.get("usableNow").asBoolean()).isFalse();
    assertThat(audit(owner.shopId())).containsExactly("ACCOUNT_SET", "ACCOUNT_REFUSED");
  }

  @Test
  void anArtisanNeitherSeesNorDecidesAnotherShopsAccount() {
    Owner owner = owner("Vũ Thị Mai");
    put(owner, account("970416", "123456789", "Bùi Văn Tùng", Api.PASSWORD));
    long id = TestDatabase.count("SELECT id FROM payout_account WHERE shop_id = ?", owner.shopId());
    Owner stranger = owner("Vũ Văn Tùng");

    assertThat(api.get(PATH, stranger.token()).status()).as("only their own shop's").isEqualTo(404);
    assertThat(api.get("/api/admin/payout-accounts", stranger.token()).status()).isEqualTo(403);
    assertThat(api.post("/api/admin/payout-accounts/" + id + "/decision", Map.of("approve", true),
        stranger.token()).status()).isEqualTo(403);
    assertThat(api.post("/api/admin/payout-accounts/" + id + "/decision", Map.of("approve", true),
        owner.token()).status()).as("not even their own").isEqualTo(403);
    assertThat(mine(owner).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    String shopper = api.newAccount("SHOPPER", "nosy");
    assertThat(api.get(PATH, shopper).status()).isEqualTo(403);
    assertThat(api.get(PATH, null).status()).isEqualTo(401);
    assertThat(api.post("/api/admin/payout-accounts/999999999/decision", Map.of("approve", true), officer())
        .status()).isEqualTo(404);
  }

  @Test
  void aBadBankNumberOrNameIsRefusedNamingTheFieldAndNothingIsSaved() {
    Owner owner = owner("Ngô Thị Hằng");
    assertThat(field(put(owner, account("123456", "0011001234567", "Ngo Thi Hang", Api.PASSWORD)))).isEqualTo("bankBin");
    assertThat(field(put(owner, account("VCB", "0011001234567", "Ngo Thi Hang", Api.PASSWORD)))).isEqualTo("bankBin");
    assertThat(field(put(owner, account("970436", "12345", "Ngo Thi Hang", Api.PASSWORD)))).isEqualTo("accountNumber");
    assertThat(field(put(owner, account("970436", "0011-001-234", "Ngo Thi Hang", Api.PASSWORD))))
        .isEqualTo("accountNumber");
    assertThat(field(put(owner, account("970436", "0011001234567", "Ngô Thị Hằng 2", Api.PASSWORD))))
        .isEqualTo("accountName");
    assertThat(field(put(owner, account("970436", "0011001234567", "N".repeat(80), Api.PASSWORD))))
        .isEqualTo("accountName");
    assertThat(field(api.get("/api/admin/payout-accounts?status=LOST", officer()))).isEqualTo("status");
    assertThat(api.get(PATH, owner.token()).status()).isEqualTo(404);
    assertThat(rows(owner)).isZero();
    assertThat(audit(owner.shopId())).isEmpty();
  }
}
