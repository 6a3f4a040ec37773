package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.ordering.OrderViews.AddressView;
import vn.langnghe.market.ordering.OrderViews.HistoryView;
import vn.langnghe.market.ordering.OrderViews.LabelView;
import vn.langnghe.market.ordering.OrderViews.SenderView;
import vn.langnghe.market.ordering.OrderViews.ShipRequest;
import vn.langnghe.market.ordering.OrderViews.ShopOrderTask;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reporting.SalesFacts;
import vn.langnghe.market.shipping.Barcode;
import vn.langnghe.market.shipping.Booking;
import vn.langnghe.market.shipping.Carriers;
import vn.langnghe.market.shipping.Parcel;
import vn.langnghe.market.shipping.ParcelOrder;
import vn.langnghe.market.shipping.ParcelView;
import vn.langnghe.market.shipping.Parcels;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * The artisan's side: their shop's parts of orders, and confirm, ship, deliver or cancel. A shop
 * only ever sees and touches its own parts; another shop's part is "not found".
 */
@ApplicationScoped
@Transactional
public class Fulfilment {

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Orders orders;
  @Inject Stock stock;
  @Inject Payments payments;
  @Inject AuditTrail audit;
  @Inject Ledger ledger;
  @Inject SalesFacts salesFacts;
  @Inject CashOnDelivery cashOnDelivery;
  @Inject Clock clock;
  @Inject Parcels parcels;
  @Inject Carriers carriers;

  /** The shop's queue, newest first; {@code status} narrows it to one fulfilment state. */
  public Page<ShopOrderTask> queue(Caller artisan, ShopOrder.Status status, Page.Request page) {
    Shop shop = shops.ownShop(artisan);
    String where = " from ShopOrder s where s.shopId = :shop" + (status == null ? "" : " and s.status = :status");
    TypedQuery<Long> count = em.createQuery("select count(s)" + where, Long.class);
    TypedQuery<ShopOrder> rows = em.createQuery("select s" + where + " order by s.id desc", ShopOrder.class);
    count.setParameter("shop", shop.id());
    rows.setParameter("shop", shop.id());
    if (status != null) {
      count.setParameter("status", status);
      rows.setParameter("status", status);
    }
    List<ShopOrderTask> items = rows.setFirstResult(page.page() * page.size())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(this::task)
        .toList();
    return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
  }

  public ShopOrderTask part(Caller artisan, long shopOrderId) {
    return task(own(artisan, shopOrderId));
  }

  public ShopOrderTask confirm(Caller artisan, long shopOrderId) {
    ShopOrder part = lockedOwn(artisan, shopOrderId);
    move(part, ShopOrder.Status.CONFIRMED, artisan, "confirmed by the shop");
    return task(part);
  }

  /** Shipped by hand with a carrier that has no API here: its name and tracking code. */
  public ShopOrderTask ship(Caller artisan, long shopOrderId, ShipRequest request) {
    if (request.trackingCode() == null || request.trackingCode().isBlank()) {
      throw new Problems.InvalidInputException("trackingCode", "must not be blank");
    }
    ShopOrder part = lockedOwn(artisan, shopOrderId);
    shipped(part, artisan, request.carrier().strip(), request.trackingCode().strip());
    return task(part);
  }

  /** A part about to be booked with a carrier: what to book, or the answer if it already was. */
  record Handover(ParcelOrder parcel, ShopOrderTask done) {}

  /**
   * What GHN needs to take this part's parcel. A part GHN already carries answers itself (a
   * second press); only a confirmed part can be handed over.
   */
  Handover handover(Caller artisan, long shopOrderId) {
    Shop shop = shops.ownShop(artisan);
    ShopOrder part = own(artisan, shopOrderId);
    if (part.status() != ShopOrder.Status.CONFIRMED) {
      if (Parcel.GHN.equals(part.carrier())) {
        return new Handover(null, task(part));
      }
      throw new IllegalTransitionException("Shop order " + shopOrderId, part.status().name(),
          ShopOrder.Status.SHIPPED.name());
    }
    SenderView from = sender(shop);
    Order.Destination to = part.order().destination();
    return new Handover(new ParcelOrder(part.id(), part.order().number() + "-" + part.id(),
        new ParcelOrder.Party(shop.name(), null, from.village() == null ? shop.name() : from.village(),
            from.communeCode(), from.communeName(), from.provinceName()),
        new ParcelOrder.Party(to.recipientName(), to.phone(), to.addressLine(), to.communeCode(),
            to.communeName(), to.provinceName()),
        part.weightGrams(), part.cashToCollectVnd(), part.itemsTotalVnd(), contentOf(part),
        part.lines().stream().map(l -> new ParcelOrder.Item(l.title(), l.sku(), l.quantity(),
            l.unitPriceVnd())).toList()), null);
  }

