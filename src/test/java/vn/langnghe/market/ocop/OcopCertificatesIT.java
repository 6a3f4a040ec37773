package vn.langnghe.market.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestShops;

/**
 * OCOP stars come only from a certificate an officer verified and that has not expired: the
 * product page and API, the search facet (through the outbox) and the reports' OCOP share follow it.
 */
class OcopCertificatesIT extends MarketIT {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final TestShops shops = new TestShops(api);

  /** An approved shop's active product whose title carries a word found nowhere else. */
  private record Listed(TestShops.Artisan artisan, String id, String slug, String word) {
    String certificates() {
      return "/api/my/products/" + id + "/ocop-certificates";
    }
  }

  private Listed listed() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String word = "ocop" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Map<String, Object> ring = new HashMap<>(TestShops.silverRing(TestShops.sku("OC"), "ACTIVE"));
    ring.put("title", "Nhẫn bạc " + word);
    Api.Reply created = api.post("/api/my/products", ring, artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Listed(artisan, created.json().get("id").asText(), created.json().get("slug").asText(), word);
  }

  private static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  private static Map<String, Object> certificate(int stars, LocalDate issued, LocalDate expires) {
    return Map.of("stars", stars, "number", "125/QĐ-UBND", "issuer", "UBND tỉnh Thái Bình",
        "issuedOn", issued.toString(), "expiresOn", expires.toString());
  }

  private static String officer() {
    return api.login(TestShops.OFFICER, Api.PASSWORD);
  }

  private static int stars(Listed p) {
    return api.get("/api/products/" + p.id()).json().at("/ocopStars").asInt();
  }

  /** The count the search's {@code ocop} facet gives for {@code stars} among the product's hits. */
  private static long facet(Listed p, int stars) {
    JsonNode reply = api.get("/api/search?q=" + p.word()).json();
    for (JsonNode value : reply.at("/facets/ocop")) {
      if (value.at("/value").asText().equals(Integer.toString(stars))) {
        return value.at("/count").asLong();
      }
    }
    return 0;
  }

  private static boolean found(Listed p) {
    return api.get("/api/search?q=" + p.word()).json().at("/total").asLong() == 1;
  }

  private static double ocopShare(Listed p, String officer) {
    Api.Reply overview = api.get("/api/reports/overview?from=" + today() + "&to=" + today()
        + "&shopId=" + p.artisan().shopId(), officer);
    assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
    return overview.json().at("/ocopShareListed").asDouble();
  }

  private static boolean badgeOnPage(Listed p) {
    return api.get("/san-pham/" + p.slug()).body().contains("badge-ocop");
  }

  @Test
  void onlyAVerifiedUnexpiredCertificateShowsTheBadgeCountsInTheFacetAndTheReportsAndItsExpiryTakesThemAway()
      throws InterruptedException {
    Listed p = listed();
    String officer = officer();
    eventually("the product in the search", () -> found(p));
    assertThat(stars(p)).as("the typed stars are ignored").isZero();
    assertThat(badgeOnPage(p)).isFalse();

    LocalDate issued = today().minusMonths(3);
    Api.Reply submitted = api.post(p.certificates(),
        certificate(4, issued, issued.plusMonths(36).minusDays(1)), p.artisan().token());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    assertThat(submitted.json().at("/status").asText()).isEqualTo("SUBMITTED");
    long id = submitted.json().at("/id").asLong();

    Api.Reply photo = api.upload(p.certificates() + "/" + id + "/photo", "giay.png", "image/png",
        TestImages.png(640, 480), p.artisan().token());
    assertThat(photo.status()).as(photo.toString()).isEqualTo(200);
    String photoPath = photo.json().at("/photoUrl").asText().replaceFirst("^https?://[^/]+", "");
    assertThat(api.get(photoPath).status()).as("private until verified").isEqualTo(404);
    assertThat(api.get(photoPath, p.artisan().token()).status()).isEqualTo(200);
    assertThat(api.get(photoPath, officer).status()).isEqualTo(200);

    assertThat(stars(p)).as("a submitted certificate shows nothing").isZero();
    assertThat(badgeOnPage(p)).isFalse();
    assertThat(ocopShare(p, officer)).isZero();
    assertThat(facet(p, 4)).isZero();

    JsonNode queue = api.get("/api/officer/ocop-certificates?status=SUBMITTED&size=100", officer).json();
    assertThat(queue.at("/items").findValuesAsText("id")).contains(Long.toString(id));

    Api.Reply verified = api.post("/api/officer/ocop-certificates/" + id + "/verify", Map.of(), officer);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().at("/status").asText()).isEqualTo("VERIFIED");
    assertThat(stars(p)).isEqualTo(4);
    assertThat(api.get("/api/products/" + p.id()).json().at("/ocopCertificate").asText()).isEqualTo("125/QĐ-UBND");
    assertThat(badgeOnPage(p)).isTrue();
    assertThat(api.get(photoPath).status()).as("a verified certificate's photo is public").isEqualTo(200);
    assertThat(ocopShare(p, officer)).isEqualTo(1.0);
    eventually("the search facet counting the verified stars", () -> facet(p, 4) == 1);

