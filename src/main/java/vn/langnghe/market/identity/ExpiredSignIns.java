package vn.langnghe.market.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.langnghe.market.platform.Housekeeping;
import vn.langnghe.market.platform.UtcInstantConverter;

/** Sign-in tokens past their expiry can never be used again: their rows go. */
@ApplicationScoped
public class ExpiredSignIns implements Housekeeping.Sweep {

  @PersistenceContext EntityManager em;

  @Override
  public String what() {
    return "expired sign-in tokens";
  }

  @Override
  @Transactional
  public int sweep(Instant now, int limit) {
    return em.createNativeQuery("DELETE FROM auth_token WHERE expires_at < ? LIMIT " + limit)
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now))
        .executeUpdate();
  }
}