  /**
   * Keeps the carrier's booking as the part's parcel and ships the part with its code, under
   * the order's lock. A part already shipped with that booking (two presses at once) answers
   * as it is.
   */
  ShopOrderTask handedOver(Caller artisan, long shopOrderId, Booking booking) {
    ShopOrder part = lockedOwn(artisan, shopOrderId);
    if (part.status() != ShopOrder.Status.CONFIRMED && Parcel.GHN.equals(part.carrier())) {
      return task(part);
    }
    if (part.status() != ShopOrder.Status.CONFIRMED) {
      throw new IllegalTransitionException("Shop order " + shopOrderId, part.status().name(),
          ShopOrder.Status.SHIPPED.name());
    }
    Booking kept = parcels.record(booking);
    shipped(part, artisan, kept.carrier(), kept.orderCode());
    return task(part);
  }

  /** The label of a part GHN carries; 404 for a part without a carrier order. */
  public LabelView label(Caller artisan, long shopOrderId) {
    ShopOrder part = own(artisan, shopOrderId);
    ParcelView parcel = parcels.of(part.id())
        .orElseThrow(() -> new Problems.NotFoundException("The carrier label of shop order " + shopOrderId));
    return new LabelView(part.id(), part.order().number(), parcel.carrier(), parcel.orderCode(),
        Barcode.code128(parcel.orderCode()), sender(em.find(Shop.class, part.shopId())),
        AddressView.of(part.order().destination()), parcel.codVnd(), part.weightGrams(), contentOf(part),
        parcel.expectedDelivery(), parcel.steps().isEmpty() ? null : parcel.steps().get(0).at());
  }

  /**
   * What GHN needs to take a returned parcel back: the outbound parcel with sender and receiver
   * swapped (from the buyer's delivery address to the shop's village), COD 0, the returned pieces
   * only and the part's weight prorated to them. {@code receiverPhone}: a shop keeps no phone
   * here, so the caller gives the number GHN calls on arrival.
   */
  public ParcelOrder returnParcel(long shopOrderId, long returnId, java.util.Map<String, Integer> piecesBySku,
      String receiverPhone) {
    ShopOrder part = em.find(ShopOrder.class, shopOrderId);
    if (part == null) {
      throw new Problems.NotFoundException("Shop order " + shopOrderId);
    }
    Shop shop = em.find(Shop.class, part.shopId());
    SenderView shopAddress = sender(shop);
    Order.Destination buyer = part.order().destination();
    List<ParcelOrder.Item> items = part.lines().stream().filter(l -> piecesBySku.containsKey(l.sku()))
        .map(l -> new ParcelOrder.Item(l.title(), l.sku(), piecesBySku.get(l.sku()), l.unitPriceVnd())).toList();
    int bought = part.lines().stream().mapToInt(OrderLine::quantity).sum();
    int back = items.stream().mapToInt(ParcelOrder.Item::quantity).sum();
    int grams = Math.max(1, (int) ((long) part.weightGrams() * back / Math.max(1, bought)));
    long value = items.stream().mapToLong(i -> i.priceVnd() * i.quantity()).sum();
    String content = "Hàng trả lại – yêu cầu trả #" + returnId + " đơn " + part.order().number() + ": "
        + items.stream().map(i -> i.quantity() + " × " + i.name()).collect(java.util.stream.Collectors.joining("; "));
    return new ParcelOrder(part.id(), part.order().number() + "-" + part.id() + "-R" + returnId,
        new ParcelOrder.Party(buyer.recipientName(), buyer.phone(), buyer.addressLine(), buyer.communeCode(),
            buyer.communeName(), buyer.provinceName()),
        new ParcelOrder.Party(shop.name(), receiverPhone,
            shopAddress.village() == null ? shop.name() : shopAddress.village(), shopAddress.communeCode(),
            shopAddress.communeName(), shopAddress.provinceName()),
        grams, 0, value, content, items);
  }

