package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The transactional outbox: a component announces a change inside the transaction that makes it,
 * so the announcement exists exactly when the change does. Consumers claim events with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of nodes can drain without doing work twice.
 */
@ApplicationScoped
public class Outbox {

  public static final String PRODUCT = "product";
  public static final String SHOP = "shop";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(String topic, long aggregateId) {
    em.persist(new OutboxEvent(topic, aggregateId, clock.instant()));
  }

  /**
   * Locks up to {@code limit} due events that no other node holds, oldest first; the caller's
   * transaction keeps them locked until it deletes them or records a failure.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<OutboxEvent> claimDue(int limit) {
    List<Long> ids =
        em.createNativeQuery(
                "SELECT id FROM outbox_event WHERE available_at <= ? ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(clock.instant()))
            .setParameter(2, limit)
            .getResultList()
            .stream()
            .map(id -> ((Number) id).longValue())
            .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select e from OutboxEvent e where e.id in :ids order by e.id", OutboxEvent.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void done(List<OutboxEvent> events) {
    events.forEach(em::remove);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void failed(List<OutboxEvent> events, String error) {
    events.forEach(e -> e.failed(error, clock.instant()));
  }

  @Transactional
  public long pending() {
    return em.createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult();
  }
}
