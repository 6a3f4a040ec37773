package vn.langnghe.market.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.privacy.PrivacyViews.ReadView;

/** The log of officers' and admins' reads of personal data (Law 91): stored as they happen. */
@ApplicationScoped
public class PersonalDataReads {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** In the reading request's transaction, or a new one where the read needed none. */
  @Transactional
  void record(@Observes PersonalDataRead read) {
    em.persist(new PersonalDataReadRecord(read.readerAccountId(), read.subjectAccountId(),
        read.what(), clock.instant()));
  }

  /** Newest first; only one subject's or one reader's when asked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReadView> list(Long subject, Long reader, int limit) {
    TypedQuery<PersonalDataReadRecord> query = em.createQuery("select r from PersonalDataReadRecord r"
            + " where (:subject is null or r.subjectAccountId = :subject)"
            + " and (:reader is null or r.readerAccountId = :reader) order by r.id desc",
        PersonalDataReadRecord.class);
    return query.setParameter("subject", subject)
        .setParameter("reader", reader)
        .setMaxResults(limit)
        .getResultStream()
        .map(r -> new ReadView(r.id(), r.readerAccountId(), r.subjectAccountId(), r.what(), r.readAt()))
        .toList();
  }
}
