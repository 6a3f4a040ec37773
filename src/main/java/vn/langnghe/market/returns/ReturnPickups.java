package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.returns.ReturnViews.ReturnView;
import vn.langnghe.market.shipping.Booking;
import vn.langnghe.market.shipping.Shipments;

/**
 * "Gửi trả qua GHN": read the accepted return, book GHN's pickup outside any transaction (as
 * the outbound handover does), then keep it under the order's lock. The pickup is booked under
 * the return's own key, so it never answers or replaces the shop order's outbound parcel. GHN
 * unreachable is a 503 with nothing changed: the parcel can still go back by hand.
 */
@ApplicationScoped
public class ReturnPickups {

  @Inject Returns returns;
  @Inject Shipments shipments;

  public ReturnView book(Caller caller, long id, boolean asShop) {
    Returns.Pickup pickup = returns.pickup(caller, id, asShop);
    if (pickup.done() != null) {
      return pickup.done();
    }
    Booking booking = shipments.bookReturn(id, pickup.parcel());
    try {
      return LockContention.retried(() -> returns.pickupBooked(caller, id, asShop, booking));
    } catch (ReturnStepException e) {
      // the return moved on while GHN booked: the carrier must not come for it
      shipments.withdraw(booking);
      throw e;
    }
  }

  public ReturnView cancel(Caller caller, long id, boolean asShop) {
    returns.checkPickupAccess(caller, id, asShop);
    if (!shipments.cancelReturn(id)) {
      throw new Problems.ConflictException("id", "There is no GHN pickup of this return that can still be cancelled.");
    }
    return LockContention.retried(() -> returns.pickupCancelled(caller, id, asShop));
  }
}
