package vn.langnghe.market.digitalhelpers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.digitalhelpers.HelperFixtures.LE_LOI;
import static vn.langnghe.market.digitalhelpers.HelperFixtures.TRA_GIANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/**
 * Commune digital helpers: onboarding with the artisan's consent, acting only inside their
 * communes, every touched row marked, and the artisan seeing, undoing and taking over.
 */
class DigitalHelpersIT extends MarketIT {

  private final HelperFixtures fx = new HelperFixtures(api);

  @Test
  void aHelperOnboardsAnArtisanWithACodeListsAProductAndEveryRowTheyTouchedCarriesThem() {
    String helper = fx.helper(TRA_GIANG);
    long helperId = api.get("/api/me", helper).json().get("id").asLong();
    String email = HelperFixtures.email("artisan");
    Api.Reply made = fx.onboard(helper, email, TRA_GIANG, "CODE");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    assertThat(made.json().get("state").asText()).isEqualTo("AWAITING_CONSENT");
    long mandate = made.json().get("id").asLong();
    long artisan = made.json().get("artisanAccountId").asLong();
    assertThat(fx.acting("GET", "/api/my/shop", null, helper, artisan).status())
        .as("no acting before the artisan consents").isEqualTo(403);

    String code = HelperFixtures.code(email, 1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM helper_consent_code WHERE code_hash = ?"
        + " OR code_hash = ?", code, Accounts.sha256(code))).as("only a hash bound to the mandate is kept").isZero();
    Api.Reply consented = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", code), helper);
    assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
    assertThat(consented.json().get("state").asText()).isEqualTo("ACTIVE");

    Api.Reply shop = fx.acting("POST", "/api/my/shop", Map.of("name", "Bạc cụ Bạc",
        "description", "<p>Bạc chạm tay</p>", "villageSlug", "dong-xam-cham-bac"), helper, artisan);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    long shopId = shop.json().get("id").asLong();
    fx.approveShop(shopId, helper, artisan);

    String sku = TestShops.sku("HLP");
    Api.Reply product = fx.acting("POST", "/api/my/products", HelperFixtures.product(sku), helper, artisan);
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long productId = product.json().get("id").asLong();
    Api.Reply picture = fx.actingUpload("/api/my/products/" + productId + "/images",
        TestImages.png(640, 480), helper, artisan);
    assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
    Api.Reply stock = fx.acting("PUT", "/api/my/products/" + productId + "/variants/" + sku + "/stock",
        Map.of("adjustBy", 2), helper, artisan);
    assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
    assertThat(api.get("/api/products/" + productId).status()).as("on sale").isEqualTo(200);

    for (String row : List.of("account WHERE id = " + artisan, "shop WHERE id = " + shopId,
        "product WHERE id = " + productId, "variant WHERE sku = '" + sku + "'",
        "product_image WHERE product_id = " + productId)) {
      assertThat(TestDatabase.count("SELECT COUNT(*) FROM " + row + " AND by_helper_account_id = ?",
          helperId)).as("by helper: " + row).isEqualTo(1);
    }
    assertThat(kinds(fx.acting("GET", "/api/my/helper-actions", null, helper, artisan).json()))
        .containsExactlyInAnyOrder("ACCOUNT_CREATED", "SHOP_OPENED", "IDENTITY_DECLARED",
            "PRODUCT_CREATED", "PICTURE_ADDED", "STOCK_CHANGED");

    JsonNode report = api.get("/api/reports/digital-helpers", fx.officer()).json();
    JsonNode mine = null;
    for (JsonNode h : report.get("helpers")) {
      if (h.get("helperAccountId").asLong() == helperId) {
        mine = h;
      }
    }
    assertThat(mine).as(report.toString()).isNotNull();
    assertThat(mine.get("shopsOnboarded").asLong()).isEqualTo(1);
    assertThat(mine.get("productsOnline").asLong()).isEqualTo(1);
    assertThat(report.at("/ocopGoal/minStars").asInt()).isEqualTo(3);
    assertThat(report.at("/ocopGoal/total").asLong()).isGreaterThanOrEqualTo(report.at("/ocopGoal/onSale").asLong());

