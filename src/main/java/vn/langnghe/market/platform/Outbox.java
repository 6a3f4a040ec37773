package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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

  private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";
  private static final int READ_TIMEOUT_MILLIS = 2000;

  /** Every topic, for the gauges of what waits. */
  static final List<String> TOPICS = List.of(PRODUCT, SHOP, ORDER_NOTICE);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<Announced> announced;
  @Inject Metrics metrics;

  /** What waits per topic, and for how long the oldest of it has waited: the drainers' lag. */
  void meters(@Observes Startup startup) {
    Map<String, Metrics.Sampled> waiting = new HashMap<>();
    Map<String, Metrics.Sampled> oldest = new HashMap<>();
    for (String topic : TOPICS) {
      waiting.put(topic, metrics.gauge("market.outbox.waiting", "topic", topic));
      oldest.put(topic, metrics.gauge("market.outbox.oldest.seconds", "topic", topic));
    }
    List<Metrics.Sampled> all = new ArrayList<>(waiting.values());
    all.addAll(oldest.values());
    metrics.sample("the outbox", () -> {
      Map<String, Metrics.Waiting> backlog = backlog();
      Instant now = clock.instant();
      for (String topic : TOPICS) {
        Metrics.Waiting rows = backlog.getOrDefault(topic, Metrics.Waiting.NONE);
        waiting.get(topic).set(rows.count());
        oldest.get(topic).set(rows.ageSeconds(now));
      }
    }, all.toArray(Metrics.Sampled[]::new));
  }

  /**
   * Two short reads (the table is empty while the drainers keep up). The age counts from when
   * the oldest row was written, not from its next try, so a row retried again and again shows
   * its full age; the oldest is the first by id, which the primary key finds.
   */
  Map<String, Metrics.Waiting> backlog() {
    List<Object[]> counts = em.createQuery("select e.topic, count(e), min(e.id) from OutboxEvent e"
            + " group by e.topic", Object[].class)
        .setHint(QUERY_TIMEOUT, READ_TIMEOUT_MILLIS)
        .getResultList();
    if (counts.isEmpty()) {
      return Map.of();
    }
    Map<String, Instant> firstWritten = new HashMap<>();
    em.createQuery("select e.topic, e.createdAt from OutboxEvent e where e.id in :firsts", Object[].class)
        .setParameter("firsts", counts.stream().map(row -> (Long) row[2]).toList())
        .setHint(QUERY_TIMEOUT, READ_TIMEOUT_MILLIS)
        .getResultList()
        .forEach(row -> firstWritten.put((String) row[0], (Instant) row[1]));
    Map<String, Metrics.Waiting> backlog = new HashMap<>();
    for (Object[] row : counts) {
      backlog.put((String) row[0], new Metrics.Waiting(((Number) row[1]).longValue(),
          firstWritten.get((String) row[0])));
    }
    return backlog;
  }

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

  /** Requests named in a batch's MDC before the rest are only counted: a log line stays short. */
  static final int NAMED_REQUESTS = 5;

  /**
   * Works under the request ids of a batch of events: the one id when they share it (or have
   * none), else the first few distinct ids, comma-separated, with how many more there were.
   */
  public static RequestIds.Scope actingFor(Collection<OutboxEvent> events) {
    List<String> ids = events.stream().map(OutboxEvent::requestId).filter(java.util.Objects::nonNull)
        .distinct().toList();
    String named = ids.isEmpty() ? null : String.join(",", ids.subList(0, Math.min(NAMED_REQUESTS, ids.size())));
    if (ids.size() > NAMED_REQUESTS) {
      named += ",+" + (ids.size() - NAMED_REQUESTS) + " more";
    }
    return RequestIds.actingFor(named);
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
