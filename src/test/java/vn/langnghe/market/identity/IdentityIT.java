package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

class IdentityIT extends MarketIT {

  private static String uniqueEmail(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
  }

  private static Api.Reply register(String email, String password, String role) {
    return api.post("/api/auth/register",
        Map.of("email", email, "password", password, "displayName", "Nguyễn Thị Hoa", "role", role),
        null);
  }

  @Test
  void aShopperRegistersSignsInAndSeesHerAccount() {
    String email = uniqueEmail("hoa");
    Api.Reply registered = register(email, Api.PASSWORD, "SHOPPER");
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().at("/roles/0").asText()).isEqualTo("SHOPPER");

    String token = api.login(email.toUpperCase(), Api.PASSWORD);
    Api.Reply me = api.get("/api/me", token);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().at("/email").asText()).isEqualTo(email);
    assertThat(me.json().at("/displayName").asText()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(me.json().has("shopId")).isFalse();
  }

  @Test
  void anArtisansAccountNamesHerShop() {
    String token = api.newAccount("ARTISAN", "me-shop");
    api.post("/api/my/shop", Map.of("name", "Bạc Đồng Xâm Tâm", "villageSlug", "dong-xam-cham-bac"), token);

    Api.Reply me = api.get("/api/me", token);

    assertThat(me.json().at("/shop/name").asText()).isEqualTo("Bạc Đồng Xâm Tâm");
    assertThat(me.json().at("/shop/status").asText()).isEqualTo("PENDING");
    assertThat(me.json().at("/shopId").asLong()).isEqualTo(me.json().at("/shop/id").asLong());
  }

  @Test
  void anEmailRegistersOnceWhateverItsCase() {
    String email = uniqueEmail("twice");
    assertThat(register(email, Api.PASSWORD, "SHOPPER").status()).isEqualTo(201);

    Api.Reply again = register(email.toUpperCase(), Api.PASSWORD, "ARTISAN");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("email");
    assertThat(TestDatabase.count("select count(*) from account where email = ?", email)).isEqualTo(1);
  }

  @Test
  void nobodyAppointsThemselvesOfficer() {
    Api.Reply reply = register(uniqueEmail("officer"), Api.PASSWORD, "OFFICER");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("role");
  }

  @Test
  void passwordsAreStoredOnlyAsPbkdf2HashesAndNeverLogged() throws IOException {
    String email = uniqueEmail("secret");
    String password = "Mật-khẩu-" + UUID.randomUUID();
    assertThat(register(email, password, "SHOPPER").status()).isEqualTo(201);
    api.login(email, password);
    api.post("/api/auth/login", Map.of("email", email, "password", password + "x"), null);

    String stored = TestDatabase.string("select password_hash from account where email = ?", email);

    assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain(password);
    assertThat(stored.split("\\$")).hasSize(4);
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    assertThat(Files.readString(log)).contains("registered with roles").doesNotContain(password);
  }

  @Test
  void repeatedFailedSignInsFromOneClientAreSlowedDown() {
    String email = uniqueEmail("locked");
    register(email, Api.PASSWORD, "SHOPPER");
    for (int attempt = 1; attempt <= 5; attempt++) {
      Api.Reply wrong = api.post("/api/auth/login", Map.of("email", email, "password", "wrong-" + attempt), null);
      assertThat(wrong.status()).as("attempt " + attempt).isEqualTo(401);
      assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    Api.Reply right = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD), null);

    assertThat(right.status()).isEqualTo(429);
    assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(1L, 30L);
  }

  @Test
  void unknownEmailAndWrongPasswordGetTheSameAnswer() {
    String email = uniqueEmail("same");
    register(email, Api.PASSWORD, "SHOPPER");

    Api.Reply unknown = api.post("/api/auth/login", Map.of("email", uniqueEmail("nobody"), "password", "x"), null);
    Api.Reply wrong = api.post("/api/auth/login", Map.of("email", email, "password", "x"), null);

    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  @Test
  void tokensAreCheckedOnEveryCall() {
    assertThat(api.get("/api/me").status()).isEqualTo(401);
    Api.Reply stale = api.get("/api/me", "not-a-token");
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.json().at("/detail").asText()).contains("expired");
    // a stale token left in a browser does not break the public pages
    assertThat(api.get("/api/craft-villages", "not-a-token").status()).isEqualTo(200);
    Api.Reply basic = api.send(api.request("/api/me", null).header("Authorization", "Basic YTpi").GET().build());
    assertThat(basic.status()).isEqualTo(401);

    String token = api.newAccount("SHOPPER", "logout");
    String tokenHash = Accounts.sha256(token);
    assertThat(TestDatabase.count("select count(*) from auth_token where token_hash = ?", token)).isZero();
    assertThat(TestDatabase.count("select count(*) from auth_token where token_hash = ?", tokenHash)).isOne();
    assertThat(api.get("/api/me", token).status()).isEqualTo(200);
    assertThat(api.post("/api/auth/logout", Map.of(), token).status()).isEqualTo(204);
    assertThat(api.get("/api/me", token).status()).isEqualTo(401);
    assertThat(TestDatabase.count("select count(*) from auth_token where token_hash = ?", tokenHash)).isZero();
  }

  @Test
  void rolesAreCheckedOnEveryEndpoint() {
    String shopper = api.newAccount("SHOPPER", "roles");
    assertThat(api.get("/api/my/products", shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/my/shop", shopper).status()).isEqualTo(403);
    assertThat(api.get("/api/officer/shops", shopper).status()).isEqualTo(403);
    String artisan = api.newAccount("ARTISAN", "roles");
    assertThat(api.get("/api/officer/shops", artisan).status()).isEqualTo(403);
    assertThat(api.post("/api/officer/shops/1/approve", Map.of(), artisan).status()).isEqualTo(403);
    assertThat(api.get("/api/officer/shops").status()).isEqualTo(401);
  }
}