  /** What is in the parcel, as the carrier and the label say it: "2 × Vòng bạc; 1 × Khay". */
  private static String contentOf(ShopOrder part) {
    return part.lines().stream().map(l -> l.quantity() + " × " + l.title())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private void shipped(ShopOrder part, Caller artisan, String carrier, String trackingCode) {
    ShopOrder.Status from = part.status();
    part.ship(carrier, trackingCode, clock.instant());
    audit.recordAndNotify(part.order(), part, from, part.status(), actor(artisan),
        carrier + " " + trackingCode);
  }

  /** For carriers without a webhook the artisan says the parcel arrived (COD: its stock is sold). */
  public ShopOrderTask deliver(Caller artisan, long shopOrderId) {
    ShopOrder part = untrackedOwn(artisan, shopOrderId, ShopOrder.Status.DELIVERED);
    cashOnDelivery.delivered(part, actor(artisan), "delivered");
    return task(part);
  }

  /** For carriers without a webhook: the parcel came back undelivered. */
  public ShopOrderTask returned(Caller artisan, long shopOrderId, String reason) {
    ShopOrder part = untrackedOwn(artisan, shopOrderId, ShopOrder.Status.RETURNED);
    cashOnDelivery.returned(part, actor(artisan), reason);
    return task(part);
  }

  /**
   * A part the artisan may say was delivered or came back: not one GHN carries, whose notices
   * decide (a refund written for a parcel GHN then delivers would be money paid twice).
   */
  private ShopOrder untrackedOwn(Caller artisan, long shopOrderId, ShopOrder.Status target) {
    ShopOrder part = lockedOwn(artisan, shopOrderId);
    if (part.status() == ShopOrder.Status.SHIPPED && parcels.of(part.id()).isPresent()) {
      throw new IllegalTransitionException("Shop order " + shopOrderId
          + " (GHN carries it: its notices say when it is delivered or back)",
          part.status().name(), target.name());
    }
    return part;
  }

  /**
   * The shop cannot fulfil its part: its stock goes back on the shelf and the part's money
   * (items and shipping) becomes due for refund. Only a paid part can be cancelled by the shop;
   * an unpaid order is the shopper's to cancel, or it expires.
   */
  public ShopOrderTask cancel(Caller artisan, long shopOrderId, String reason) {
    ShopOrder part = lockedOwn(artisan, shopOrderId);
    if (!part.order().isUnderway()) {
      throw new IllegalTransitionException("Shop order " + shopOrderId + " of an order that is "
          + part.order().status(), part.status().name(), "CANCELLED");
    }
    String why = reason == null || reason.isBlank() ? "cancelled by the shop" : reason.strip();
    if (part.isCashOnDelivery()) {
      // nothing was paid: the reservation is let go and nothing is owed
      audit.recordAndNotify(part.order(), part, part.moveTo(ShopOrder.Status.CANCELLED, clock.instant()),
          ShopOrder.Status.CANCELLED, actor(artisan), why);
      stock.release(Orders.movements(part));
      orders.partChanged(part.order(), actor(artisan));
      return task(part);
    }
    audit.recordAndNotify(part.order(), part, part.moveTo(ShopOrder.Status.CANCELLED, clock.instant()),
        ShopOrder.Status.CANCELLED, actor(artisan), why);
    stock.putBack(Orders.movements(part));
    payments.refundDue(part.order().id(), part.id(), part.totalVnd(), why);
    ledger.reverse(part.id(), why);
    salesFacts.refundDue(part.updatedAt(), Orders.facts(part));
    orders.partChanged(part.order(), actor(artisan));
    return task(part);
  }

  private void move(ShopOrder part, ShopOrder.Status target, Caller artisan, String reason) {
    ShopOrder.Status from = part.moveTo(target, clock.instant());
    audit.record(part.order(), part, from, target, actor(artisan), reason);
  }

  private static AuditTrail.Actor actor(Caller artisan) {
    return new AuditTrail.Actor(StatusChange.Actor.SHOP, artisan.accountId());
  }

  private ShopOrder own(Caller artisan, long shopOrderId) {
    Shop shop = shops.ownShop(artisan);
    ShopOrder part = em.find(ShopOrder.class, shopOrderId);
    if (part == null || part.shopId() != shop.id()) {
      throw new Problems.NotFoundException("Shop order " + shopOrderId);
    }
    return part;
  }

  /** Locks the whole order first, as payments and expiry do, and only then loads the part. */
  private ShopOrder lockedOwn(Caller artisan, long shopOrderId) {
    Shop shop = shops.ownShop(artisan);
    long orderId = em.createQuery("select s.order.id from ShopOrder s where s.id = :id and s.shopId = :shop",
            Long.class)
        .setParameter("id", shopOrderId)
        .setParameter("shop", shop.id())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Shop order " + shopOrderId));
    orders.locked(orderId);
    return em.find(ShopOrder.class, shopOrderId);
  }

  private ShopOrderTask task(ShopOrder part) {
    List<HistoryView> history = audit.of(part.order().id()).stream()
        .filter(c -> c.shopOrderId() == null || c.shopOrderId().equals(part.id()))
        .map(HistoryView::of)
        .toList();
    ParcelView parcel = parcels.of(part.id()).orElse(null);
    return ShopOrderTask.of(part, carriers.trackingUrl(part.carrier(), part.trackingCode()),
        sender(em.find(Shop.class, part.shopId())), parcel, history, ledger.ofPart(part.id()));
  }

  private static SenderView sender(Shop shop) {
    CraftVillage village = shop.village();
    AdministrativeUnit commune = village == null ? null : village.commune();
    AdministrativeUnit province = commune == null ? null : commune.parent();
    return new SenderView(shop.name(), village == null ? null : village.name(),
        commune == null ? null : commune.code(), commune == null ? null : commune.name(),
        province == null ? null : province.name());
  }
}