    // the clock moved past the certificate's last day
    LocalDate lastDay = today().minusDays(1);
    TestDatabase.update("UPDATE ocop_certificate SET issued_on = ?, expires_on = ? WHERE id = ?",
        lastDay.minusMonths(36).plusDays(1), lastDay, id);
    TestDatabase.update("UPDATE product SET ocop_expires_on = ? WHERE id = ?", lastDay, Long.parseLong(p.id()));
    assertThat(stars(p)).as("reads hide an expired badge before the sweep").isZero();
    assertThat(ocopShare(p, officer)).isZero();
    eventually("the sweep expiring the certificate", () -> api.get(p.certificates(), p.artisan().token())
        .json().at("/0/status").asText().equals("EXPIRED"));
    assertThat(TestDatabase.count("SELECT ocop_stars FROM product WHERE id = ?", Long.parseLong(p.id()))).isZero();
    assertThat(stars(p)).isZero();
    assertThat(badgeOnPage(p)).isFalse();
    assertThat(ocopShare(p, officer)).isZero();
    eventually("the search facet forgetting the expired stars", () -> facet(p, 4) == 0 && found(p));
  }

  @Test
  void aRejectedCertificateGivesNothingAndAVerifiedOneCanBeWithdrawn() {
    Listed p = listed();
    String officer = officer();
    LocalDate issued = today().minusMonths(1);
    long id = api.post(p.certificates(), certificate(5, issued, issued.plusMonths(36).minusDays(1)),
        p.artisan().token()).json().at("/id").asLong();
    String reject = "/api/officer/ocop-certificates/" + id + "/reject";

    Api.Reply noReason = api.post(reject, Map.of(), officer);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Api.Reply rejected = api.post(reject, Map.of("reason", "Số quyết định không có trong danh sách của tỉnh"), officer);
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().at("/status").asText()).isEqualTo("REJECTED");
    assertThat(stars(p)).isZero();
    assertThat(ocopShare(p, officer)).isZero();
    assertThat(api.post("/api/officer/ocop-certificates/" + id + "/verify", Map.of(), officer).status())
        .as("a rejected certificate cannot be verified").isEqualTo(409);

    long second = shops.verifiedOcop(p.artisan(), p.id(), 3);
    assertThat(stars(p)).isEqualTo(3);
    api.post("/api/officer/ocop-certificates/" + second + "/reject", Map.of("reason", "Giấy bị thu hồi"), officer);
    assertThat(stars(p)).isZero();
  }

  @Test
  void theArtisanIsRemindedOnceAMonthBeforeTheLastDay() throws InterruptedException {
    Listed p = listed();
    LocalDate lastDay = today().plusDays(20);
    long id = api.post(p.certificates(), certificate(4, lastDay.minusMonths(36).plusDays(1), lastDay),
        p.artisan().token()).json().at("/id").asLong();
    long owner = TestDatabase.count("SELECT owner_account_id FROM shop WHERE id = ?", p.artisan().shopId());
    String reminders = "SELECT COUNT(*) FROM notification WHERE account_id = ? AND kind = 'OCOP_EXPIRING'";
    sweepsDone();
    assertThat(TestDatabase.count(reminders, owner)).as("not while only submitted").isZero();

    api.post("/api/officer/ocop-certificates/" + id + "/verify", Map.of(), officer());
    eventually("the reminder", () -> TestDatabase.count(reminders, owner) == 1);
    sweepsDone();
    assertThat(TestDatabase.count(reminders, owner)).as("told once").isEqualTo(1);
    assertThat(stars(p)).as("still valid until its last day").isEqualTo(4);
  }

  /**
   * Waits for a whole sweep to have run since the call, seen rather than slept for: a sweep
   * expires, then reminds; a witness certificate moved past its last day is expired by the next
   * sweep, and a second one by the sweep after, which starts only once the first one ended.
   */
  private void sweepsDone() throws InterruptedException {
    for (int witness = 0; witness < 2; witness++) {
      Listed w = listed();
      long id = shops.verifiedOcop(w.artisan(), w.id(), 3);
      LocalDate lastDay = today().minusDays(1);
      TestDatabase.update("UPDATE ocop_certificate SET issued_on = ?, expires_on = ? WHERE id = ?",
          lastDay.minusMonths(36).plusDays(1), lastDay, id);
      eventually("a sweep expiring witness " + id, () -> TestDatabase.count(
          "SELECT COUNT(*) FROM ocop_certificate WHERE id = ? AND status = 'EXPIRED'", id) == 1);
    }
  }

  @Test
  void badCertificatesAreRefusedNamingTheFieldAndOnlyTheOwnerSubmits() {
    Listed p = listed();
    LocalDate issued = today().minusMonths(2);
    Map<String, Object> good = certificate(4, issued, issued.plusMonths(36).minusDays(1));
    Map<String, Map<String, Object>> bad = Map.of(
        "stars", with(good, "stars", 2),
        "expiresOn", with(good, "expiresOn", issued.plusMonths(37).toString()),
        "issuedOn", with(good, "issuedOn", "07/12/2026"),
        "issuer", with(good, "issuer", " "));
    bad.forEach((field, body) -> {
      Api.Reply reply = api.post(p.certificates(), body, p.artisan().token());
      assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo(field);
    });
    Api.Reply beforeIssue = api.post(p.certificates(), with(good, "expiresOn", issued.minusDays(1).toString()),
        p.artisan().token());
    assertThat(beforeIssue.json().at("/errors/0/field").asText()).isEqualTo("expiresOn");

    TestShops.Artisan stranger = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    assertThat(api.post(p.certificates(), good, stranger.token()).status()).isEqualTo(404);
    assertThat(api.get(p.certificates(), stranger.token()).status()).isEqualTo(404);
    String shopper = api.newAccount("SHOPPER", "khach");
    assertThat(api.post(p.certificates(), good, shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/officer/ocop-certificates", p.artisan().token()).status()).isEqualTo(403);
    assertThat(api.get(p.certificates(), p.artisan().token()).json()).isEmpty();
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  @Test
  void aNewSubmissionTakesThePlaceOfOneStillWaiting() {
    Listed p = listed();
    LocalDate issued = today().minusMonths(2);
    long first = api.post(p.certificates(), certificate(3, issued, issued.plusMonths(36).minusDays(1)),
        p.artisan().token()).json().at("/id").asLong();
    api.post(p.certificates(), certificate(4, issued, issued.plusMonths(36).minusDays(1)), p.artisan().token());
    List<String> statuses = api.get(p.certificates(), p.artisan().token()).json().findValuesAsText("status");
    assertThat(statuses).containsExactly("SUBMITTED", "REPLACED");
    assertThat(api.post("/api/officer/ocop-certificates/" + first + "/verify", Map.of(), officer()).status())
        .isEqualTo(409);
  }
}
