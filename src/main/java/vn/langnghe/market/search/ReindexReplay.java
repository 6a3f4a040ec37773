package vn.langnghe.market.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.langnghe.market.platform.Outbox;

/** Announces products again, so the drainer sends them to a freshly swapped index. */
@ApplicationScoped
public class ReindexReplay {

  @Inject Outbox outbox;

  @Transactional
  public void announce(List<Long> productIds) {
    productIds.forEach(id -> outbox.announce(Outbox.PRODUCT, id));
  }
}
