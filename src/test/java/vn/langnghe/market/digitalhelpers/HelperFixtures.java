package vn.langnghe.market.digitalhelpers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestShops;

/** Set-up of the digital helpers' tests through the public API. */
final class HelperFixtures {

  static final String TRA_GIANG = "13093";
  static final String LE_LOI = "13120";
  static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
  static final Pattern LINK = Pattern.compile("/password-reset\\.html#token=([A-Za-z0-9_-]+)");

  private final Api api;

  HelperFixtures(Api api) {
    this.api = api;
  }

  static String email(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
  }

  String officer() {
    return api.login(TestShops.OFFICER, Api.PASSWORD);
  }

  /** A signed-in helper of these communes (an existing account the officer gives the role). */
  String helper(String... communes) {
    String email = email("helper");
    Api.Reply registered = api.post("/api/auth/register", Map.of("email", email, "password",
        Api.PASSWORD, "displayName", "Người hỗ trợ", "role", "SHOPPER"), null);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    Api.Reply appointed = api.post("/api/officer/digital-helpers",
        Map.of("email", email, "communeCodes", List.of(communes)), officer());
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
    return api.login(email, Api.PASSWORD);
  }

  record Onboarded(long mandateId, long artisanId, String email) {}

  Api.Reply onboard(String helper, String email, String commune, String consent) {
    return api.post("/api/helper/artisans", Map.of("email", email, "displayName", "Cụ Nguyễn Văn Bạc",
        "communeCode", commune, "consent", consent), helper);
  }

  /** An artisan onboarded by the helper, consent given with the code they received. */
  Onboarded onboardWithCode(String helper, String commune) {
    String email = email("artisan");
    Api.Reply made = onboard(helper, email, commune, "CODE");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    long mandate = made.json().get("id").asLong();
    Api.Reply consented = api.post("/api/helper/mandates/" + mandate + "/consent",
        Map.of("code", code(email, 1)), helper);
    assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
    assertThat(consented.json().get("state").asText()).isEqualTo("ACTIVE");
    return new Onboarded(mandate, made.json().get("artisanAccountId").asLong(), email);
  }

  /** The code of the n-th consent-code mail to the artisan. */
  static String code(String email, int n) {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      List<TestMail.Mail> mails = TestMail.to(email).stream()
          .filter(m -> m.subject().contains("Mã đồng ý")).toList();
      if (mails.size() >= n) {
        Matcher m = CODE.matcher(mails.get(n - 1).subject());
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
      sleep();
    }
    throw new AssertionError("no consent code mail #" + n + " to " + email);
  }

  static String takeOverToken(String email) {
    TestMail.Mail mail = TestMail.await(email, "Nhận tài khoản");
    Matcher m = LINK.matcher(mail.body());
    assertThat(m.find()).as(mail.body()).isTrue();
    return m.group(1);
  }

  /** A JSON request the helper sends for the artisan. */
  Api.Reply acting(String method, String path, Object body, String helper, long artisan) {
    HttpRequest.Builder request = api.request(path, helper).header("X-Acting-For", Long.toString(artisan));
    if (body == null) {
      return api.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
    try {
      return api.send(request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body),
              StandardCharsets.UTF_8)).build());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Api.Reply actingUpload(String path, byte[] png, String helper, long artisan) {
    String boundary = "----helper" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\""
          + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(png);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return api.send(api.request(path, helper)
        .header("X-Acting-For", Long.toString(artisan))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /**
   * The helper declares the artisan's identity for them and verifies it in person (a helper may,
   * in their communes), then the officer approves the shop, which needs a verified owner.
   */
  void approveShop(long shopId, String helper, long artisan) {
    Api.Reply declared = acting("PUT", "/api/my/shop/identity", Map.of("ownerName", "Phạm Văn Bạc",
        "citizenId", TestShops.citizenId(), "address", "Thôn Đồng Xâm, xã Trà Giang, tỉnh Hưng Yên"),
        helper, artisan);
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
    Api.Reply verified = api.post("/api/officer/shops/" + shopId + "/identity/verify",
        Map.of("method", "IN_PERSON", "note", "Gặp trực tiếp tại nhà văn hoá thôn"), helper);
    assertThat(verified.status()).as("the commune's helper verifies: " + verified).isEqualTo(200);
    Api.Reply approved = api.post("/api/officer/shops/" + shopId + "/approve", Map.of(), officer());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
  }

  static Map<String, Object> product(String sku) {
    return Map.of("title", "Khay bạc chạm rồng", "description", "<p>Khay bạc chạm tay</p>",
        "categoryId", 2, "villageSlug", "dong-xam-cham-bac", "status", "ACTIVE",
        "variants", List.of(Map.of("sku", sku, "priceVnd", 900_000, "onHand", 3, "weightGrams", 500)));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
