package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.langnghe.market.shipping.ParcelNotice;

/**
 * The carrier's word on a shop order, in the notice's transaction: delivered, brought back, or
 * the cash on delivery remitted. Each step runs once under the order's lock (the shipping
 * component fires each kind once, and a part already past the step is left as it is), and a
 * notice that no longer fits the part's state changes nothing rather than failing the webhook,
 * which the carrier would only repeat.
 */
@ApplicationScoped
public class CarrierDeliveries {

  @PersistenceContext EntityManager em;
  @Inject CashOnDelivery cashOnDelivery;

  void onNotice(@Observes ParcelNotice notice) {
    ShopOrder part = em.find(ShopOrder.class, notice.shopOrderId());
    if (part == null) {
      return;
    }
    switch (notice.kind()) {
      case DELIVERED -> {
        if (part.status() == ShopOrder.Status.SHIPPED) {
          cashOnDelivery.delivered(part.id());
        }
      }
      case RETURNED -> {
        if (part.status() == ShopOrder.Status.SHIPPED) {
          cashOnDelivery.deliveryFailedAndReturned(part.id(),
              "returned by the carrier (" + notice.carrierStatus() + ")");
        }
      }
      case COD_REMITTED -> {
        if (part.isCashOnDelivery()) {
          cashOnDelivery.codRemitted(part.id(), notice.codVnd(), notice.at());
        }
      }
      default -> {
        // picked up, failed on the way: the parcel's steps say it; the order waits for the end
      }
    }
  }
}
