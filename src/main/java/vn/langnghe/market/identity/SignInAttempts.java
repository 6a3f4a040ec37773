package vn.langnghe.market.identity;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestBudgets;

/**
 * How often an account may be tried from one client: a few attempts at once, then one per
 * {@code refill}. Kept per client and account together, so a stranger's guesses slow only the
 * stranger and never keep the owner, signing in from elsewhere, out. An attempt is counted before
 * the password is checked, so parallel guesses cannot slip past the count.
 */
final class SignInAttempts {

  private final RequestBudgets budgets;

  SignInAttempts(int freeAttempts, Duration refill) {
    this.budgets = new RequestBudgets(
        () -> Bucket.builder().addLimit(l -> l.capacity(freeAttempts).refillGreedy(1, refill)).build(),
        refill.multipliedBy(freeAttempts), 200_000);
  }

  /** Counts an attempt on the account from the client, or refuses it with how long to wait. */
  void claim(String client, String email) {
    long wait = budgets.take(key(client, email));
    if (wait > 0) {
      throw new Problems.TooManyAttemptsException(
          "Too many failed sign-ins; try again in " + wait + " seconds.", wait);
    }
  }

  /** The right password: the client's earlier misses on this account are forgiven. */
  void succeeded(String client, String email) {
    budgets.reset(key(client, email));
  }

  private static String key(String client, String email) {
    return client + " " + email;
  }
}
