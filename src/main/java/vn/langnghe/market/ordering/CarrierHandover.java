package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.OrderViews.ShopOrderTask;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.shipping.Booking;
import vn.langnghe.market.shipping.Shipments;

/**
 * "Gửi hàng qua GHN": read the part, book it with GHN outside any transaction, then keep the
 * booking and ship the part under the order's lock. GHN unreachable is a 503 with nothing changed
 * here; a retry, a second press or two at once end with one GHN order (its client order code is
 * the part's, and the parcel is unique per part).
 */
@ApplicationScoped
public class CarrierHandover {

  @Inject Fulfilment fulfilment;
  @Inject Shipments shipments;

  public ShopOrderTask ship(Caller artisan, long shopOrderId) {
    Fulfilment.Handover handover = fulfilment.handover(artisan, shopOrderId);
    if (handover.done() != null) {
      return handover.done();
    }
    Booking booking = shipments.book(handover.parcel());
    try {
      return LockContention.retried(() -> fulfilment.handedOver(artisan, shopOrderId, booking));
    } catch (IllegalTransitionException e) {
      // the part was cancelled while GHN booked it: the carrier must not come for it
      shipments.withdraw(booking);
      throw e;
    }
  }
}
