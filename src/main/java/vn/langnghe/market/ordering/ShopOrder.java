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
   * The part's fulfilment. It waits for the order's payment, then the shop confirms, ships and
   * delivers; it may be cancelled until it ships, and expires with an unpaid order.
   */
  public enum Status {
    PENDING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, EXPIRED;

    private static final Map<Status, Set<Status>> NEXT = Map.of(
        PENDING_PAYMENT, Set.of(PAID, CANCELLED, EXPIRED),
        PAID, Set.of(CONFIRMED, CANCELLED),
        CONFIRMED, Set.of(SHIPPED, CANCELLED),
        SHIPPED, Set.of(DELIVERED),
        DELIVERED, Set.of(),
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
    this.status = Status.PENDING_PAYMENT;
    this.shippingVnd = shippingVnd;
    this.updatedAt = now;
    for (OrderLine.Sold item : sold) {
      OrderLine line = new OrderLine(this, item);
      lines.add(line);
      itemsTotalVnd = Math.addExact(itemsTotalVnd, line.lineTotalVnd());
      weightGrams += item.weightGrams() * item.quantity();
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
  public long codVnd() {
    return 0;
  }

  boolean isLive() {
    return status != Status.CANCELLED && status != Status.EXPIRED;
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
