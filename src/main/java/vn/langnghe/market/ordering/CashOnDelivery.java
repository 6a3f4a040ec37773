package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.cart.Carts;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.platform.Money;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reporting.SalesFacts;
import vn.langnghe.market.shops.Shops;

/**
 * Cash on delivery and the parcel's fate. A COD part's stock stays reserved until the courier
 * hands the parcel over ({@link #delivered}: the reservation becomes a sale) or brings it back
 * ({@link #deliveryFailedAndReturned}: the reservation is let go, nothing is owed). Its money
 * counts when the carrier remits it ({@link #codRemitted}): then, once, the ledger's SALE line and
 * the sales facts, on the remittance's day. Every step locks the order's row first, as payments,
 * expiry and the artisans' steps do, and then checks the part's state, so a carrier repeating
 * itself changes nothing.
 */
@ApplicationScoped
@Transactional
public class CashOnDelivery {

  @PersistenceContext EntityManager em;
  @Inject Orders orders;
  @Inject Stock stock;
  @Inject Payments payments;
  @Inject Shops shops;
  @Inject Carts carts;
  @Inject AuditTrail audit;
  @Inject Ledger ledger;
  @Inject SalesFacts salesFacts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.cod.max-total-vnd")
  long maxTotalVnd;

  /** Whether the shopper's cart may be paid on delivery, and if not, why (in Vietnamese). */
  public record Terms(boolean available, long maxTotalVnd, long subtotalVnd,
      List<String> refusingShops, String reason) {}

  /** A remittance as received: {@code parcel} is the tracking code or shop order id it names. */
  public record Remittance(String source, String sourceRef, String carrier, String parcel,
      long amountVnd, Instant remittedAt) {}

  /** What came of a remittance; {@code repeated}: this very remittance had been received before. */
  public record Remitted(CodRemittance.Result result, boolean repeated, Long shopOrderId,
      String orderNumber, long amountVnd, Long expectedVnd, String reason) {}

  /** At checkout: cash on delivery is for orders up to the limit, from shops that accept it. */
  @Transactional(Transactional.TxType.MANDATORY)
  void check(long totalVnd, Collection<Long> shopIds) {
    if (totalVnd > maxTotalVnd) {
      throw new Problems.RefusedException("paymentMethod", "Cash on delivery is for orders up to "
          + Money.formatVnd(maxTotalVnd) + "; this one comes to " + Money.formatVnd(totalVnd) + ".");
    }
    List<String> refusing = shops.refusingCashOnDelivery(shopIds);
    if (!refusing.isEmpty()) {
      throw new Problems.RefusedException("paymentMethod",
          "Cash on delivery is not accepted by " + String.join(", ", refusing) + ".");
    }
  }

  /**
   * For the checkout page, before the shipping fee is known: the cart's goods against the limit
   * (the fee may still take an order over it; checkout then says so) and the shops that refuse.
   */
  public Terms terms(Caller buyer) {
    Map<String, Integer> wanted = carts.linesOf(buyer.accountId());
    Map<String, Stock.Purchasable> items = stock.purchasables(wanted.keySet());
    long subtotal = 0;
    for (Map.Entry<String, Integer> line : wanted.entrySet()) {
      Stock.Purchasable item = items.get(line.getKey());
      if (item != null) {
        subtotal += item.priceVnd() * line.getValue();
      }
    }
    List<String> refusing = shops.refusingCashOnDelivery(
        items.values().stream().map(Stock.Purchasable::shopId).distinct().toList());
    String reason = null;
    if (!refusing.isEmpty()) {
      reason = (refusing.size() == 1 ? "Xưởng " : "Các xưởng ") + String.join(", ", refusing)
          + " không nhận thanh toán khi nhận hàng.";
    } else if (subtotal > maxTotalVnd) {
      reason = "Thanh toán khi nhận hàng chỉ dành cho đơn tới " + Money.formatVnd(maxTotalVnd) + ".";
    }
    return new Terms(reason == null, maxTotalVnd, subtotal, refusing, reason);
  }

  /** The carrier says the parcel reached the shopper. A repeat changes nothing. */
  public void delivered(long shopOrderId) {
    ShopOrder part = locked(shopOrderId);
    if (part.status() != ShopOrder.Status.DELIVERED) {
      delivered(part, AuditTrail.Actor.CARRIER, "delivered");
    }
  }

