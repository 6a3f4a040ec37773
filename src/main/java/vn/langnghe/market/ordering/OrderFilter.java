package vn.langnghe.market.ordering;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.langnghe.market.platform.Problems;

/**
 * What the shopper's order list can be narrowed to: an order status, or one of the two stages of
 * a paid order the shopper cares about, still being prepared ({@code PROCESSING}) or with a
 * parcel on its way or arrived ({@code SHIPPING}). {@code CLOSED} is every way an order ends
 * without completing.
 */
public enum OrderFilter {
  PENDING_PAYMENT(EnumSet.of(Order.Status.PENDING_PAYMENT), null),
  PAID(EnumSet.of(Order.Status.PAID), null),
  PROCESSING(EnumSet.of(Order.Status.PAID, Order.Status.CASH_ON_DELIVERY), false),
  SHIPPING(EnumSet.of(Order.Status.PAID, Order.Status.CASH_ON_DELIVERY), true),
  COMPLETED(EnumSet.of(Order.Status.COMPLETED), null),
  CANCELLED(EnumSet.of(Order.Status.CANCELLED), null),
  EXPIRED(EnumSet.of(Order.Status.EXPIRED), null),
  REFUNDED(EnumSet.of(Order.Status.REFUNDED), null),
  CASH_ON_DELIVERY(EnumSet.of(Order.Status.CASH_ON_DELIVERY), null),
  CLOSED(EnumSet.of(Order.Status.CANCELLED, Order.Status.EXPIRED, Order.Status.REFUNDED), null);

  static final Set<ShopOrder.Status> LEFT_THE_WORKSHOP =
      EnumSet.of(ShopOrder.Status.SHIPPED, ShopOrder.Status.DELIVERED);

  private final Set<Order.Status> statuses;
  /** null: either; true: some part has shipped; false: none has. */
  private final Boolean shipped;

  OrderFilter(Set<Order.Status> statuses, Boolean shipped) {
    this.statuses = statuses;
    this.shipped = shipped;
  }

  Set<Order.Status> statuses() {
    return statuses;
  }

  /** A JPQL condition on order {@code o}; {@code :statusesN} and {@code :leftWorkshop} are bound by the caller. */
  String condition(int n) {
    String status = "o.status in :statuses" + n;
    if (shipped == null) {
      return "(" + status + ")";
    }
    return "(" + status + " and " + (shipped ? "" : "not ") + "exists (select s from ShopOrder s"
        + " where s.order = o and s.status in :leftWorkshop))";
  }

  boolean needsShippedParts() {
    return shipped != null;
  }

  /** {@code "SHIPPING"} or {@code "CANCELLED,EXPIRED"}; empty for none or blank (every order). */
  static Set<OrderFilter> parse(String value) {
    Set<OrderFilter> filters = new LinkedHashSet<>();
    if (value == null || value.isBlank()) {
      return filters;
    }
    for (String part : value.split(",")) {
      try {
        filters.add(valueOf(part.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new Problems.InvalidInputException("status", "must be one or more (comma-separated) of "
            + EnumSet.allOf(OrderFilter.class));
      }
    }
    return filters;
  }
}
