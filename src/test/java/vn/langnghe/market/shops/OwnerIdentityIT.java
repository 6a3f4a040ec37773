package vn.langnghe.market.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/**
 * Sellers identified before they sell (Law 122/2025/QH15): no approval without a verified owner,
 * numbers checked at entry, the badge and the seller's summary in public, the numbers only to the
 * owner and officers.
 */
class OwnerIdentityIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void anUnidentifiedShopCannotBeApprovedNorAnUnverifiedOne() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    String approve = "/api/officer/shops/" + artisan.shopId() + "/approve";

    Api.Reply refused = api.post(approve, Map.of(), officer);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("identity");
    assertThat(api.get("/api/my/shop", artisan.token()).json().get("identityStatus").asText()).isEqualTo("NONE");

    shops.identified(artisan.token(), "Nguyễn Thị Hoa");
    assertThat(api.get("/api/my/shop", artisan.token()).json().get("identityStatus").asText()).isEqualTo("DECLARED");
    Api.Reply unverified = api.post(approve, Map.of(), officer);
    assertThat(unverified.status()).as("declared is not verified").isEqualTo(409);
    assertThat(unverified.json().at("/errors/0/field").asText()).isEqualTo("identity");

    String verify = "/api/officer/shops/" + artisan.shopId() + "/identity/verify";
    assertThat(api.post(verify, Map.of("method", "BY_PHONE"), officer).json().at("/errors/0/field").asText())
        .isEqualTo("method");
    assertThat(api.post(verify, Map.of("method", "DOCUMENT_PHOTO"), officer).status())
        .as("no photo to verify from").isEqualTo(409);
    assertThat(api.post(verify, Map.of("method", "IN_PERSON"), artisan.token()).status())
        .as("the owner does not verify themselves").isEqualTo(403);
    Api.Reply verified = api.post(verify, Map.of("method", "IN_PERSON", "note", "CCCD gốc tại UBND xã"), officer);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().get("status").asText()).isEqualTo("VERIFIED");
    assertThat(verified.json().get("verification").asText()).isEqualTo("IN_PERSON");
    assertThat(verified.json().get("verifiedBy").asLong()).isPositive();
    assertThat(verified.json().get("verifiedAt").asText()).isNotBlank();

    Api.Reply approved = api.post(approve, Map.of(), officer);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
  }

  @Test
  void aWrongProvinceCodeOrCheckDigitIsRefusedNamingTheFieldAndChangesNothing() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");
    Map<String, Object> good = Map.of("ownerName", "Trần Văn Bạc", "citizenId", "034085001234",
        "address", "Thôn Đồng Xâm, Hưng Yên");
    assertThat(api.put("/api/my/shop/identity", good, artisan.token()).status()).isEqualTo(200);

    // 003 is no province's code
    Api.Reply province = api.put("/api/my/shop/identity", Map.of("ownerName", "Trần Văn Khác",
        "citizenId", "003085001234", "address", "Hà Nội"), artisan.token());
    assertThat(province.status()).as(province.toString()).isEqualTo(400);
    assertThat(province.contentType()).startsWith("application/problem+json");
    assertThat(province.json().at("/errors/0/field").asText()).isEqualTo("citizenId");

    // 0100233488 is a real tax code; its last digit changed
    Api.Reply check = api.put("/api/my/shop/identity", Map.of("ownerName", "Trần Văn Khác",
        "taxCode", "0100233487", "address", "Hà Nội"), artisan.token());
    assertThat(check.status()).as(check.toString()).isEqualTo(400);
    assertThat(check.json().at("/errors/0/field").asText()).isEqualTo("taxCode");

    Api.Reply young = api.put("/api/my/shop/identity", Map.of("ownerName", "Trần Văn Nhỏ",
        "citizenId", "034220001234", "address", "Hà Nội"), artisan.token());
    assertThat(young.json().at("/errors/0/field").asText()).as("born 2020: too young to sell").isEqualTo("citizenId");
    assertThat(api.put("/api/my/shop/identity", Map.of("citizenId", "034085001234", "address", "Hà Nội"),
        artisan.token()).json().at("/errors/0/field").asText()).isEqualTo("ownerName");
    assertThat(api.put("/api/my/shop/identity", Map.of("ownerName", "Trần Văn Bạc", "citizenId", "034085001234"),
        artisan.token()).json().at("/errors/0/field").asText()).isEqualTo("address");

    JsonNode kept = api.get("/api/my/shop/identity", artisan.token()).json();
    assertThat(kept.get("ownerName").asText()).isEqualTo("Trần Văn Bạc");
    assertThat(kept.get("citizenId").asText()).isEqualTo("034085001234");
    assertThat(kept.path("taxCode").isMissingNode() || kept.path("taxCode").isNull()).isTrue();
    assertThat(kept.get("address").asText()).isEqualTo("Thôn Đồng Xâm, Hưng Yên");
  }

  @Test
  void aVerifiedShopShowsTheBadgeAndTheSummaryButNeverTheNumbers() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "KYC", 3, 450_000, "Vòng bạc xác minh");
    TestShops.Artisan artisan = listing.artisan();
    String name = "Phạm Văn Chạm " + UUID.randomUUID().toString().substring(0, 4);
    String citizenId = TestShops.citizenId();
    String taxCode = "0314409058";
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    assertThat(api.put("/api/my/shop/identity", Map.of("ownerName", name, "citizenId", citizenId,
        "taxCode", taxCode, "address", "Số 7 thôn Đồng Xâm, xã Lê Lợi", "householdRegistration", "HKD-0812"),
        artisan.token()).status()).isEqualTo(200);
    // a changed identity is no longer verified: the badge goes until it is verified again
    assertThat(api.get("/api/shops/" + artisan.shopSlug()).json().at("/shop/verifiedSeller").asBoolean()).isFalse();
    Api.Reply verified = api.post("/api/officer/shops/" + artisan.shopId() + "/identity/verify",
        Map.of("method", "IN_PERSON"), officer);
    assertThat(verified.status()).isEqualTo(200);
    // the verifier is told the outcome; the numbers are read (and logged) apart
    assertThat(verified.json().get("status").asText()).isEqualTo("VERIFIED");
    for (String number : new String[] {"citizenId", "taxCode", "address", "householdRegistration", "evidenceUrl"}) {
      assertThat(verified.json().path(number).isNull() || verified.json().path(number).isMissingNode())
          .as(number + " in " + verified.body()).isTrue();
    }

    JsonNode shop = api.get("/api/shops/" + artisan.shopSlug()).json().get("shop");
    assertThat(shop.get("verifiedSeller").asBoolean()).isTrue();
    assertThat(shop.at("/seller/ownerName").asText()).isEqualTo(name);
    assertThat(shop.at("/seller/verified").asBoolean()).isTrue();
    assertThat(shop.at("/seller/commune").asText()).isNotBlank();
    assertThat(api.get("/api/products/" + listing.productId()).json().at("/shop/verifiedSeller").asBoolean()).isTrue();

    String productSlug = shops.slug(listing.productId());
    String shopPage = api.get("/xuong/" + artisan.shopSlug()).body();
    assertThat(shopPage).contains("id=\"shop-verified-seller\"").contains("Người bán đã xác minh").contains(name);
    assertThat(api.get("/en/xuong/" + artisan.shopSlug()).body()).contains("Verified seller");
    String productPage = api.get("/san-pham/" + productSlug).body();
    assertThat(productPage).contains("id=\"product-verified-seller\"").contains("Người bán đã xác minh");
    assertThat(api.get("/en/san-pham/" + productSlug).body()).contains("Verified seller");

    for (String open : new String[] {"/api/shops/" + artisan.shopSlug(), "/api/products/" + listing.productId(),
        "/xuong/" + artisan.shopSlug(), "/en/xuong/" + artisan.shopSlug(), "/san-pham/" + productSlug,
        "/api/search?q=" + java.net.URLEncoder.encode("Vòng bạc xác minh", java.nio.charset.StandardCharsets.UTF_8)}) {
      String body = api.get(open).body();
      assertThat(body).as(open).doesNotContain(citizenId).doesNotContain(taxCode).doesNotContain("HKD-0812")
          .doesNotContain("Số 7 thôn Đồng Xâm");
    }

    // an unverified shop's pages carry no badge
    TestShops.Artisan plain = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    assertThat(api.put("/api/my/shop/identity", Map.of("ownerName", "Lê Văn Mới", "citizenId", citizenId,
        "address", "Hà Nội"), plain.token()).status()).isEqualTo(200);
    assertThat(api.get("/xuong/" + plain.shopSlug()).body()).doesNotContain("shop-verified-seller")
        .contains("chưa xác minh danh tính");
  }

  @Test
  void officersReadTheNumbersOthersAreRefused() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String path = "/api/officer/shops/" + artisan.shopId() + "/identity";
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);

    Api.Reply read = api.get(path, officer);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().get("citizenId").asText()).matches("\\d{12}");
    assertThat(read.json().get("status").asText()).isEqualTo("VERIFIED");

    assertThat(api.get(path, artisan.token()).status()).as("not even the owner, here").isEqualTo(403);
    assertThat(api.get(path, api.newAccount("ARTISAN", "other")).status()).isEqualTo(403);
    assertThat(api.get(path, api.newAccount("SHOPPER", "curious")).status()).isEqualTo(403);
    assertThat(api.get(path).status()).isEqualTo(401);
    assertThat(api.get("/api/my/shop/identity", artisan.token()).json().get("citizenId").asText())
        .as("the owner reads their own").matches("\\d{12}");
    assertThat(api.get("/api/officer/shops?status=APPROVED", officer).body())
        .as("the officers' list says the status, not the numbers")
        .doesNotContain(read.json().get("citizenId").asText());
  }

  @Test
  void aHelperWithoutACommuneMandateCannotVerify() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");
    shops.identified(artisan.token(), "Đỗ Thị Lan");
    String email = "helper-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    assertThat(api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD,
        "displayName", "Tổ CNS", "role", "SHOPPER"), null).status()).isEqualTo(201);
    TestDatabase.update("UPDATE account SET roles = 'DIGITAL_HELPER' WHERE email = ?", email);
    String helper = api.login(email, Api.PASSWORD);
    Api.Reply refused = api.post("/api/officer/shops/" + artisan.shopId() + "/identity/verify",
        Map.of("method", "IN_PERSON"), helper);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(api.get("/api/officer/shops/" + artisan.shopId() + "/identity", helper).status()).isEqualTo(403);
    assertThat(api.get("/api/my/shop", artisan.token()).json().get("identityStatus").asText()).isEqualTo("DECLARED");
  }

  @Test
  void theDocumentPhotoIsPrivateAndAPhotoVerificationStandsOnIt() {
    TestShops.Artisan artisan = shops.artisanWithPendingShop("dong-xam-cham-bac");
    assertThat(api.upload("/api/my/shop/identity/evidence", "cccd.jpg", "image/jpeg", TestImages.jpeg(800, 500),
        artisan.token()).status()).as("declare first").isEqualTo(409);
    shops.identified(artisan.token(), "Vũ Văn Giấy");
    Api.Reply uploaded = api.upload("/api/my/shop/identity/evidence", "cccd.jpg", "image/jpeg",
        TestImages.jpeg(800, 500), artisan.token());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    String url = uploaded.json().get("evidenceUrl").asText();
    assertThat(api.upload("/api/my/shop/identity/evidence", "x.gif", "image/gif", TestImages.gif(10, 10),
        artisan.token()).status()).as("through media's checks").isEqualTo(400);

    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    assertThat(api.get(url, artisan.token()).status()).isEqualTo(200);
    assertThat(api.get(url, officer).status()).isEqualTo(200);
    assertThat(api.get(url).status()).as("never public").isEqualTo(404);
    assertThat(api.get(url, api.newAccount("ARTISAN", "nosy")).status()).isEqualTo(404);

    assertThat(api.post("/api/officer/shops/" + artisan.shopId() + "/identity/verify",
        Map.of("method", "DOCUMENT_PHOTO", "note", "Ảnh CCCD rõ"), officer).status()).isEqualTo(200);
    assertThat(api.post("/api/officer/shops/" + artisan.shopId() + "/approve", Map.of(), officer).status())
        .isEqualTo(200);
    assertThat(api.get(url).status()).as("still private once the shop sells").isEqualTo(404);
  }
}
