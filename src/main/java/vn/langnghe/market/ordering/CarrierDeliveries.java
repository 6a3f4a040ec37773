package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.langnghe.market.shipping.ParcelNotice;

/**
 * The carrier's word on a prepaid part: delivered means DELIVERED, in the notice's transaction
 * and under the order's lock, once (a part already delivered stays as it is).
 */
@ApplicationScoped
public class CarrierDeliveries {

  @PersistenceContext EntityManager em;
  @Inject Orders orders;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  void delivered(@Observes ParcelNotice notice) {
    if (notice.kind() != ParcelNotice.Kind.DELIVERED) {
      return;
    }
    ShopOrder found = em.find(ShopOrder.class, notice.shopOrderId());
    if (found == null || found.codVnd() != 0) {
      return;
    }
    orders.locked(found.order().id());
    em.refresh(found);
    if (found.status() != ShopOrder.Status.SHIPPED) {
      return;
    }
    ShopOrder.Status from = found.moveTo(ShopOrder.Status.DELIVERED, clock.instant());
    audit.record(found.order(), found, from, ShopOrder.Status.DELIVERED, AuditTrail.Actor.CARRIER,
        "GHN " + notice.carrierStatus());
    orders.partChanged(found.order(), AuditTrail.Actor.CARRIER);
  }
}
