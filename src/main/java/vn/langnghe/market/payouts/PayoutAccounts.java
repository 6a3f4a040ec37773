package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shops' receiving bank accounts: which one a payout may go to. */
@ApplicationScoped
@Transactional
public class PayoutAccounts {

  @PersistenceContext EntityManager em;

  /**
   * For each of {@code shopIds} that has one, the account money may be sent to at {@code at}:
   * active (approved, if its name needed it) and past its cooling-off. A shop without one keeps
   * its money available until it has.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, PayoutAccount> usableFor(Collection<Long> shopIds, Instant at) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select a from PayoutAccount a where a.shopId in :shops"
            + " and a.status = :active and a.usableFrom <= :at", PayoutAccount.class)
        .setParameter("shops", shopIds)
        .setParameter("active", PayoutAccount.Status.ACTIVE)
        .setParameter("at", at)
        .getResultStream()
        .collect(Collectors.toMap(PayoutAccount::shopId, Function.identity(), (a, b) -> b));
  }
}
