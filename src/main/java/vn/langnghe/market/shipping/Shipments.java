package vn.langnghe.market.shipping;

import java.util.Optional;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Booking a parcel with GHN. The carrier is called outside any transaction (it may take seconds,
 * and no row lock may wait on it); the caller keeps the booking with {@link Parcels#record} under
 * its order's lock. A parcel booked before is answered again without calling GHN; one booked at
 * GHN but not kept here (a timeout, two presses at once) is found again by its client order code.
 */
@ApplicationScoped
public class Shipments {

  private static final Logger LOG = Logger.getLogger(Shipments.class.getName());

  @Inject GhnClient ghn;
  @Inject Parcels parcels;

  public Booking book(ParcelOrder order) {
    return parcels.booked(order.shopOrderId()).orElseGet(() -> ghn.create(order));
  }

  /**
   * Books the pickup of a return's parcel: a booking of its own, keyed by the return (its
   * client order code must differ from the outbound one's), kept with {@link Parcels#recordReturn}.
   * The shop order's outbound booking is neither answered nor replaced.
   */
  public Booking bookReturn(long returnId, ParcelOrder order) {
    return parcels.bookedReturn(returnId).orElseGet(() -> ghn.create(order));
  }

  /**
   * Cancels the pickup booked for a return: true when GHN cancelled it (its status notice then
   * follows), false when GHN refuses (the parcel is already picked up); a
   * {@link CarrierUnavailableException} when GHN cannot be reached.
   */
  public boolean cancelReturn(long returnId) {
    Booking booking = parcels.bookedReturn(returnId).orElse(null);
    if (booking == null) {
      return false;
    }
    boolean cancelled = ghn.cancel(booking.orderCode());
    if (cancelled) {
      // GHN also calls the webhook; applying it here too shows it at once, and once
      parcels.apply(new GhnNotice(booking.orderCode(), booking.clientOrderCode(), GhnStatus.CANCEL.code(),
          "switch_status", null, 0, null, 0, "cancelled by us"));
    }
    return cancelled;
  }

  /**
   * GHN's fee for a parcel between two communes (for a quote before checkout); a
   * {@link CarrierUnavailableException} when GHN cannot say now, so the caller falls back to
   * the marketplace's own tariff.
   */
  public GhnClient.Fee fee(ParcelOrder.Party from, ParcelOrder.Party to, int weightGrams, long goodsVnd) {
    return ghn.fee(quoted(from, to, weightGrams, goodsVnd));
  }

  /** Whether GHN is set up here (else it prices nothing). */
  public boolean pricesParcels() {
    return ghn.enabled();
  }

  /**
   * When GHN expects a parcel between two communes booked now to arrive (its leadtime, which
   * depends on the route, not on the parcel); a {@link CarrierUnavailableException} when it
   * cannot answer now.
   */
  public Instant leadtime(ParcelOrder.Party from, ParcelOrder.Party to) {
    return ghn.leadtime(quoted(from, to, 0, 0));
  }

  private static ParcelOrder quoted(ParcelOrder.Party from, ParcelOrder.Party to, int weightGrams,
      long goodsVnd) {
    return new ParcelOrder(0, null, from, to, weightGrams, 0, goodsVnd, null, java.util.List.of());
  }

  /**
   * Undoes a booking that could not be kept (the shop order changed meanwhile). Best effort: a
   * GHN order never picked up costs nothing and lapses.
   */
  public void withdraw(Booking booking) {
    try {
      ghn.cancel(booking.orderCode());
    } catch (RuntimeException e) {
      LOG.warning("GHN order " + booking.orderCode() + " could not be cancelled: " + e.getMessage());
    }
  }
}