    // the helper submits the product's OCOP certificate for the artisan; once an officer verifies
    // it, the province's goal counts one more certified product, on sale
    java.time.LocalDate issued = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(3);
    Api.Reply certificate = fx.acting("POST", "/api/my/products/" + productId + "/ocop-certificates", Map.of(
        "stars", 4, "number", "OCOP-HY-" + productId, "issuer", "UBND tỉnh Hưng Yên",
        "issuedOn", issued.toString(), "expiresOn", issued.plusMonths(36).minusDays(1).toString()), helper, artisan);
    assertThat(certificate.status()).as(certificate.toString()).isEqualTo(201);
    Api.Reply verified = api.post("/api/officer/ocop-certificates/" + certificate.json().get("id").asLong()
        + "/verify", Map.of(), fx.officer());
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonNode after = api.get("/api/reports/digital-helpers", fx.officer()).json();
    assertThat(after.at("/ocopGoal/total").asLong()).isEqualTo(report.at("/ocopGoal/total").asLong() + 1);
    assertThat(after.at("/ocopGoal/onSale").asLong()).isEqualTo(report.at("/ocopGoal/onSale").asLong() + 1);

    // the person's own rights stay theirs: no helper reads everything held about them, changes
    // their consents or erases them
    assertThat(fx.acting("GET", "/api/my/data-export", null, helper, artisan).status()).isEqualTo(403);
    assertThat(fx.acting("GET", "/api/my/consents", null, helper, artisan).status()).isEqualTo(403);
    assertThat(fx.acting("PUT", "/api/my/consents", Map.of("purposes", List.of(Map.of("purpose",
        "MARKETING_ZALO", "granted", true))), helper, artisan).status()).isEqualTo(403);
    assertThat(fx.acting("DELETE", "/api/me", Map.of("password", Api.PASSWORD), helper, artisan).status())
        .isEqualTo(403);
    // and their own, as a helper
    assertThat(api.get("/api/my/consents", helper).status()).isEqualTo(200);
  }

  @Test
  void aHelperCannotActOutsideTheirCommunes() {
    String helper = fx.helper(TRA_GIANG);
    String elsewhere = HelperFixtures.email("elsewhere");
    Api.Reply outside = fx.onboard(helper, elsewhere, LE_LOI, "CODE");
    assertThat(outside.status()).as("onboarding in another commune").isEqualTo(403);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", elsewhere)).isZero();

    HelperFixtures.Onboarded artisan = fx.onboardWithCode(helper, TRA_GIANG);
    Api.Reply shopElsewhere = fx.acting("POST", "/api/my/shop", Map.of("name", "Đũi Nam Cao",
        "description", "<p>Đũi</p>", "villageSlug", "nam-cao-det-dui"), helper, artisan.artisanId());
    assertThat(shopElsewhere.status()).as("a shop in a village of another commune").isEqualTo(403);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM shop WHERE owner_account_id = ?",
        artisan.artisanId())).isZero();

    String otherHelper = fx.helper(LE_LOI);
    assertThat(fx.acting("GET", "/api/my/shop", null, otherHelper, artisan.artisanId()).status())
        .as("a helper without the artisan's mandate").isEqualTo(403);
    TestShops.Artisan stranger = new TestShops(api).artisanWithPendingShop("dong-xam-cham-bac");
    long strangerId = api.get("/api/me", stranger.token()).json().get("id").asLong();
    assertThat(fx.acting("GET", "/api/my/shop", null, helper, strangerId).status())
        .as("an artisan of their commune who gave no mandate").isEqualTo(403);
    assertThat(fx.acting("GET", "/api/my/shop", null, stranger.token(), artisan.artisanId()).status())
        .as("someone who is no helper").isEqualTo(403);

    long helperId = api.get("/api/me", helper).json().get("id").asLong();
    Api.Reply moved = api.put("/api/officer/digital-helpers/" + helperId + "/communes",
        Map.of("communeCodes", List.of(LE_LOI)), fx.officer());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(fx.acting("POST", "/api/my/products", HelperFixtures.product(TestShops.sku("OUT")),
        helper, artisan.artisanId()).status())
        .as("once the commune is no longer theirs").isEqualTo(403);

    Api.Reply badCommune = api.put("/api/officer/digital-helpers/" + helperId + "/communes",
        Map.of("communeCodes", List.of("99999")), fx.officer());
    assertThat(badCommune.status()).isEqualTo(400);
    assertThat(badCommune.json().at("/errors/0/field").asText()).isEqualTo("communeCodes[0]");
  }

  @Test
  void aWrongUsedOrExpiredCodeIsRefused() {
    String helper = fx.helper(TRA_GIANG);
    String email = HelperFixtures.email("codes");
    long mandate = fx.onboard(helper, email, TRA_GIANG, "CODE").json().get("id").asLong();
    String code = HelperFixtures.code(email, 1);
    String wrong = code.equals("000000") ? "111111" : "000000";
    Api.Reply refused = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", wrong), helper);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("code");

    TestDatabase.update("UPDATE helper_consent_code SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
        + " WHERE mandate_id = ?", mandate);
    Api.Reply expired = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", code), helper);
    assertThat(expired.status()).as("the right code, expired").isEqualTo(400);
    assertThat(expired.json().at("/errors/0/message").asText()).contains("hết hạn");

    assertThat(api.post("/api/helper/mandates/" + mandate + "/consent-code", Map.of(), helper).status())
        .isEqualTo(200);
    String second = HelperFixtures.code(email, 2);
    String notSecond = second.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", notSecond),
          helper).status()).isEqualTo(400);
    }
    Api.Reply tooMany = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", second), helper);
    assertThat(tooMany.status()).as("the right code after five wrong tries").isEqualTo(400);
    assertThat(tooMany.json().at("/errors/0/message").asText()).contains("quá nhiều");

    assertThat(api.post("/api/helper/mandates/" + mandate + "/consent-code", Map.of(), helper).status())
        .isEqualTo(200);
    String third = HelperFixtures.code(email, 3);
    assertThat(api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", third), helper)
        .status()).isEqualTo(200);
    Api.Reply used = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", third), helper);
    assertThat(used.status()).as("a used code").isIn(400, 409);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM helper_consent_code WHERE mandate_id = ?"
        + " AND used_at IS NOT NULL", mandate)).isEqualTo(1);
  }

  @Test
  void aHelperWhoSellsTooCannotVerifyTheirOwnShop() {
    String email = HelperFixtures.email("seller-helper");
    assertThat(api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD,
        "displayName", "Người bán kiêm hỗ trợ", "role", "ARTISAN"), null).status()).isEqualTo(201);
    String own = api.login(email, Api.PASSWORD);
    Api.Reply shop = api.post("/api/my/shop", Map.of("name", "Bạc nhà tôi", "description", "<p>Bạc</p>",
        "villageSlug", "dong-xam-cham-bac"), own);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    assertThat(api.put("/api/my/shop/identity", Map.of("ownerName", "Người bán kiêm hỗ trợ",
        "citizenId", TestShops.citizenId(), "address", "Thôn Đồng Xâm, xã Trà Giang"), own).status())
        .isEqualTo(200);
    assertThat(api.post("/api/officer/digital-helpers", Map.of("email", email, "communeCodes",
        List.of(TRA_GIANG)), fx.officer()).status()).isEqualTo(200);

    Api.Reply self = api.post("/api/officer/shops/" + shop.json().get("id").asLong() + "/identity/verify",
        Map.of("method", "IN_PERSON"), api.login(email, Api.PASSWORD));
    assertThat(self.status()).as(self.toString()).isEqualTo(403);
    assertThat(api.get("/api/my/shop", own).json().get("identityStatus").asText()).isEqualTo("DECLARED");
  }

  @Test
  void guessesAtOnceAreAllCountedAndCodesAreFew() throws Exception {
    String helper = fx.helper(TRA_GIANG);
    String email = HelperFixtures.email("guesses");
    long mandate = fx.onboard(helper, email, TRA_GIANG, "CODE").json().get("id").asLong();
    String code = HelperFixtures.code(email, 1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String guess = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
        guesses.add(pool.submit(() -> api.post("/api/helper/mandates/" + mandate + "/consent",
            Map.of("code", guess), helper).status()));
      }
      for (var guess : guesses) {
        assertThat(guess.get()).isEqualTo(400);
      }
    } finally {
      pool.shutdown();
    }
    // eight wrong guesses at once used up the code's five tries: the right code no longer works
    Api.Reply right = api.post("/api/helper/mandates/" + mandate + "/consent", Map.of("code", code), helper);
    assertThat(right.status()).as(right.toString()).isEqualTo(400);
    assertThat(TestDatabase.count("SELECT attempts FROM helper_consent_code WHERE mandate_id = ?", mandate))
        .isEqualTo(5);

    for (int i = 2; i <= 3; i++) {
      assertThat(api.post("/api/helper/mandates/" + mandate + "/consent-code", Map.of(), helper).status())
          .isEqualTo(200);
    }
    Api.Reply fourth = api.post("/api/helper/mandates/" + mandate + "/consent-code", Map.of(), helper);
    assertThat(fourth.status()).as("three codes per artisan, then a photo: " + fourth).isEqualTo(409);
  }

  @Test
  void theArtisanSeesWhatTheHelperDidUndoesItAndTakesOver() {
    String helper = fx.helper(TRA_GIANG);
    HelperFixtures.Onboarded artisan = fx.onboardWithCode(helper, TRA_GIANG);
    long id = artisan.artisanId();
    long shopId = fx.acting("POST", "/api/my/shop", Map.of("name", "Bạc nhà Bạc",
        "description", "<p>Bạc</p>", "villageSlug", "dong-xam-cham-bac"), helper, id).json().get("id").asLong();
    fx.approveShop(shopId, helper, id);
    String sku = TestShops.sku("UND");
    long productId = fx.acting("POST", "/api/my/products", HelperFixtures.product(sku), helper, id)
        .json().get("id").asLong();
    JsonNode listed = fx.acting("GET", "/api/my/products/" + productId, null, helper, id).json();
    Map<String, Object> edit = new java.util.HashMap<>(HelperFixtures.product(sku));
    edit.put("title", "Khay bạc sửa nhầm");
    edit.put("version", listed.get("version").asLong());
    assertThat(fx.acting("PUT", "/api/my/products/" + productId, edit, helper, id).status()).isEqualTo(200);
    assertThat(fx.actingUpload("/api/my/products/" + productId + "/images", TestImages.png(400, 300),
        helper, id).status()).isEqualTo(201);

    JsonNode before = fx.acting("GET", "/api/my/helper-actions", null, helper, id).json();
    long undoEdit = actionOf(before, "PRODUCT_EDITED");
    assertThat(fx.acting("POST", "/api/my/helper-actions/" + undoEdit + "/undo", null, helper, id).status())
        .as("a helper cannot undo for the artisan").isEqualTo(403);

    Api.Reply handedOver = api.post("/api/helper/mandates/" + artisan.mandateId() + "/hand-over", Map.of(), helper);
    assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
    assertThat(handedOver.json().get("state").asText()).isEqualTo("HANDED_OVER");
    assertThat(fx.acting("GET", "/api/my/shop", null, helper, id).status())
        .as("no acting after the hand-over").isEqualTo(403);
    String token = HelperFixtures.takeOverToken(artisan.email());
    assertThat(api.post("/api/auth/password-reset/confirm", Map.of("token", token,
        "password", "Chạm bạc Đồng Xâm 1975"), null).status()).isEqualTo(204);
    String own = api.login(artisan.email(), "Chạm bạc Đồng Xâm 1975");

    JsonNode actions = api.get("/api/my/helper-actions", own).json();
    assertThat(kinds(actions)).contains("ACCOUNT_CREATED", "SHOP_OPENED", "PRODUCT_CREATED",
        "PRODUCT_EDITED", "PICTURE_ADDED");
    Api.Reply undone = api.post("/api/my/helper-actions/" + undoEdit + "/undo", Map.of(), own);
    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(api.get("/api/my/products/" + productId, own).json().get("title").asText())
        .isEqualTo("Khay bạc chạm rồng");
    assertThat(api.post("/api/my/helper-actions/" + undoEdit + "/undo", Map.of(), own).status())
        .as("undone already").isEqualTo(409);

    Api.Reply pictureGone = api.post("/api/my/helper-actions/" + actionOf(actions, "PICTURE_ADDED")
        + "/undo", Map.of(), own);
    assertThat(pictureGone.status()).as(pictureGone.toString()).isEqualTo(200);
    assertThat(api.get("/api/my/products/" + productId, own).json().get("images")).isEmpty();

    Api.Reply shopUndo = api.post("/api/my/helper-actions/" + actionOf(actions, "SHOP_OPENED")
        + "/undo", Map.of(), own);
    assertThat(shopUndo.status()).as("what cannot be undone says so").isEqualTo(422);
    assertThat(shopUndo.json().get("detail").asText()).contains("Không hoàn tác được");

    Api.Reply unlisted = api.post("/api/my/helper-actions/" + actionOf(actions, "PRODUCT_CREATED")
        + "/undo", Map.of(), own);
    assertThat(unlisted.status()).isEqualTo(200);
    assertThat(api.get("/api/my/products/" + productId, own).json().get("status").asText()).isEqualTo("ARCHIVED");
    assertThat(api.get("/api/products/" + productId).status()).as("off sale").isEqualTo(404);
  }

  @Test
  void theArtisanEndsTheMandateAtAnyTime() {
    String helper = fx.helper(TRA_GIANG);
    HelperFixtures.Onboarded artisan = fx.onboardWithCode(helper, TRA_GIANG);
    assertThat(fx.acting("GET", "/api/my/helper-mandates", null, helper, artisan.artisanId()).status())
        .isEqualTo(200);
    assertThat(fx.acting("POST", "/api/my/helper-mandates/" + artisan.mandateId() + "/end", null, helper,
        artisan.artisanId()).status()).as("only the artisan ends it").isEqualTo(403);

    // the artisan takes their account in hand on their own: "Quên mật khẩu?"
    assertThat(api.post("/api/auth/password-reset", Map.of("email", artisan.email()), null).status())
        .isEqualTo(202);
    java.util.regex.Matcher link = HelperFixtures.LINK.matcher(
        vn.langnghe.market.testing.TestMail.await(artisan.email(), "Đặt lại mật khẩu").body());
    assertThat(link.find()).isTrue();
    assertThat(api.post("/api/auth/password-reset/confirm", Map.of("token", link.group(1),
        "password", "Chạm bạc Đồng Xâm 1975"), null).status()).isEqualTo(204);
    String own = api.login(artisan.email(), "Chạm bạc Đồng Xâm 1975");
    JsonNode mandates = api.get("/api/my/helper-mandates", own).json();
    assertThat(mandates.get(0).get("state").asText()).isEqualTo("ACTIVE");
    Api.Reply ended = api.post("/api/my/helper-mandates/" + artisan.mandateId() + "/end", Map.of(), own);
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().get("state").asText()).isEqualTo("HANDED_OVER");
    assertThat(fx.acting("GET", "/api/my/shop", null, helper, artisan.artisanId()).status())
        .as("the helper can no longer act for them").isEqualTo(403);
  }

  @Test
  void anOfficerAppointsANewHelperWhoSetsAPasswordAndSignsIn() {
    String email = HelperFixtures.email("new-helper");
    Api.Reply appointed = api.post("/api/officer/digital-helpers", Map.of("email", email,
        "displayName", "Trần Thị Hỗ Trợ", "communeCodes", List.of(TRA_GIANG, LE_LOI)), fx.officer());
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
    assertThat(appointed.json().at("/communes/0/name").asText()).contains("Trà Giang");
    Api.Reply shopper = api.get("/api/officer/digital-helpers", api.newAccount("SHOPPER", "nosy"));
    assertThat(shopper.status()).as("only officers see the helpers").isEqualTo(403);

    String token = HelperFixtures.takeOverToken(email);
    assertThat(api.post("/api/auth/password-reset/confirm", Map.of("token", token,
        "password", "Tổ công nghệ số 2026"), null).status()).isEqualTo(204);
    String helper = api.login(email, "Tổ công nghệ số 2026");
    Api.Reply me = api.get("/api/me", helper);
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().get("roles").toString()).contains("DIGITAL_HELPER");
    assertThat(api.get("/api/helper/communes", helper).json()).hasSize(2);
  }

  @Test
  void aConsentPhotoStaysPrivateAndOfficersReadIt() {
    String helper = fx.helper(TRA_GIANG);
    String email = HelperFixtures.email("photo");
    long mandate = fx.onboard(helper, email, TRA_GIANG, "PHOTO").json().get("id").asLong();
    Api.Reply photo = api.upload("/api/helper/mandates/" + mandate + "/consent-photo", "consent.jpg",
        "image/jpeg", TestImages.jpeg(800, 600), helper);
    assertThat(photo.status()).as(photo.toString()).isEqualTo(200);
    assertThat(photo.json().get("consentMethod").asText()).isEqualTo("PHOTO");
    String path = "/api/officer/digital-helpers/mandates/" + mandate + "/consent-photo";
    assertThat(api.get(path, helper).status()).isEqualTo(403);
    Api.Reply read = api.get(path, fx.officer());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.contentType()).startsWith("image/jpeg");
  }

  private static List<String> kinds(JsonNode actions) {
    List<String> kinds = new java.util.ArrayList<>();
    actions.forEach(a -> kinds.add(a.get("kind").asText()));
    return kinds;
  }

  private static long actionOf(JsonNode actions, String kind) {
    for (JsonNode a : actions) {
      if (a.get("kind").asText().equals(kind)) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError("no " + kind + " in " + actions);
  }
}
