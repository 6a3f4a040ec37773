package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Outbox;

class PageCacheTest {

  private static final String PATH = "/san-pham/khay-bac";
  private final AtomicInteger stock = new AtomicInteger(3);

  private PageCache cache() {
    PageCache cache = new PageCache();
    cache.timeToLive = Duration.ofSeconds(10);
    cache.megabytes = 1;
    cache.start();
    return cache;
  }

  /** The product page as the servlet renders it: read the product, then say where it shows. */
  private PageCache.Rendered render(PageCache cache, Runnable betweenReadAndShows) {
    int read = stock.get();
    betweenReadAndShows.run();
    cache.shows(7, PATH);
    return PageCache.Rendered.of(("còn " + read).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(PageCache.Rendered page) {
    return new String(page.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aChangeCommittedAfterItsProductWasShownDropsThePage() {
    PageCache cache = cache();
    String key = PageCache.key(Lang.VI, PATH, null);
    assertThat(text(cache.get(key, () -> render(cache, () -> {})))).isEqualTo("còn 3");

    stock.set(0);
    cache.changed(new Outbox.Announced(Outbox.PRODUCT, 7));

    assertThat(text(cache.get(key, () -> render(cache, () -> {})))).isEqualTo("còn 0");
  }

  @Test
  void aChangeCommittedWhileThePageWasRenderedIsNotHiddenBehindIt() {
    PageCache cache = cache();
    String key = PageCache.key(Lang.VI, PATH, null);
    // the sale that empties the stock commits after the page read the product, before the cache
    // knew the page shows it: nothing was there to drop
    PageCache.Rendered stale = cache.get(key, () -> render(cache, () -> {
      stock.set(0);
      cache.changed(new Outbox.Announced(Outbox.PRODUCT, 7));
    }));
    assertThat(text(stale)).isEqualTo("còn 3");

    assertThat(text(cache.get(key, () -> render(cache, () -> {})))).isEqualTo("còn 0");
  }

  @Test
  void anUnchangedPageIsRenderedOnce() {
    PageCache cache = cache();
    String key = PageCache.key(Lang.VI, PATH, null);
    AtomicInteger renders = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      cache.get(key, () -> {
        renders.incrementAndGet();
        return render(cache, () -> {});
      });
    }
    assertThat(renders).hasValue(1);
  }
}
