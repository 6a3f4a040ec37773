package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

/** Registration refuses passwords a guesser tries first, and says why in Vietnamese. */
class PasswordPolicyIT extends MarketIT {

  private static Api.Reply register(String email, String password, String displayName) {
    return api.post("/api/auth/register",
        Map.of("email", email, "password", password, "displayName", displayName, "role", "SHOPPER"), null);
  }

  @Test
  void weakPasswordsAreRefusedNamingThePasswordField() {
    String local = "hoa.nguyen" + UUID.randomUUID().toString().substring(0, 6);
    String email = local + "@test.langnghe.vn";
    List<String> weak = List.of("1234567890", "aaaaaaaaaa", "password12", "          ", email,
        local + "-2026", "Nguyen Thi Mai 2026", "qwertyuiop", "iloveyou12");

    for (String password : weak) {
      Api.Reply reply = register(email, password, "Nguyễn Thị Mai");

      assertThat(reply.status()).as("'" + password + "': " + reply).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("password");
      assertThat(reply.json().at("/errors/0/message").asText()).as(password).containsAnyOf("Mật khẩu", "mật khẩu");
    }
    assertThat(TestDatabase.count("select count(*) from account where email = ?", email)).isZero();
  }

  @Test
  void theDemoPasswordAndALongPassphraseAreAccepted() {
    String email = "manh.do-" + UUID.randomUUID().toString().substring(0, 6) + "@test.langnghe.vn";
    assertThat(register(email, Api.PASSWORD, "Đỗ Văn Mạnh").status()).isEqualTo(201);
    String other = "lua.pham-" + UUID.randomUUID().toString().substring(0, 6) + "@test.langnghe.vn";
    assertThat(register(other, "chiếu cói Hới đẹp lắm", "Phạm Thị Lụa").status()).isEqualTo(201);
    // the demo accounts were created with the README's password and still sign in
    assertThat(api.login("officer@demo.langnghe.vn", Api.PASSWORD)).isNotBlank();
  }
}