  /**
   * The carrier could not deliver and brought the parcel back. A COD part's reservation is let
   * go and nothing is owed; a prepaid part's stock goes back and its money is owed back. A repeat
   * changes nothing.
   */
  public void deliveryFailedAndReturned(long shopOrderId, String reason) {
    ShopOrder part = locked(shopOrderId);
    if (part.status() != ShopOrder.Status.RETURNED) {
      returned(part, AuditTrail.Actor.CARRIER, reason);
    }
  }

  /** The carrier's webhook remitted the cash of one parcel. */
  public Remitted codRemitted(long shopOrderId, long amountVnd, Instant remittedAt) {
    return remit(new Remittance("carrier", shopOrderId + "@" + remittedAt, null,
        String.valueOf(shopOrderId), amountVnd, remittedAt), shopOrderId);
  }

  /**
   * One line of a carrier's statement: the parcel named by the carrier's tracking code, or by our
   * shop order id.
   */
  public Remitted statementLine(Remittance line) {
    return remit(line, parcelOf(line.carrier(), line.parcel()).orElse(null));
  }

  /** Called with the order of the part already locked (the artisan's or the carrier's step). */
  @Transactional(Transactional.TxType.MANDATORY)
  void delivered(ShopOrder part, AuditTrail.Actor actor, String reason) {
    ShopOrder.Status from = part.moveTo(ShopOrder.Status.DELIVERED, clock.instant());
    if (part.isCashOnDelivery()) {
      // handed over: the reserved units leave the shelf for good (the money comes with remittance)
      stock.sell(Orders.movements(part));
    }
    audit.record(part.order(), part, from, ShopOrder.Status.DELIVERED, actor, reason);
    orders.partChanged(part.order(), actor);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void returned(ShopOrder part, AuditTrail.Actor actor, String reason) {
    String why = reason == null || reason.isBlank() ? "returned by the carrier" : reason.strip();
    ShopOrder.Status from = part.moveTo(ShopOrder.Status.RETURNED, clock.instant());
    if (part.isCashOnDelivery()) {
      stock.release(Orders.movements(part));
    } else {
      stock.putBack(Orders.movements(part));
      // a return may have refunded some of it already (a parcel reported never received): only
      // what remains goes back, in money, in the ledger and in the facts
      Ledger.Remaining left = ledger.remaining(new Ledger.Sale(part.order().id(), part.order().number(),
          part.id(), part.shopId(), part.itemsTotalVnd(), part.shippingVnd()));
      long refund = Math.min(part.totalVnd(), left.totalVnd());
      if (refund > 0) {
        payments.refundDue(part.order().id(), part.id(), refund, why);
      }
      ledger.reverse(part.id(), why);
      if (refund == part.totalVnd()) {
        salesFacts.refundDue(part.updatedAt(), Orders.facts(part));
      } else if (refund > 0) {
        salesFacts.partlyRefunded(part.updatedAt(), remainderFacts(part, left));
      }
    }
    audit.record(part.order(), part, from, ShopOrder.Status.RETURNED, actor, why);
    orders.partChanged(part.order(), actor);
  }

  /** What remains of a part after returns, as the facts count a refund: its goods split over the lines by value. */
  static SalesFacts.Part remainderFacts(ShopOrder part, Ledger.Remaining left) {
    // the pieces were counted back by the returns that refunded the rest
    List<SalesFacts.Line> lines = Orders.facts(part).lines().stream()
        .map(l -> new SalesFacts.Line(l.productId(), 0, l.lineTotalVnd())).toList();
    return new SalesFacts.Part(part.order().id(), part.shopId(), part.order().paymentMethod().name(),
        left.shippingVnd(), SalesFacts.Line.shares(lines, left.goodsVnd()));
  }

  private Remitted remit(Remittance r, Long shopOrderId) {
    ShopOrder part = shopOrderId == null ? null : locked(shopOrderId);
    Optional<CodRemittance> earlier = em.createQuery("select r from CodRemittance r"
            + " where r.source = :source and r.sourceRef = :ref", CodRemittance.class)
        .setParameter("source", r.source())
        .setParameter("ref", r.sourceRef())
        .getResultStream()
        .findFirst();
    if (earlier.isPresent()) {
      CodRemittance e = earlier.get();
      return new Remitted(e.result(), true, e.shopOrderId(), part == null ? null : part.order().number(),
          e.amountVnd(), e.expectedVnd(), e.reason());
    }
    CodRemittance kept = decide(r, part);
    em.persist(kept);
    return new Remitted(kept.result(), false, kept.shopOrderId(),
        part == null ? null : part.order().number(), kept.amountVnd(), kept.expectedVnd(), kept.reason());
  }

  /** Money is never taken silently: it settles the part it was due for, or waits for a person. */
  private CodRemittance decide(Remittance r, ShopOrder part) {
    Instant now = clock.instant();
    if (part == null) {
      return new CodRemittance(r, null, null, CodRemittance.Result.UNMATCHED,
          "No cash-on-delivery parcel of ours is " + r.parcel() + ".", now);
    }
    Long due = part.codVnd();
    if (!part.isCashOnDelivery()) {
      return new CodRemittance(r, part.id(), null, CodRemittance.Result.REVIEW,
          "Shop order " + part.id() + " was paid online; the courier had nothing to collect.", now);
    }
    if (part.settledAt() != null) {
      return r.amountVnd() == part.codRemittedVnd()
          ? new CodRemittance(r, part.id(), due, CodRemittance.Result.ALREADY_SETTLED,
              "Settled already on " + part.settledAt() + ".", now)
          : new CodRemittance(r, part.id(), due, CodRemittance.Result.SURPLUS,
              "A second remittance of another amount for a part already settled.", now);
    }
    if (part.status() == ShopOrder.Status.SHIPPED) {
      // the courier collected the cash, so the parcel was handed over
      delivered(part, AuditTrail.Actor.CARRIER, "delivered: the carrier remitted its cash");
    }
    if (part.status() != ShopOrder.Status.DELIVERED) {
      return new CodRemittance(r, part.id(), due, CodRemittance.Result.REVIEW,
          "Money for a parcel that is " + part.status() + ": nothing was due.", now);
    }
    if (r.amountVnd() != due) {
      return new CodRemittance(r, part.id(), due, CodRemittance.Result.REVIEW,
          (r.amountVnd() < due ? "Less" : "More") + " than the " + Money.formatVnd(due)
              + " the courier was to collect; the part stays unsettled.", now);
    }
    part.settle(r.amountVnd(), r.remittedAt());
    Order order = part.order();
    ledger.recordSale(List.of(new Ledger.Sale(order.id(), order.number(), part.id(), part.shopId(),
        part.itemsTotalVnd(), part.shippingVnd())));
    salesFacts.sold(r.remittedAt(), List.of(Orders.facts(part)));
    return new CodRemittance(r, part.id(), due, CodRemittance.Result.SETTLED, null, now);
  }

  /**
   * A COD parcel by the carrier's tracking code (any case: the column's collation ignores it),
   * else by our shop order id.
   */
  private Optional<Long> parcelOf(String carrier, String parcel) {
    if (parcel == null || parcel.isBlank()) {
      return Optional.empty();
    }
    Optional<Long> tracked = em.createQuery("select s.id, s.carrier from ShopOrder s"
            + " where s.trackingCode = :code and s.codVnd is not null order by s.id", Object[].class)
        .setParameter("code", parcel.strip())
        .getResultStream()
        .filter(row -> carrier == null || carrier.isBlank() || row[1] == null
            || ((String) row[1]).equalsIgnoreCase(carrier.strip()))
        .map(row -> (Long) row[0])
        .findFirst();
    if (tracked.isPresent() || !parcel.strip().matches("[0-9]{1,18}")) {
      return tracked;
    }
    long id = Long.parseLong(parcel.strip());
    return em.find(ShopOrder.class, id) == null ? Optional.empty() : Optional.of(id);
  }

  /** The review list: remittances that did not settle as they came. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CodRemittance> openReviews() {
    return em.createQuery("select r from CodRemittance r where r.reviewStatus = :open order by r.id",
            CodRemittance.class)
        .setParameter("open", CodRemittance.ReviewStatus.OPEN)
        .setMaxResults(500)
        .getResultList();
  }

  /** A person has dealt with the money (paid it back to the carrier, settled by hand...). */
  public CodRemittance resolve(long id, String note) {
    CodRemittance review = em.find(CodRemittance.class, id,
        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (review == null) {
      throw new Problems.NotFoundException("COD remittance " + id);
    }
    if (review.reviewStatus() != CodRemittance.ReviewStatus.OPEN) {
      throw new Problems.ConflictException("COD remittance " + id + " needs no review.");
    }
    review.resolve(note);
    return review;
  }

  /** Locks the part's order, as every transition does, then loads the part. */
  private ShopOrder locked(long shopOrderId) {
    Long orderId = em.createQuery("select s.order.id from ShopOrder s where s.id = :id", Long.class)
        .setParameter("id", shopOrderId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Shop order " + shopOrderId));
    orders.locked(orderId);
    return em.find(ShopOrder.class, shopOrderId);
  }
}
