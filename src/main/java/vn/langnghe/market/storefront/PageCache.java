package vn.langnghe.market.storefront;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.Outbox;

/**
 * Rendered pages kept a few seconds, so a product shared in a village group and opened by
 * hundreds at once is read and rendered once. A committed change of a product (an edit, a sale that
 * empties it, a takedown: everything the outbox announces) drops its pages at once on this node;
 * a shop's change drops them all; anything else ages out within the time to live, the same as the
 * pages' {@code max-age}. Other nodes see a change within that time.
 */
@ApplicationScoped
public class PageCache {

  /** A rendered page and its ETag (a digest of its bytes). */
  public record Rendered(byte[] bytes, String etag) {
    static Rendered of(byte[] bytes) {
      try {
        return new Rendered(bytes, "\"" + HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Inject
  @ConfigProperty(name = "market.storefront.page-cache-ttl", defaultValue = "PT10S")
  Duration timeToLive;

  @Inject
  @ConfigProperty(name = "market.storefront.page-cache-megabytes", defaultValue = "32")
  long megabytes;

  private Cache<String, Rendered> pages;
  /** The addresses each product's pages are kept under, to drop them when it changes. */
  private final Map<Long, String> productPaths = new ConcurrentHashMap<>();
  /** Counts the changes seen, so a page rendered while one was committed is not kept. */
  private final AtomicLong changes = new AtomicLong();

  @PostConstruct
  void start() {
    // weighed in bytes: a search's pages can come in any number of variants
    pages = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumWeight(megabytes << 20)
        .<String, Rendered>weigher((key, page) -> page.bytes().length + key.length() * 2).build();
  }

  Rendered get(String key, Supplier<Rendered> render) {
    if (timeToLive.isZero()) {
      return render.get();
    }
    long before = changes.get();
    Rendered page = pages.get(key, k -> render.get());
    // A change committed while the page was being rendered finds nothing to drop when the page's
    // product was not yet known to show there, or the page not yet stored: it may hold what was
    // read before the change, so it is not kept.
    if (changes.get() != before) {
      pages.invalidate(key);
    }
    return page;
  }

  /** Remembers which address shows a product, so its change can drop that page. */
  void shows(long productId, String path) {
    productPaths.put(productId, path);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Announced announced) {
    // counted before anything is dropped: a render that misses the drop sees the count move
    changes.incrementAndGet();
    if (Outbox.SHOP.equals(announced.topic())) {
      pages.invalidateAll();
    } else if (Outbox.PRODUCT.equals(announced.topic())) {
      String path = productPaths.remove(announced.aggregateId());
      if (path != null) {
        for (Lang lang : Lang.values()) {
          pages.invalidate(key(lang, path, null));
        }
      }
    }
  }

  static String key(Lang lang, String path, String query) {
    return lang.code + " " + path + (query == null ? "" : "?" + query);
  }
}
