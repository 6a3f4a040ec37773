package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestMail;

/** A forgotten password, end to end through the test run's mail server. */
class PasswordResetIT extends MarketIT {

  static final String SUBJECT = "Đặt lại mật khẩu";
  static final Pattern LINK = Pattern.compile("/password-reset\\.html#token=([A-Za-z0-9_-]+)");
  static final String NEW_PASSWORD = "Chạm bạc Đồng Xâm 1975";

  private static String registered(String label) {
    String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    Api.Reply reply = api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", "Lê Thị Mai", "role", "SHOPPER"), null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return email;
  }

  private static Api.Reply ask(String email) {
    return api.post("/api/auth/password-reset", Map.of("email", email), null);
  }

  private static Api.Reply confirm(String token, String password) {
    return api.post("/api/auth/password-reset/confirm", Map.of("token", token, "password", password), null);
  }

  /** The token of the n-th (1-based) reset mail to the address, waiting for it to arrive. */
  static String linkToken(String email, int n) throws InterruptedException {
    eventually(n + " reset mails to " + email, () -> resetMails(email).size() >= n);
    Matcher link = LINK.matcher(resetMails(email).get(n - 1).body());
    assertThat(link.find()).as("a link in the mail").isTrue();
    return link.group(1);
  }

  private static List<TestMail.Mail> resetMails(String email) {
    return TestMail.to(email).stream().filter(m -> m.subject().contains(SUBJECT)).toList();
  }

  @Test
  void theMailedLinkSetsANewPasswordOnceAndEndsEverySignIn() throws InterruptedException {
    String email = registered("forgot");
    String oldSignIn = api.login(email, Api.PASSWORD);
    assertThat(api.get("/api/me", oldSignIn).status()).isEqualTo(200);

    Api.Reply asked = ask(email.toUpperCase());
    assertThat(asked.status()).isEqualTo(202);
    assertThat(asked.body()).isEmpty();
    String token = linkToken(email, 1);
    assertThat(TestMail.await(email, SUBJECT).body()).contains("30 phút").contains("Lê Thị Mai");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?", token))
        .as("the token itself is never stored").isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?",
        Accounts.sha256(token))).isEqualTo(1);

    Api.Reply weak = confirm(token, "aaaaaaaaaaaa");
    assertThat(weak.status()).as("the password policy applies").isEqualTo(400);
    assertThat(weak.json().at("/errors/0/field").asText()).isEqualTo("password");

    assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
    assertThat(api.get("/api/me", oldSignIn).status()).as("the old sign-in ended").isEqualTo(401);
    assertThat(api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD), null).status())
        .as("the old password").isEqualTo(401);
    assertThat(api.get("/api/me", api.login(email, NEW_PASSWORD)).status()).isEqualTo(200);

    Api.Reply reused = confirm(token, "Một mật khẩu khác hẳn 2026");
    assertThat(reused.status()).as("a used link").isEqualTo(400);
    assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("token");
    assertThat(reused.json().at("/errors/0/message").asText()).contains("already used");
    assertThat(api.login(email, NEW_PASSWORD)).isNotBlank();
  }

  @Test
  void anExpiredOrUnknownLinkIsRefusedAndASecondLinkDiesWithTheFirst() throws InterruptedException {
    String email = registered("expired");
    assertThat(ask(email).status()).isEqualTo(202);
    String first = linkToken(email, 1);
    TestDatabase.update("UPDATE password_reset SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
        + " WHERE token_hash = ?", Accounts.sha256(first));
    Api.Reply expired = confirm(first, NEW_PASSWORD);
    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.json().at("/errors/0/field").asText()).isEqualTo("token");
    assertThat(expired.json().at("/errors/0/message").asText()).contains("expired");
    assertThat(api.login(email, Api.PASSWORD)).as("nothing changed").isNotBlank();

    Api.Reply unknown = confirm("not-a-token-we-sent", NEW_PASSWORD);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("token");

    assertThat(ask(email).status()).isEqualTo(202);
    assertThat(ask(email).status()).isEqualTo(202);
    String second = linkToken(email, 2);
    String third = linkToken(email, 3);
    assertThat(confirm(third, NEW_PASSWORD).status()).isEqualTo(204);
    assertThat(confirm(second, "Một mật khẩu khác hẳn 2026").status())
        .as("an older link dies when another is used").isEqualTo(400);
    assertThat(api.login(email, NEW_PASSWORD)).isNotBlank();
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws InterruptedException {
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    String somebody = registered("somebody");
    Api.Reply unknown = ask(nobody);
    Api.Reply known = ask(somebody);
    assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
    assertThat(unknown.body()).isEqualTo(known.body());
    linkToken(somebody, 1);
    assertThat(TestMail.to(nobody)).isEmpty();

    Api.Reply bad = api.post("/api/auth/password-reset", Map.of("email", "not an address"), null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("email");
  }

  @Test
  void aFloodOfRequestsMailsOnlyAFewOpenLinks() throws InterruptedException {
    String email = registered("flood");
    for (int i = 0; i < PasswordResets.MAX_OPEN_LINKS + 3; i++) {
      assertThat(ask(email).status()).isEqualTo(202);
    }
    linkToken(email, PasswordResets.MAX_OPEN_LINKS);
    Thread.sleep(1_500);
    assertThat(resetMails(email)).hasSize(PasswordResets.MAX_OPEN_LINKS);
  }
}
