package vn.langnghe.market.ordering;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One shop's part of an order: its lines, its parcel and shipping fee, its fulfilment. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

  /**
   * The part's fulfilment. It waits for the order's payment (or, for cash on delivery, starts at
   * CASH_ON_DELIVERY, ready for the shop), then the shop confirms, ships and delivers; it may be
   * cancelled until it ships, and expires with an unpaid order. A shipped parcel the courier could
   * not deliver comes back RETURNED.
   */
  public enum Status {
    PENDING_PAYMENT, PAID, CASH_ON_DELIVERY, CONFIRMED, SHIPPED, DELIVERED, RETURNED, CANCELLED,
    EXPIRED;

    private static final Map<Status, Set<Status>> NEXT = Map.of(
        PENDING_PAYMENT, Set.of(PAID, CANCELLED, EXPIRED),
        PAID, Set.of(CONFIRMED, CANCELLED),
        CASH_ON_DELIVERY, Set.of(CONFIRMED, CANCELLED),
        CONFIRMED, Set.of(SHIPPED, CANCELLED),
        SHIPPED, Set.of(DELIVERED, RETURNED),
        DELIVERED, Set.of(),
        RETURNED, Set.of(),
        CANCELLED, Set.of(),
        EXPIRED, Set.of());

    public Set<Status> next() {
      return NEXT.get(this);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "shop_name")
  private String shopName;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "items_total_vnd")
  private long itemsTotalVnd;

  @Column(name = "shipping_vnd")
  private long shippingVnd;

  /** Cash on delivery: what the courier collects (the part's total); null when prepaid. */
  @Column(name = "cod_vnd")
  private Long codVnd;

  @Column(name = "cod_remitted_vnd")
  private Long codRemittedVnd;

  /** Cash on delivery: when the carrier's remittance says the money came in. */
  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "weight_grams")
  private int weightGrams;

  private String carrier;

  @Column(name = "tracking_code")
  private String trackingCode;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "shopOrder", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<OrderLine> lines = new ArrayList<>();

  protected ShopOrder() {}

  ShopOrder(Order order, long shopId, String shopName, List<OrderLine.Sold> sold, long shippingVnd,
      Instant now) {
    this.order = order;
    this.shopId = shopId;
    this.shopName = shopName;
    this.status = order.isCashOnDelivery() ? Status.CASH_ON_DELIVERY : Status.PENDING_PAYMENT;
    this.shippingVnd = shippingVnd;
    this.updatedAt = now;
    for (OrderLine.Sold item : sold) {
      OrderLine line = new OrderLine(this, item);
      lines.add(line);
      itemsTotalVnd = Math.addExact(itemsTotalVnd, line.lineTotalVnd());
      weightGrams += item.weightGrams() * item.quantity();
    }
    if (order.isCashOnDelivery()) {
      this.codVnd = totalVnd();
    }
  }

  Status moveTo(Status target, Instant now) {
    Status from = status;
    if (!status.next().contains(target)) {
      throw new IllegalTransitionException("Shop order " + id, from.name(), target.name());
    }
    status = target;
    updatedAt = now;
    return from;
  }

  void ship(String carrier, String trackingCode, Instant now) {
    moveTo(Status.SHIPPED, now);
    this.carrier = carrier;
    this.trackingCode = trackingCode;
  }

  /**
   * The cash the carrier collects from the recipient: nothing for a prepaid order. Booked with
   * the carrier as its {@code cod_amount}.
   */
  public long cashToCollectVnd() {
    return codVnd == null ? 0 : codVnd;
  }

  boolean isLive() {
    return status != Status.CANCELLED && status != Status.EXPIRED && status != Status.RETURNED;
  }

  boolean isCashOnDelivery() {
    return codVnd != null;
  }

  /** The carrier remitted the money the courier collected: the part is settled, once. */
  void settle(long remittedVnd, Instant remittedAt) {
    if (!isCashOnDelivery() || status != Status.DELIVERED || settledAt != null) {
      throw new IllegalStateException("Shop order " + id + " cannot settle: " + status
          + (settledAt == null ? "" : ", settled already"));
    }
    this.codRemittedVnd = remittedVnd;
    this.settledAt = remittedAt;
  }

  public Long id() {
    return id;
  }

  public Order order() {
    return order;
  }

  public long shopId() {
    return shopId;
  }

  public String shopName() {
    return shopName;
  }

  public Status status() {
    return status;
  }

  public long itemsTotalVnd() {
    return itemsTotalVnd;
  }

  public long shippingVnd() {
    return shippingVnd;
  }

  public long totalVnd() {
    return itemsTotalVnd + shippingVnd;
  }

  public Long codVnd() {
    return codVnd;
  }

  public Long codRemittedVnd() {
    return codRemittedVnd;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public int weightGrams() {
    return weightGrams;
  }

  public String carrier() {
    return carrier;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<OrderLine> lines() {
    return lines;
  }
}
