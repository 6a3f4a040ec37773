package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.ordering.OrderViews.HistoryView;
import vn.langnghe.market.ordering.OrderViews.OrderSummary;
import vn.langnghe.market.ordering.OrderViews.OrderView;
import vn.langnghe.market.ordering.OrderViews.ShopOrderView;
import vn.langnghe.market.payment.PayableOrders;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.UtcInstantConverter;
import vn.langnghe.market.reporting.SalesFacts;
import vn.langnghe.market.shipping.Carriers;
import vn.langnghe.market.shipping.ParcelView;
import vn.langnghe.market.shipping.Parcels;

/**
 * A shopper's orders, and the order-wide transitions: paid, expired, cancelled, completed. Each
 * transition first locks the order's row; the state machine then allows it or refuses, so stock
 * moves once whatever else races for the same order.
 */
@ApplicationScoped
@Transactional
public class Orders implements PayableOrders {

  @PersistenceContext EntityManager em;
  @Inject Stock stock;
  @Inject Payments payments;
  @Inject AuditTrail audit;
  @Inject Ledger ledger;
  @Inject SalesFacts salesFacts;
  @Inject Clock clock;
  @Inject Parcels parcels;
  @Inject Carriers carriers;

  /** The buyer's orders, newest first; {@code filters} (none: all) narrow them by status or stage. */
  public Page<OrderSummary> list(Caller buyer, Set<OrderFilter> filters, Page.Request page) {
    StringBuilder where = new StringBuilder(" from CustomerOrder o where o.buyerAccountId = :buyer");
    List<OrderFilter> chosen = List.copyOf(filters);
    if (!chosen.isEmpty()) {
      StringJoiner any = new StringJoiner(" or ", " and (", ")");
      for (int i = 0; i < chosen.size(); i++) {
        any.add(chosen.get(i).condition(i));
      }
      where.append(any);
    }
    TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
    TypedQuery<Order> rows = em.createQuery("select o" + where + " order by o.createdAt desc, o.id desc",
        Order.class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("buyer", buyer.accountId());
      for (int i = 0; i < chosen.size(); i++) {
        query.setParameter("statuses" + i, chosen.get(i).statuses());
      }
      if (chosen.stream().anyMatch(OrderFilter::needsShippedParts)) {
        query.setParameter("leftWorkshop", OrderFilter.LEFT_THE_WORKSHOP);
      }
    }
    List<OrderSummary> items = rows
        .setFirstResult(page.page() * page.size())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(OrderSummary::of)
        .toList();
    return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
  }

  public OrderView detail(Caller buyer, String number) {
    return view(own(buyer, number, false));
  }

  /**
   * The shopper cancels: an unpaid order releases its reservation; a paid one puts its stock back
   * and its money becomes due for refund, as long as no part has shipped.
   */
  public OrderView cancel(Caller buyer, String number, String reason) {
    Order order = own(buyer, number, true);
    AuditTrail.Actor actor = new AuditTrail.Actor(StatusChange.Actor.SHOPPER, buyer.accountId());
    String why = reason == null || reason.isBlank() ? "cancelled by the shopper" : reason.strip();
    if (order.status() == Order.Status.PAID) {
      if (!order.isCancellableByShopper()) {
        throw new IllegalTransitionException("Order " + number + " (a part has shipped)", "PAID", "CANCELLED");
      }
      long refund = 0;
      for (ShopOrder part : order.shopOrders()) {
        if (part.isLive()) {
          stock.putBack(movements(part));
          refund += part.totalVnd();
          audit.record(order, part, part.moveTo(ShopOrder.Status.CANCELLED, clock.instant()),
              ShopOrder.Status.CANCELLED, actor, why);
          ledger.reverse(part.id(), why);
          salesFacts.refundDue(part.updatedAt(), facts(part));
        }
      }
      audit.recordAndNotify(order, null, order.moveTo(Order.Status.CANCELLED, clock.instant()),
          Order.Status.CANCELLED, actor, why);
      payments.refundDue(order.id(), null, refund, why);
    } else if (order.status() == Order.Status.CASH_ON_DELIVERY) {
      if (!order.isCancellableByShopper()) {
        throw new IllegalTransitionException("Order " + number + " (a part has shipped)",
            "CASH_ON_DELIVERY", "CANCELLED");
      }
      // nothing was paid, so nothing is owed back: the reservations are let go
      for (ShopOrder part : order.shopOrders()) {
        if (part.isLive()) {
          stock.release(movements(part));
          audit.record(order, part, part.moveTo(ShopOrder.Status.CANCELLED, clock.instant()),
              ShopOrder.Status.CANCELLED, actor, why);
        }
      }
      audit.recordAndNotify(order, null, order.moveTo(Order.Status.CANCELLED, clock.instant()),
          Order.Status.CANCELLED, actor, why);
    } else {
      closeUnpaid(order, Order.Status.CANCELLED, ShopOrder.Status.CANCELLED, actor, why);
    }
    return view(order);
  }

