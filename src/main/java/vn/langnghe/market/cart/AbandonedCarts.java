package vn.langnghe.market.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.Housekeeping;
import vn.langnghe.market.platform.UtcInstantConverter;

/**
 * Anonymous carts untouched for {@code market.cart.anonymous-max-age} (default 30 days) are
 * abandoned: their cookie is long gone or forgotten. They go with their lines. A signed-in
 * shopper's cart stays however old.
 */
@ApplicationScoped
public class AbandonedCarts implements Housekeeping.Sweep {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "market.cart.anonymous-max-age", defaultValue = "P30D")
  Duration maxAge;

  @Override
  public String what() {
    return "abandoned anonymous carts";
  }

  @Override
  @Transactional
  public int sweep(Instant now, int limit) {
    // the lines go by the foreign key's ON DELETE CASCADE
    return em.createNativeQuery("DELETE FROM cart WHERE account_id IS NULL AND updated_at < ? LIMIT " + limit)
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now.minus(maxAge)))
        .executeUpdate();
  }
}
