package vn.langnghe.market.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;
import vn.langnghe.market.notifications.Notifications;

/**
 * One transaction of back-dated demo writes whose notices are dropped before it commits, so no
 * drainer ever sees them: a shop's reply of last month is not news, and the history's buyers are
 * not people to write to.
 */
@ApplicationScoped
@Transactional
public class DemoQuietly {

  @Inject Notifications notifications;

  /** {@code work} (the boundaries it calls join this transaction), then the notices it wrote go. */
  public <T> T run(Collection<Long> accounts, Instant before, Supplier<T> work) {
    T result = work.get();
    notifications.forgetUnsent(accounts, before);
    return result;
  }
}
