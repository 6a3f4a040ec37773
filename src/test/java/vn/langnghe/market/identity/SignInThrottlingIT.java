package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.RawHttp;
import vn.langnghe.market.testing.TestOrders;

/**
 * Guessing is slowed per client and per account from that client; what one client does never
 * keeps the owner, signing in from another address, out. 127.0.0.x stand for distinct clients.
 */
class SignInThrottlingIT extends MarketIT {

  private static final RawHttp OWNER = new RawHttp("127.0.0.1");

  private static String registered(String label) {
    String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    Api.Reply reply = api.post("/api/auth/register",
        Map.of("email", email, "password", Api.PASSWORD, "displayName", "Trần Văn Bình", "role", "SHOPPER"),
        null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return email;
  }

  private static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  private static void assertTooMany(RawHttp.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
  }

  @Test
  void tenFailuresFromAnotherClientDoNotKeepTheOwnerOut() {
    String email = registered("owner");
    RawHttp stranger = new RawHttp("127.0.0.5");
    RawHttp.Reply last = null;
    for (int attempt = 1; attempt <= 10; attempt++) {
      last = stranger.postJson("/api/auth/login", credentials(email, "doan-sai-" + attempt));
      assertThat(last.status()).as("attempt " + attempt + ": " + last).isIn(401, 429);
    }
    assertTooMany(last);

    // the stranger's failures count against the stranger alone: the owner's first try gets in
    RawHttp.Reply owner = OWNER.postJson("/api/auth/login", credentials(email, Api.PASSWORD));

    assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    assertThat(owner.body()).contains("\"token\"");
  }

  @Test
  void parallelWrongGuessesFromOneClientAreAllCounted() {
    String email = registered("parallel");
    RawHttp guesser = new RawHttp("127.0.0.6");
    List<Callable<RawHttp.Reply>> guesses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String guess = "doan-song-song-" + i;
      guesses.add(() -> guesser.postJson("/api/auth/login", credentials(email, guess)));
    }

    List<RawHttp.Reply> replies = TestOrders.all(guesses, 12);

    List<RawHttp.Reply> checked = replies.stream().filter(r -> r.status() == 401).toList();
    List<RawHttp.Reply> refused = replies.stream().filter(r -> r.status() != 401).toList();
    assertThat(checked).as("guesses whose password was checked").hasSizeLessThanOrEqualTo(5);
    refused.forEach(SignInThrottlingIT::assertTooMany);
    // the guesser stays slowed down, even with the right password; the owner elsewhere is not
    assertTooMany(guesser.postJson("/api/auth/login", credentials(email, Api.PASSWORD)));
    assertThat(OWNER.postJson("/api/auth/login", credentials(email, Api.PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void oneClientsSignInsAndRegistrationsAreRateLimited() {
    for (String path : List.of("/api/auth/login", "/api/auth/register")) {
      RawHttp flooder = new RawHttp(path.endsWith("login") ? "127.0.0.7" : "127.0.0.8");
      RawHttp.Reply reply = flooder.postJson(path, "{}");
      for (int sent = 1; reply.status() != 429 && sent < 1_000; sent++) {
        assertThat(reply.status()).as(path + ": " + reply).isEqualTo(400);
        reply = flooder.postJson(path, "{}");
      }

      assertTooMany(reply);
      assertThat(OWNER.postJson(path, "{}").status()).as(path + " from another client").isEqualTo(400);
    }
  }
}