  /** A new payment attempt, while the order awaits payment and its time has not run out. */
  public OrderView retryPayment(Caller buyer, String number, PaymentMethod method, String shopperIp) {
    Order order = own(buyer, number, true);
    if (order.status() != Order.Status.PENDING_PAYMENT || order.isPaymentOverdue(clock.instant())) {
      throw new IllegalTransitionException("Order " + number + " (no longer awaiting payment)",
          order.status().name(), "PENDING_PAYMENT");
    }
    if (method == PaymentMethod.COD) {
      throw new Problems.RefusedException("paymentMethod",
          "Cash on delivery is chosen at checkout; an order placed to pay online is paid online.");
    }
    if (method != null) {
      order.payWith(method);
    }
    payments.reopen(order.id(), order.number(), order.paymentMethod(), order.totalVnd(),
        order.paymentDueAt(), shopperIp);
    return view(order);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean boughtBy(long orderId, long accountId) {
    return em.createQuery("select count(o) from CustomerOrder o where o.id = :id"
            + " and o.buyerAccountId = :buyer", Long.class)
        .setParameter("id", orderId)
        .setParameter("buyer", accountId)
        .getSingleResult() > 0;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockForPayment(long orderId) {
    locked(orderId);
  }

  /** The caller holds the order's lock ({@link #lockForPayment}). */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean settle(long orderId, long amountVnd) {
    Order order = em.find(Order.class, orderId);
    if (order.status() != Order.Status.PENDING_PAYMENT) {
      // closed, or already paid by another attempt: this money is not needed
      return false;
    }
    if (amountVnd != order.totalVnd()) {
      throw new IllegalStateException("Payment of " + amountVnd + " for order total " + order.totalVnd());
    }
    Instant now = clock.instant();
    audit.recordAndNotify(order, null, order.moveTo(Order.Status.PAID, now), Order.Status.PAID,
        AuditTrail.Actor.PAYMENT, "payment received");
    for (ShopOrder part : order.shopOrders()) {
      stock.sell(movements(part));
      part.moveTo(ShopOrder.Status.PAID, now);
    }
    ledger.recordSale(order.shopOrders().stream().map(part -> new Ledger.Sale(order.id(),
        order.number(), part.id(), part.shopId(), part.itemsTotalVnd(), part.shippingVnd())).toList());
    salesFacts.sold(order.paidAt(), order.shopOrders().stream().map(Orders::facts).toList());
    return true;
  }

  /** The caller holds the order's lock; a cancelled order whose money is all back is refunded. */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void refunded(long orderId) {
    Order order = em.find(Order.class, orderId);
    if (order.status() == Order.Status.CANCELLED) {
      audit.record(order, null, order.moveTo(Order.Status.REFUNDED, clock.instant()),
          Order.Status.REFUNDED, AuditTrail.Actor.PAYMENT, "every refund paid back");
    }
  }

  /**
   * Expires up to {@code limit} orders whose payment time is over. Rows another node (or a
   * payment) holds are skipped and come up again next time.
   */
  public int expireOverdue(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(
            "SELECT id FROM customer_order WHERE status = 'PENDING_PAYMENT' AND payment_due_at <= ?"
                + " ORDER BY payment_due_at LIMIT ? FOR UPDATE SKIP LOCKED")
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(clock.instant()))
        .setParameter(2, limit)
        .getResultList();
    for (Number id : ids) {
      Order order = em.find(Order.class, id.longValue());
      if (order.isPaymentOverdue(clock.instant())) {
        closeUnpaid(order, Order.Status.EXPIRED, ShopOrder.Status.EXPIRED, AuditTrail.Actor.SYSTEM,
            "not paid in time");
      }
    }
    return ids.size();
  }

  /**
   * After a shop's part changed: when every live part is delivered the order notes the moment
   * and waits for the shopper's "received" or {@link #completeDelivered}; an order whose every
   * part is gone (cancelled, or returned by the courier) is cancelled.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void partChanged(Order order, AuditTrail.Actor actor) {
    List<ShopOrder> live = order.shopOrders().stream().filter(ShopOrder::isLive).toList();
    if (live.isEmpty() && order.isUnderway()) {
      audit.record(order, null, order.moveTo(Order.Status.CANCELLED, clock.instant()),
          Order.Status.CANCELLED, actor, "every shop cancelled its part");
    } else if (!live.isEmpty()
        && live.stream().allMatch(s -> s.status() == ShopOrder.Status.DELIVERED)
        && order.isUnderway()) {
      order.delivered(clock.instant());
    }
  }

  /**
   * The buyer says the parcels arrived: parts still on their way count as delivered and the order
   * completes. Saying it again answers the completed order; before every live part has shipped
   * it is refused (409).
   */
  public OrderView received(Caller buyer, String number) {
    Order order = own(buyer, number, true);
    if (order.status() == Order.Status.COMPLETED) {
      return view(order);
    }
    if (!order.isReceivable(carriedByApi(order))) {
      throw new IllegalTransitionException("Order " + number
              + " (not every part has shipped, or GHN has not delivered it yet)",
          order.status().name(), Order.Status.COMPLETED.name());
    }
    Instant now = clock.instant();
    AuditTrail.Actor actor = new AuditTrail.Actor(StatusChange.Actor.SHOPPER, buyer.accountId());
    for (ShopOrder part : order.shopOrders()) {
      if (part.status() == ShopOrder.Status.SHIPPED) {
        audit.record(order, part, part.moveTo(ShopOrder.Status.DELIVERED, now),
            ShopOrder.Status.DELIVERED, actor, "received by the shopper");
        if (part.isCashOnDelivery()) {
          // handed over: the reserved pieces are sold (the money comes with the remittance)
          stock.sell(movements(part));
        }
      }
    }
    order.delivered(now);
    audit.record(order, null, order.moveTo(Order.Status.COMPLETED, now), Order.Status.COMPLETED,
        actor, "received by the shopper");
    return view(order);
  }

  /**
   * Completes up to {@code limit} orders whose last part was delivered at least {@code after}
   * ago and that the shopper never confirmed. Rows another node holds come up next time.
   */
  public int completeDelivered(Duration after, int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(
            "SELECT id FROM customer_order WHERE status IN ('PAID', 'CASH_ON_DELIVERY') AND delivered_at <= ?"
                + " ORDER BY delivered_at LIMIT ? FOR UPDATE SKIP LOCKED")
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now.minus(after)))
        .setParameter(2, limit)
        .getResultList();
    for (Number id : ids) {
      Order order = em.find(Order.class, id.longValue());
      if (order.isUnderway() && order.deliveredAt() != null) {
        audit.record(order, null, order.moveTo(Order.Status.COMPLETED, now), Order.Status.COMPLETED,
            AuditTrail.Actor.SYSTEM, "delivered, no complaint within " + after);
      }
    }
    return ids.size();
  }

  private void closeUnpaid(Order order, Order.Status orderTarget, ShopOrder.Status partTarget,
      AuditTrail.Actor actor, String why) {
    Instant now = clock.instant();
    Order.Status from = order.moveTo(orderTarget, now);
    for (ShopOrder part : order.shopOrders()) {
      stock.release(movements(part));
      part.moveTo(partTarget, now);
    }
    if (orderTarget == Order.Status.CANCELLED) {
      audit.recordAndNotify(order, null, from, orderTarget, actor, why);
    } else {
      audit.record(order, null, from, orderTarget, actor, why);
    }
    payments.orderClosedUnpaid(order.id(), orderTarget == Order.Status.EXPIRED);
  }

  /** A part as the sales facts count it: the figures alone, lines in the order they were bought. */
  static SalesFacts.Part facts(ShopOrder part) {
    return new SalesFacts.Part(part.order().id(), part.shopId(), part.order().paymentMethod().name(), part.shippingVnd(),
        part.lines().stream()
            .map(l -> new SalesFacts.Line(l.productId(), l.quantity(), l.lineTotalVnd()))
            .toList());
  }

  static List<Stock.Movement> movements(ShopOrder part) {
    return part.lines().stream().map(OrderLine::movement).toList();
  }

  /**
   * Locks the order's row and loads it. Every transition takes this lock before it reads the
   * order or its parts (the datasource reads committed data), so what it sees stays true until
   * it commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Order locked(long orderId) {
    Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new Problems.NotFoundException("Order " + orderId);
    }
    return order;
  }

  /** The caller's own order; someone else's is "not found", never "forbidden". */
  private Order own(Caller buyer, String number, boolean lock) {
    long id = em.createQuery("select o.id from CustomerOrder o where o.number = :number"
            + " and o.buyerAccountId = :buyer", Long.class)
        .setParameter("number", number)
        .setParameter("buyer", buyer.accountId())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Order " + number));
    return lock ? locked(id) : em.find(Order.class, id);
  }

  /** The parts of the order a carrier books through its API (a parcel): its notices end them. */
  private Set<Long> carriedByApi(Order o) {
    return parcels.of(o.shopOrders().stream().map(ShopOrder::id).toList()).keySet();
  }

  private List<ShopOrderView> shopOrders(Order o) {
    Map<Long, ParcelView> parcelsOf = parcels.of(o.shopOrders().stream().map(ShopOrder::id).toList());
    return o.shopOrders().stream()
        .map(s -> ShopOrderView.of(s, carriers.trackingUrl(s.carrier(), s.trackingCode()),
            parcelsOf.get(s.id())))
        .toList();
  }

  private OrderView view(Order o) {
    List<HistoryView> history = audit.of(o.id()).stream().map(HistoryView::of).toList();
    return new OrderView(o.number(), o.status(), o.createdAt(), o.paymentDueAt(), o.paidAt(),
        OrderViews.AddressView.of(o.destination()), o.note(), o.paymentMethod(), o.itemsTotalVnd(),
        o.shippingTotalVnd(), o.totalVnd(), payments.refundsDueVnd(o.id()), o.isCancellableByShopper(), o.isReceivable(carriedByApi(o)),
        shopOrders(o),
        payments.latestOf(o.id(), o.number()).orElse(null), history);
  }
}
