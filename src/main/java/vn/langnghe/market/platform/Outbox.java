package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
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
  /** An order's status change that its buyer and shop hear about by e-mail. */
  public static final String ORDER_NOTICE = "order-notice";

  /**
   * An announcement as a CDI event too, for whoever keeps something derived in memory (the
   * storefront's page cache) and must drop it once the change is committed.
   */
  public record Announced(String topic, long aggregateId) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<Announced> announced;

  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(String topic, long aggregateId) {
    em.persist(new OutboxEvent(topic, aggregateId, clock.instant()));
    announced.fire(new Announced(topic, aggregateId));
  }

  /**
   * Locks up to {@code limit} due events of the consumer's topics that no other node holds, oldest
   * first; the caller's transaction keeps them locked until it deletes them or records a failure.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<OutboxEvent> claimDue(Collection<String> topics, int limit) {
    String placeholders = String.join(",", Collections.nCopies(topics.size(), "?"));
    Query query = em.createNativeQuery(
        "SELECT id FROM outbox_event WHERE topic IN (" + placeholders + ") AND available_at <= ?"
            + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED");
    int position = 1;
    for (String topic : topics) {
      query.setParameter(position++, topic);
    }
    List<Long> ids =
        query
            .setParameter(position++, new UtcInstantConverter().convertToDatabaseColumn(clock.instant()))
            .setParameter(position, limit)
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
  public long pending(Collection<String> topics) {
    return em.createQuery("select count(e) from OutboxEvent e where e.topic in :topics", Long.class)
        .setParameter("topics", topics)
        .getSingleResult();
  }

  /**
   * Takes back events written in the caller's own transaction, before any consumer sees them.
   * Found by a plain read and deleted by id: a DELETE that searched the table itself would wait
   * on every row a drainer holds ({@link #claimDue} claims them FOR UPDATE).
   */
  public void forget(String topic, Collection<Long> aggregateIds) {
    if (aggregateIds.isEmpty()) {
      return;
    }
    List<Long> ids = em.createQuery("select e.id from OutboxEvent e where e.topic = :topic"
            + " and e.aggregateId in :aggregates", Long.class)
        .setParameter("topic", topic)
        .setParameter("aggregates", aggregateIds)
        .getResultList();
    if (!ids.isEmpty()) {
      em.createQuery("delete from OutboxEvent e where e.id in :ids").setParameter("ids", ids).executeUpdate();
    }
  }
}
