package vn.langnghe.market.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers of recently seen tokens, so that a shopper's burst of requests does not look the
 * same token up in the database every time. An entry lives at most {@code lifetime} and never
 * beyond its token's expiry; signing out forgets it at once on this node. Another node may still
 * accept a signed-out token for up to {@code lifetime}: the price of not asking the database on
 * every request, kept small by a short lifetime.
 */
final class RecentCallers {

  private record Entry(Caller caller, Instant goodUntil) {}

  private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final int capacity;

  RecentCallers(Duration lifetime, int capacity) {
    this.lifetime = lifetime;
    this.capacity = capacity;
  }

  Optional<Caller> get(String tokenHash, Instant now) {
    Entry entry = byTokenHash.get(tokenHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.goodUntil().isAfter(now)) {
      byTokenHash.remove(tokenHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller());
  }

  void remember(String tokenHash, Caller caller, Instant tokenExpiresAt, Instant now) {
    if (lifetime.isZero()) {
      return;
    }
    if (byTokenHash.size() >= capacity) {
      byTokenHash.values().removeIf(e -> !e.goodUntil().isAfter(now));
      if (byTokenHash.size() >= capacity) {
        // still full of live entries: start over rather than grow without bound
        byTokenHash.clear();
      }
    }
    Instant until = now.plus(lifetime);
    byTokenHash.put(tokenHash, new Entry(caller, until.isBefore(tokenExpiresAt) ? until : tokenExpiresAt));
  }

  void forget(String tokenHash) {
    byTokenHash.remove(tokenHash);
  }
}
