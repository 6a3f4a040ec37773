package vn.langnghe.market.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.privacy.PrivacyViews.BreachRequest;
import vn.langnghe.market.privacy.PrivacyViews.BreachView;

/** The breach register (Decree 356): admins write what happened and when the authority was told. */
@ApplicationScoped
public class DataBreaches {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public BreachView record(Caller admin, BreachRequest request) {
    Instant now = clock.instant();
    if (request.discoveredAt().isAfter(now)) {
      throw new Problems.InvalidInputException("discoveredAt", "is in the future");
    }
    if (request.occurredAt() != null && request.occurredAt().isAfter(request.discoveredAt())) {
      throw new Problems.InvalidInputException("occurredAt", "is after discoveredAt");
    }
    if (request.reportedAt() != null && request.reportedAt().isBefore(request.discoveredAt())) {
      throw new Problems.InvalidInputException("reportedAt", "is before discoveredAt");
    }
    DataBreach breach = new DataBreach(CleanText.clean(request.what()), request.occurredAt(),
        request.discoveredAt(), CleanText.clean(request.dataAffected()), request.peopleAffected(),
        request.reportedAt(), request.measures() == null ? null : CleanText.clean(request.measures()),
        admin.accountId(), now);
    em.persist(breach);
    em.flush();
    return view(breach, now);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BreachView> list() {
    Instant now = clock.instant();
    return em.createQuery("select b from DataBreach b order by b.discoveredAt desc, b.id desc",
            DataBreach.class)
        .getResultStream()
        .map(b -> view(b, now))
        .toList();
  }

  private static BreachView view(DataBreach b, Instant now) {
    return new BreachView(b.id(), b.what(), b.occurredAt(), b.discoveredAt(), b.dataAffected(),
        b.peopleAffected(), b.reportDueAt(), b.reportedAt(), b.reportLate(now), b.measures(),
        b.recordedBy(), b.recordedAt());
  }
}
