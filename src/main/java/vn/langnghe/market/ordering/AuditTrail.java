package vn.langnghe.market.ordering;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.langnghe.market.platform.Outbox;

/**
 * Writes each transition into the audit trail, in the transition's transaction. The ones the
 * buyer and the shop hear about by e-mail (paid, shipped, cancelled) are announced to the outbox
 * in the same breath, once per user action (a cancelled order mails once, not once per part). A helper
 * of the ordering boundaries: it runs in their transaction and never starts one.
 */
@Dependent
class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject Event<PartDelivered> delivered;

  /** Who acts, with their account when a person does. */
  record Actor(StatusChange.Actor role, Long accountId) {
    static final Actor SYSTEM = new Actor(StatusChange.Actor.SYSTEM, null);
    static final Actor PAYMENT = new Actor(StatusChange.Actor.PAYMENT, null);
    static final Actor CARRIER = new Actor(StatusChange.Actor.CARRIER, null);
  }

  void record(Order order, ShopOrder part, Enum<?> from, Enum<?> to, Actor actor, String reason) {
    persist(order, part, from, to, actor, reason);
  }

  /**
   * The first entry of an order just placed. Nothing can come before it, so it is written with
   * the transaction's next flush rather than a flush of its own (checkout saves one).
   */
  void recordPlaced(Order order, Actor actor, String reason) {
    em.persist(change(order, null, null, order.status(), actor, reason));
  }

  /** A transition the buyer and the shop(s) concerned are told about by e-mail. */
  void recordAndNotify(Order order, ShopOrder part, Enum<?> from, Enum<?> to, Actor actor,
      String reason) {
    StatusChange change = persist(order, part, from, to, actor, reason);
    outbox.announce(Outbox.ORDER_NOTICE, change.id());
  }

  private StatusChange persist(Order order, ShopOrder part, Enum<?> from, Enum<?> to, Actor actor,
      String reason) {
    StatusChange change = change(order, part, from, to, actor, reason);
    em.persist(change);
    // written now, so the trail's ids follow the order of events (a commit inserts in any order)
    em.flush();
    // every way a part is delivered (shop, shopper, carrier, COD) passes here
    if (part != null && to == ShopOrder.Status.DELIVERED) {
      delivered.fire(new PartDelivered(part.id(), part.shopId(), change.changedAt()));
    }
    return change;
  }

  private StatusChange change(Order order, ShopOrder part, Enum<?> from, Enum<?> to, Actor actor,
      String reason) {
    return new StatusChange(order.id(), part == null ? null : part.id(),
        from == null ? null : from.name(), to.name(), actor.role(), actor.accountId(), reason,
        clock.instant());
  }

  List<StatusChange> of(long orderId) {
    return em.createQuery("select c from StatusChange c where c.orderId = :order order by c.id",
            StatusChange.class)
        .setParameter("order", orderId)
        .getResultList();
  }
}
