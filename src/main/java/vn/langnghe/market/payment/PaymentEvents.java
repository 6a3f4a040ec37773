package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.platform.Metrics;

/**
 * The record of what gateways told us. Each write is its own transaction, committed before
 * anything acts on the event, so the record survives whatever happens next.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PaymentEvents {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The stored event. {@code repeat}: the gateway's event id had been received before; then
   * {@code earlierResult} is what came of it, or null when it has none yet (its handling failed,
   * or is under way right now), so it must be applied now (applying it happens once).
   */
  public record Recorded(long eventId, boolean repeat, PaymentEvent.Result earlierResult) {}

  /** An event as stored, with the check it passed (or failed) when it arrived. */
  public record Stored(long eventId, PaymentMethod method, PaymentGateway.Check check) {}

  /** Stores the event, or finds the one stored under the same gateway event id. */
  public Recorded record(PaymentMethod method, PaymentEvent.Source source, String payload,
      PaymentGateway.Check check) {
    // an id is only trusted from a verified event: a forged one must not shadow the real one
    if (check.eventId() != null && check.valid()) {
      // the unique key decides between concurrent deliveries of the same event: one inserts
      int inserted = em.createNativeQuery("INSERT IGNORE INTO payment_event"
              + " (method, source, event_id, received_at, payload, verification) VALUES (?1, ?2, ?3, ?4, '', ?5)")
          .setParameter(1, method.name())
          .setParameter(2, source.name())
          .setParameter(3, check.eventId())
          .setParameter(4, java.sql.Timestamp.from(clock.instant()))
          .setParameter(5, check.verification().name())
          .executeUpdate();
      PaymentEvent event = em.createQuery(
              "select e from PaymentEvent e where e.method = :method and e.eventId = :id", PaymentEvent.class)
          .setParameter("method", method)
          .setParameter("id", check.eventId())
          .getSingleResult();
      if (inserted == 0) {
        return new Recorded(event.id(), true, event.result());
      }
      event.received(payload, check);
      return new Recorded(event.id(), false, null);
    }
    PaymentEvent event = new PaymentEvent(method, source, payload, check, clock.instant());
    em.persist(event);
    em.flush();
    return new Recorded(event.id(), false, null);
  }

  /**
   * Events received before {@code cutoff} that still have no result: their handling failed (or
   * the node died) and no redelivery completed them. In id order after {@code afterId}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Stored> unfinished(Instant cutoff, long afterId, int limit) {
    return em.createQuery("select e from PaymentEvent e where e.result is null"
            + " and e.receivedAt <= :cutoff and e.id > :after order by e.id", PaymentEvent.class)
        .setParameter("cutoff", cutoff)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList().stream()
        .map(e -> new Stored(e.id(), e.method(), e.stored()))
        .toList();
  }

  /**
   * Events with no result yet, and when the oldest of them arrived: two reads along the index of
   * unfinished events, bounded in time, for the metrics sampler.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Metrics.Waiting unhandled() {
    long count = em.createQuery("select count(e) from PaymentEvent e where e.result is null", Long.class)
        .setHint("jakarta.persistence.query.timeout", 2000)
        .getSingleResult();
    Instant oldest = count == 0 ? null : em.createQuery("select e.receivedAt from PaymentEvent e"
            + " where e.result is null order by e.receivedAt", Instant.class)
        .setHint("jakarta.persistence.query.timeout", 2000)
        .setMaxResults(1)
        .getResultStream().findFirst().orElse(null);
    return new Metrics.Waiting(count, oldest);
  }

  public PaymentEvent.Result rejected(long eventId) {
    em.find(PaymentEvent.class, eventId).handled(PaymentEvent.Result.REJECTED, clock.instant());
    return PaymentEvent.Result.REJECTED;
  }

}
