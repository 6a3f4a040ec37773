package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.RawHttp;
import vn.langnghe.market.testing.TestSite;

/** Browser-protection headers on pages and API answers; absolute URLs never from the Host header. */
class SecurityHeadersIT extends MarketIT {

  private static void assertProtected(Api.Reply reply) {
    String policy = reply.header("Content-Security-Policy");
    assertThat(policy).as(reply.toString()).isNotNull();
    assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(reply.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
    // plain HTTP: a Strict-Transport-Security header here would be ignored or, worse, pin a test host
    assertThat(reply.header("Strict-Transport-Security")).isNull();
  }

  @Test
  void pagesAndApiAnswersCarryTheProtectionHeaders() {
    assertProtected(api.get("/"));
    assertProtected(api.get("/login.html"));
    assertProtected(api.get("/js/pages/login.js"));
    assertProtected(api.get("/api/craft-villages"));
    assertProtected(api.get("/api/me"));
  }

  @Test
  void signInAnswersAreNeverStored() {
    String email = "nostore-" + System.nanoTime() + "@test.langnghe.vn";
    Api.Reply registered = api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", "Lê Thu", "role", "SHOPPER"), null);
    Api.Reply signedIn = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD), null);

    assertThat(registered.header("Cache-Control")).contains("no-store");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.header("Cache-Control")).contains("no-store");
  }

  @Test
  void aForgedHostHeaderIsNeverEchoed() {
    RawHttp client = new RawHttp("127.0.0.1");
    Map<String, String> forged = Map.of("Host", "evil.example");
    RawHttp.Reply back = client.get("/api/payments/vnpay/return?vnp_TxnRef=LN1-1", forged);
    assertThat(back.status()).as(back.toString()).isEqualTo(303);
    assertThat(back.header("Location")).startsWith(TestSite.base() + "/payment-result.html");

    String email = "host-" + System.nanoTime() + "@test.langnghe.vn";
    RawHttp.Reply registered = client.send("POST", "/api/auth/register",
        Map.of("Host", "evil.example", "Content-Type", "application/json"),
        "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD
            + "\",\"displayName\":\"Lê Thu\",\"role\":\"SHOPPER\"}");
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    assertThat(registered.header("Location")).startsWith(TestSite.base() + "/api/");

    for (String path : List.of("/sandbox", "/js", "/khong-co-trang-nay.html", "/api/khong-co")) {
      RawHttp.Reply reply = client.get(path, forged);
      assertThat(reply.headers().values()).as(path + ": " + reply).noneMatch(v -> v.contains("evil.example"));
      assertThat(reply.body()).as(path).doesNotContain("evil.example");
    }
  }
}
