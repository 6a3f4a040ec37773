package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.Problems;

/**
 * What a buyer bought from one shop, as the components built on top of a sale see it (reviews,
 * messages, returns, complaints): who bought, from which shop, which lines, and whether and when it
 * was delivered. Read-only; the transitions stay in {@link Orders} and {@link Fulfilment}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PurchasedParts {

  /** One line as sold: the price and title kept from the day of the sale. */
  public record Line(long lineId, long variantId, long productId, String sku, String title,
      String optionsText, int quantity, long unitPriceVnd, long lineTotalVnd) {}

  /**
   * One shop's part of an order. {@code deliveredAt} is when it reached DELIVERED (null before);
   * {@code paymentMethod} is the order's (VNPAY, STRIPE, VIETQR or COD).
   */
  public record Part(long shopOrderId, long orderId, String orderNumber, long buyerAccountId,
      long shopId, String shopName, String status, String paymentMethod, Instant deliveredAt,
      long itemsTotalVnd, long shippingVnd, long totalVnd, String carrier, String trackingCode,
      List<Line> lines) {

    public boolean delivered() {
      return "DELIVERED".equals(status);
    }

    public boolean cashOnDelivery() {
      return "COD".equals(paymentMethod);
    }

    public Optional<Line> line(String sku) {
      return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }
  }

  @PersistenceContext EntityManager em;

  /** The buyer's own part of their order; anyone else's, or a wrong pair, is "not found". */
  public Part ofBuyer(Caller buyer, String orderNumber, long shopOrderId) {
    return byId(shopOrderId)
        .filter(p -> p.orderNumber().equals(orderNumber) && p.buyerAccountId() == buyer.accountId())
        .orElseThrow(() -> new Problems.NotFoundException("Shop order " + shopOrderId + " of order " + orderNumber));
  }

  /** Every part of the buyer's own order, in the order's sequence. */
  public List<Part> ofBuyer(Caller buyer, String orderNumber) {
    List<ShopOrder> parts = em.createQuery("select s from ShopOrder s where s.order.number = :number"
            + " and s.order.buyerAccountId = :buyer order by s.id", ShopOrder.class)
        .setParameter("number", orderNumber)
        .setParameter("buyer", buyer.accountId())
        .getResultList();
    if (parts.isEmpty()) {
      throw new Problems.NotFoundException("Order " + orderNumber);
    }
    return parts.stream().map(this::view).toList();
  }

  /** A part by its id, whoever asks: the caller checks the buyer or the shop. */
  public Optional<Part> byId(long shopOrderId) {
    return Optional.ofNullable(em.find(ShopOrder.class, shopOrderId)).map(this::view);
  }

  /** Whether this account bought and received this product (any delivered part holding it). */
  public boolean receivedProduct(long buyerAccountId, long productId) {
    return !em.createQuery("select l.id from OrderLine l where l.productId = :product"
            + " and l.shopOrder.order.buyerAccountId = :buyer and l.shopOrder.status = :delivered", Long.class)
        .setParameter("product", productId)
        .setParameter("buyer", buyerAccountId)
        .setParameter("delivered", ShopOrder.Status.DELIVERED)
        .setMaxResults(1)
        .getResultList().isEmpty();
  }

  private Part view(ShopOrder s) {
    Instant deliveredAt = s.status() == ShopOrder.Status.DELIVERED ? deliveredAt(s.id()) : null;
    List<Line> lines = s.lines().stream()
        .map(l -> new Line(l.id(), l.variantId(), l.productId(), l.sku(), l.title(), l.optionsText(),
            l.quantity(), l.unitPriceVnd(), l.lineTotalVnd()))
        .toList();
    Order o = s.order();
    return new Part(s.id(), o.id(), o.number(), o.buyerAccountId(), s.shopId(), s.shopName(),
        s.status().name(), o.paymentMethod().name(), deliveredAt, s.itemsTotalVnd(), s.shippingVnd(),
        s.totalVnd(), s.carrier(), s.trackingCode(), lines);
  }

  /** When the part was last handed to a carrier (null if never): how long its parcel has been away. */
  public Optional<Instant> shippedAt(long shopOrderId) {
    return em.createQuery("select c.changedAt from StatusChange c where c.shopOrderId = :part"
            + " and c.toStatus = 'SHIPPED' order by c.changedAt desc", Instant.class)
        .setParameter("part", shopOrderId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Instant deliveredAt(long shopOrderId) {
    return em.createQuery("select c.changedAt from StatusChange c where c.shopOrderId = :part"
            + " and c.toStatus = 'DELIVERED' order by c.changedAt desc", Instant.class)
        .setParameter("part", shopOrderId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
