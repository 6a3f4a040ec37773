package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  public Page<OrderSummary> list(Caller buyer, Page.Request page) {
    long total = em.createQuery("select count(o) from CustomerOrder o where o.buyerAccountId = :buyer", Long.class)
        .setParameter("buyer", buyer.accountId())
        .getSingleResult();
    List<OrderSummary> items = em.createQuery(
            "select o from CustomerOrder o where o.buyerAccountId = :buyer order by o.createdAt desc, o.id desc",
            Order.class)
        .setParameter("buyer", buyer.accountId())
        .setFirstResult(page.page() * page.size())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(OrderSummary::of)
        .toList();
    return new Page<>(total, page.page(), page.size(), items);
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
   * After a shop's part changed: the order completes when every live part is delivered, and is
   * cancelled when none is left (every part cancelled, or returned by the courier).
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
      audit.record(order, null, order.moveTo(Order.Status.COMPLETED, clock.instant()),
          Order.Status.COMPLETED, AuditTrail.Actor.SYSTEM, "every part delivered");
    }
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
        o.shippingTotalVnd(), o.totalVnd(), payments.refundsDueVnd(o.id()), o.isCancellableByShopper(),
        shopOrders(o),
        payments.latestOf(o.id(), o.number()).orElse(null), history);
  }
}
