package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The record of what gateways told us. Each write is its own transaction, committed before
 * anything acts on the event, so the record survives whatever happens next.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PaymentEvents {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Stores the event; empty when the gateway's event id was seen before. */
  public Optional<Long> record(PaymentMethod method, PaymentEvent.Source source, String payload,
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
      if (inserted == 0) {
        return Optional.empty();
      }
      PaymentEvent event = em.createQuery(
              "select e from PaymentEvent e where e.method = :method and e.eventId = :id", PaymentEvent.class)
          .setParameter("method", method)
          .setParameter("id", check.eventId())
          .getSingleResult();
      event.received(payload, check);
      return Optional.of(event.id());
    }
    PaymentEvent event = new PaymentEvent(method, source, payload, check, clock.instant());
    em.persist(event);
    em.flush();
    return Optional.of(event.id());
  }

  public PaymentEvent.Result rejected(long eventId) {
    em.find(PaymentEvent.class, eventId).handled(PaymentEvent.Result.REJECTED, clock.instant());
    return PaymentEvent.Result.REJECTED;
  }

}
