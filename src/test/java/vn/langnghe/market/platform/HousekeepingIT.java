package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

/**
 * The housekeeping sweep (every 2 s in the tests) deletes expired sign-in tokens, idempotency keys
 * older than a day and anonymous carts untouched for 30 days, and keeps what is still of use.
 */
class HousekeepingIT extends MarketIT {

  @Test
  void expiredTokensOldKeysAndAbandonedCartsAreSweptAndTheRestStays() throws InterruptedException {
    String shopper = api.newAccount("SHOPPER", "sweep");
    long account = api.get("/api/me", shopper).json().get("id").asLong();
    String expired = hash();
    String valid = hash();
    TestDatabase.update("INSERT INTO auth_token (token_hash, account_id, created_at, expires_at) VALUES"
        + " (?, ?, UTC_TIMESTAMP(6) - INTERVAL 8 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY),"
        + " (?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY)", expired, account, valid, account);
    String oldKey = "sweep-old-" + UUID.randomUUID();
    String newKey = "sweep-new-" + UUID.randomUUID();
    TestDatabase.update("INSERT INTO idempotent_request (account_id, scope, idem_key, request_hash, result_id,"
        + " created_at) VALUES (?, 'checkout', ?, ?, 1, UTC_TIMESTAMP(6) - INTERVAL 2 DAY),"
        + " (?, 'checkout', ?, ?, 1, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR)", account, oldKey, hash(), account, newKey, hash());
    String abandoned = hash();
    String recent = hash();
    TestDatabase.update("INSERT INTO cart (account_id, token_hash, created_at, updated_at) VALUES"
        + " (NULL, ?, UTC_TIMESTAMP(6) - INTERVAL 45 DAY, UTC_TIMESTAMP(6) - INTERVAL 31 DAY),"
        + " (NULL, ?, UTC_TIMESTAMP(6) - INTERVAL 45 DAY, UTC_TIMESTAMP(6) - INTERVAL 29 DAY),"
        + " (?, NULL, UTC_TIMESTAMP(6) - INTERVAL 90 DAY, UTC_TIMESTAMP(6) - INTERVAL 60 DAY)", abandoned, recent, account);
    TestDatabase.update("INSERT INTO cart_line (cart_id, sku, quantity, price_when_added, added_at)"
        + " SELECT id, 'SWEEP-1', 1, 100000, updated_at FROM cart WHERE token_hash = ?", abandoned);

    eventually("the sweep", () -> TestDatabase.count("SELECT COUNT(*) FROM auth_token WHERE token_hash = ?", expired) == 0
        && TestDatabase.count("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", oldKey) == 0
        && TestDatabase.count("SELECT COUNT(*) FROM cart WHERE token_hash = ?", abandoned) == 0);

    assertThat(TestDatabase.count("SELECT COUNT(*) FROM cart_line WHERE sku = 'SWEEP-1'")).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM auth_token WHERE token_hash = ?", valid)).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", newKey)).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM cart WHERE token_hash = ?", recent)).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM cart WHERE account_id = ?", account)).isEqualTo(1);
    assertThat(api.get("/api/me", shopper).status()).as("the shopper's own sign-in still works").isEqualTo(200);
  }

  private static String hash() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }
}
