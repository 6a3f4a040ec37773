package vn.langnghe.market.ordering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures a shopper was shown before ordering: the lines and unit prices priced, the
 * destination commune, and each shop's goods, shipping fee, carrier and days. A checkout naming it
 * is charged exactly these, once, before {@link #expiresAt}; if the same checkout would now be
 * priced differently, the quote has {@link Change changed} and is never applied.
 */
@Entity
@Table(name = "checkout_quote")
public class CheckoutQuote {

  /** Why a quote no longer holds for a checkout. */
  public enum Change {
    EXPIRED("The quote has expired."),
    USED("The quote was already charged by an order."),
    DESTINATION("The delivery commune is not the one quoted."),
    LINES("The lines or quantities are not the ones quoted."),
    PRICE("A price changed since the quote."),
    SHIPPING("A shipping fee changed since the quote.");

    private final String detail;

    Change(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  @Id private String id;

  @Column(name = "buyer_account_id")
  private long buyerAccountId;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "from_cart")
  private boolean fromCart;

  @Column(name = "items_total_vnd")
  private long itemsTotalVnd;

  @Column(name = "shipping_total_vnd")
  private long shippingTotalVnd;

  @Column(name = "total_vnd")
  private long totalVnd;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "order_id")
  private Long orderId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "checkout_quote_line", joinColumns = @JoinColumn(name = "quote_id"))
  private List<Line> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "checkout_quote_shop", joinColumns = @JoinColumn(name = "quote_id"))
  @OrderBy("position")
  private List<Part> parts = new ArrayList<>();

  /** A line as priced. */
  @Embeddable
  public static class Line {
    private String sku;
    private int quantity;

    @Column(name = "unit_price_vnd")
    private long unitPriceVnd;

    protected Line() {}

    Line(String sku, int quantity, long unitPriceVnd) {
      this.sku = sku;
      this.quantity = quantity;
      this.unitPriceVnd = unitPriceVnd;
    }

    public String sku() {
      return sku;
    }

    public int quantity() {
      return quantity;
    }

    public long unitPriceVnd() {
      return unitPriceVnd;
    }
  }

  /** One shop's part as priced. */
  @Embeddable
  public static class Part {
    private int position;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "shop_slug")
    private String shopSlug;

    @Column(name = "shop_name")
    private String shopName;

    @Column(name = "goods_vnd")
    private long goodsVnd;

    @Column(name = "shipping_vnd")
    private long shippingVnd;

    @Column(name = "weight_grams")
    private int weightGrams;

    private String carrier;

    @Column(name = "eta_days")
    private Integer etaDays;

    @Column(name = "from_tariff")
    private boolean fromTariff;

    protected Part() {}

    Part(int position, Checkout.Part part) {
      this.position = position;
      this.shopId = part.shopId();
      this.shopSlug = part.shopSlug();
      this.shopName = part.shopName();
      this.goodsVnd = part.goodsVnd();
      this.shippingVnd = part.rate().shippingVnd();
      this.weightGrams = part.weightGrams();
      this.carrier = part.rate().carrier();
      this.etaDays = part.rate().etaDays();
      this.fromTariff = part.rate().fromTariff();
    }

    public long shopId() {
      return shopId;
    }

    public String shopSlug() {
      return shopSlug;
    }

    public String shopName() {
      return shopName;
    }

    public long goodsVnd() {
      return goodsVnd;
    }

    public long shippingVnd() {
      return shippingVnd;
    }

    public int weightGrams() {
      return weightGrams;
    }

    public String carrier() {
      return carrier;
    }

    public Integer etaDays() {
      return etaDays;
    }

    public boolean fromTariff() {
      return fromTariff;
    }
  }

  protected CheckoutQuote() {}

  CheckoutQuote(String id, long buyerAccountId, Checkout.Basket basket, Instant now, Instant expiresAt) {
    this.id = id;
    this.buyerAccountId = buyerAccountId;
    this.communeCode = basket.destination().communeCode();
    this.fromCart = basket.fromCart();
    this.createdAt = now;
    this.expiresAt = expiresAt;
    basket.sold().forEach(l -> lines.add(new Line(l.sku(), l.quantity(), l.unitPriceVnd())));
    for (Checkout.Part part : basket.parts()) {
      parts.add(new Part(parts.size(), part));
      itemsTotalVnd += part.goodsVnd();
      shippingTotalVnd += part.rate().shippingVnd();
    }
    totalVnd = itemsTotalVnd + shippingTotalVnd;
  }

  /**
   * Why this quote does not hold for a checkout of the basket at {@code now}; empty when the
   * checkout is to be charged exactly these figures. Names, phone and street do not change a
   * price, so only the commune of the address counts.
   */
  Optional<Change> changeFor(Checkout.Basket basket, Instant now) {
    if (orderId != null) {
      return Optional.of(Change.USED);
    }
    if (!now.isBefore(expiresAt)) {
      return Optional.of(Change.EXPIRED);
    }
    if (!communeCode.equals(basket.destination().communeCode())) {
      return Optional.of(Change.DESTINATION);
    }
    Map<String, Line> quoted = new LinkedHashMap<>();
    lines.forEach(l -> quoted.put(l.sku(), l));
    if (quoted.size() != basket.sold().size()) {
      return Optional.of(Change.LINES);
    }
    for (OrderLine.Sold sold : basket.sold()) {
      Line line = quoted.get(sold.sku());
      if (line == null || line.quantity() != sold.quantity()) {
        return Optional.of(Change.LINES);
      }
      if (line.unitPriceVnd() != sold.unitPriceVnd()) {
        return Optional.of(Change.PRICE);
      }
    }
    if (parts.size() != basket.parts().size()) {
      return Optional.of(Change.LINES);
    }
    for (Checkout.Part fresh : basket.parts()) {
      Part part = part(fresh.shopId()).orElse(null);
      if (part == null || part.goodsVnd() != fresh.goodsVnd()) {
        return Optional.of(Change.LINES);
      }
      if (part.shippingVnd() != fresh.rate().shippingVnd()) {
        return Optional.of(Change.SHIPPING);
      }
    }
    return Optional.empty();
  }

  /** The order that charged this quote; a quote is charged once. */
  void chargedBy(long orderId) {
    this.orderId = Objects.requireNonNull(orderId);
  }

  Optional<Part> part(long shopId) {
    return parts.stream().filter(p -> p.shopId() == shopId).findFirst();
  }

  public String id() {
    return id;
  }

  public long buyerAccountId() {
    return buyerAccountId;
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

  public Instant expiresAt() {
    return expiresAt;
  }

  public List<Part> parts() {
    return List.copyOf(parts);
  }
}
