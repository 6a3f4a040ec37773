package vn.langnghe.market.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A token bucket per key (a client, or an account as tried from a client), kept in memory on this
 * node. A bucket unused for {@code idleAfter} has refilled completely, so forgetting it changes
 * nothing; the cache is bounded, so a flood of new keys cannot exhaust the heap. Taking a token is
 * atomic: parallel requests each take their own.
 */
public final class RequestBudgets {

  private final Cache<String, Bucket> buckets;
  private final Supplier<Bucket> newBucket;

  public RequestBudgets(Supplier<Bucket> newBucket, Duration idleAfter, long maximumKeys) {
    this.newBucket = newBucket;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(idleAfter).maximumSize(maximumKeys).build();
  }

  /** Up to {@code requests} at once, then as many again spread over each {@code period}. */
  public static RequestBudgets perClient(RequestLimit.Size size) {
    return new RequestBudgets(
        () -> Bucket.builder().addLimit(l -> l.capacity(size.requests()).refillGreedy(size.requests(), size.period())).build(),
        size.period(), 100_000);
  }

  /**
   * Takes one request from the key's budget; answers 0 when it was there, otherwise how many
   * seconds (at least 1) until it will be.
   */
  public long take(String key) {
    ConsumptionProbe probe = buckets.get(key, k -> newBucket.get()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    long nanos = probe.getNanosToWaitForRefill();
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }

  /** A fresh budget for the key (after the account's owner proved who they are). */
  public void reset(String key) {
    buckets.invalidate(key);
  }
}
