package vn.langnghe.market.ordering;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langnghe.market.payment.PaymentMethod;

/**
 * A shopper's checkout: the delivery address, the money (items + shipping = total, in whole VND)
 * and its state. The JPQL name is CustomerOrder because ORDER is a reserved word there.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order {

  /**
   * The order's life; {@link #next} lists the only moves allowed. CASH_ON_DELIVERY: placed and
   * confirmed without prepayment (it never expires); the couriers collect the money and each part
   * settles when its carrier remits it.
   */
  public enum Status {
    PENDING_PAYMENT, PAID, CASH_ON_DELIVERY, COMPLETED, EXPIRED, CANCELLED, REFUNDED;

    private static final Map<Status, Set<Status>> NEXT = Map.of(
        PENDING_PAYMENT, Set.of(PAID, EXPIRED, CANCELLED),
        CASH_ON_DELIVERY, Set.of(COMPLETED, CANCELLED),
        PAID, Set.of(COMPLETED, CANCELLED, REFUNDED),
        CANCELLED, Set.of(REFUNDED),
        COMPLETED, Set.of(),
        EXPIRED, Set.of(),
        REFUNDED, Set.of());

    public Set<Status> next() {
      return NEXT.get(this);
    }

    public boolean isClosed() {
      return next().isEmpty() || this == CANCELLED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "buyer_account_id")
  private long buyerAccountId;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "recipient_name")
  private String recipientName;

  @Column(name = "recipient_phone")
  private String recipientPhone;

  @Column(name = "address_line")
  private String addressLine;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "commune_name")
  private String communeName;

  @Column(name = "province_name")
  private String provinceName;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method")
  private PaymentMethod paymentMethod;

  @Column(name = "items_total_vnd")
  private long itemsTotalVnd;

  @Column(name = "shipping_total_vnd")
  private long shippingTotalVnd;

  @Column(name = "total_vnd")
  private long totalVnd;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "payment_due_at")
  private Instant paymentDueAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the last live part was delivered; the order completes a while after, or on the shopper's word. */
  @Column(name = "delivered_at")
  private Instant deliveredAt;

  /** The seal of the quote this order charged: unique, so one quote places one order. */
  @Column(name = "quote_ref")
  private String quoteRef;

  @Version private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ShopOrder> shopOrders = new ArrayList<>();

  protected Order() {}

  /** Where the parcels go, as checked against the administrative units. */
  public record Destination(String recipientName, String phone, String addressLine,
      String communeCode, String communeName, String provinceCode, String provinceName) {}

  Order(String number, long buyerAccountId, Destination to, String note, PaymentMethod method,
      Instant now, Instant paymentDueAt) {
    this.number = number;
    this.buyerAccountId = buyerAccountId;
    this.status = method.prepaid() ? Status.PENDING_PAYMENT : Status.CASH_ON_DELIVERY;
    this.recipientName = to.recipientName();
    this.recipientPhone = to.phone();
    this.addressLine = to.addressLine();
    this.communeCode = to.communeCode();
    this.communeName = to.communeName();
    this.provinceName = to.provinceName();
    this.note = note;
    this.paymentMethod = method;
    this.createdAt = now;
    this.paymentDueAt = paymentDueAt;
  }

  /** This order charges the quote sealed {@code ref}; a second order naming it is refused by the database. */
  void chargesQuote(String ref) {
    this.quoteRef = ref;
  }

  void add(ShopOrder part) {
    shopOrders.add(part);
    itemsTotalVnd += part.itemsTotalVnd();
    shippingTotalVnd += part.shippingVnd();
    totalVnd = itemsTotalVnd + shippingTotalVnd;
  }

  /** Moves to {@code target} or refuses with 409; answers the status it left. */
  Status moveTo(Status target, Instant now) {
    Status from = status;
    if (!status.next().contains(target)) {
      throw new IllegalTransitionException("Order " + number, from.name(), target.name());
    }
    status = target;
    if (target == Status.PAID) {
      paidAt = now;
    }
    if (target.isClosed()) {
      closedAt = now;
    }
    return from;
  }

  /** Every live part has reached the shopper: the order now waits to complete. */
  void delivered(Instant now) {
    if (deliveredAt == null) {
      deliveredAt = now;
    }
  }

  /**
   * Paid (or to be paid on delivery), and every part still live has left its workshop (shipped or delivered): the shopper
   * can say it arrived.
   */
  boolean isReceivable(Set<Long> carriedByApi) {
    List<ShopOrder> live = shopOrders.stream().filter(ShopOrder::isLive).toList();
    // a parcel a carrier books through its API (GHN) is received when the carrier says it was
    // delivered: the shopper's word before that would sell a COD part's stock that the carrier
    // may yet bring back. {@code carriedByApi}: the ids of such parts.
    return isUnderway() && !live.isEmpty() && live.stream().allMatch(s ->
        (s.status() == ShopOrder.Status.SHIPPED && !carriedByApi.contains(s.id()))
            || s.status() == ShopOrder.Status.DELIVERED);
  }

  /** Unpaid, or paid (or cash on delivery) with no part shipped yet: the shopper may still cancel. */
  public boolean isCancellableByShopper() {
    return status == Status.PENDING_PAYMENT
        || (isUnderway() && shopOrders.stream()
            .allMatch(s -> !s.isLive() || s.status().next().contains(ShopOrder.Status.CANCELLED)));
  }

  /** The shopper chose another way to pay before paying. */
  void payWith(PaymentMethod method) {
    if (status != Status.PENDING_PAYMENT) {
      throw new IllegalStateException("Order " + number + " is " + status);
    }
    this.paymentMethod = method;
  }

  /** Being fulfilled: paid, or confirmed for cash on delivery. */
  boolean isUnderway() {
    return status == Status.PAID || status == Status.CASH_ON_DELIVERY;
  }

  boolean isCashOnDelivery() {
    return !paymentMethod.prepaid();
  }

  boolean isPaymentOverdue(Instant now) {
    return status == Status.PENDING_PAYMENT && !now.isBefore(paymentDueAt);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long buyerAccountId() {
    return buyerAccountId;
  }

  public Status status() {
    return status;
  }

  public Destination destination() {
    return new Destination(recipientName, recipientPhone, addressLine, communeCode, communeName,
        null, provinceName);
  }

  public String note() {
    return note;
  }

  public PaymentMethod paymentMethod() {
    return paymentMethod;
  }

  public long itemsTotalVnd() {
    return itemsTotalVnd;
  }

  public long shippingTotalVnd() {
    return shippingTotalVnd;
  }

  public long totalVnd() {
    return totalVnd;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant paymentDueAt() {
    return paymentDueAt;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public List<ShopOrder> shopOrders() {
    return shopOrders;
  }
}
