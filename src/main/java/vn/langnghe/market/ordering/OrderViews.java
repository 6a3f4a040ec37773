package vn.langnghe.market.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.cart.Cart;
import vn.langnghe.market.cart.CartViews;
import vn.langnghe.market.ledger.LedgerViews;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.payment.Payments.PaymentView;
import vn.langnghe.market.shipping.ParcelView;

/** What the checkout and order APIs read and answer. */
public final class OrderViews {

  private OrderViews() {}

  public static final int MAX_LINES = Cart.MAX_LINES;

  // ---- requests

  public record LineRequest(
      @NotBlank @Pattern(regexp = CartViews.SKU_PATTERN, message = "is not a SKU") String sku,
      @NotNull @Positive @Max(Cart.MAX_QUANTITY) Integer quantity) {}

  public record AddressRequest(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 30) String phone,
      @NotBlank @Size(max = 200) String line1,
      @NotBlank @Pattern(regexp = "[0-9]{5}", message = "is not a commune code") String communeCode) {}

  /** {@code quoteId}: the quote shown to the shopper; the order is charged exactly that, or refused. */
  public record CheckoutRequest(
      @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid LineRequest> lines,
      @NotNull @Valid AddressRequest shippingAddress,
      @NotNull PaymentMethod paymentMethod,
      @Size(max = 500) String note,
      @Pattern(regexp = QUOTE_ID_PATTERN + "|" + FORMER_QUOTE_ID_PATTERN, message = "is not a quote id")
      String quoteId) {}

  /** A sealed quote ({@link QuoteSeal}): its figures and their HMAC, base64url; long enough for {@link #MAX_LINES} lines. */
  public static final String QUOTE_ID_PATTERN = "Q[A-Za-z0-9_-]{40,12000}\\.[A-Za-z0-9_-]{43}";
  /** A quote id of the stored quotes before sealing: still in shoppers' pages during an upgrade, so answered "expired". */
  public static final String FORMER_QUOTE_ID_PATTERN = "Q[0-9A-Z]{25}";

  /** The checkout body without the way to pay (a {@code paymentMethod} sent along is ignored). */
  public record QuoteRequest(
      @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid LineRequest> lines,
      @NotNull @Valid AddressRequest shippingAddress) {}

  public record CancelRequest(@Size(max = 500) String reason) {}

  /**
   * {@code {carrier: "GHN"}} books the parcel with GHN, whose order code becomes the tracking
   * code; any other carrier is shipped by hand and needs its {@code trackingCode}.
   */
  public record ShipRequest(
      @NotBlank @Size(max = 60) String carrier,
      @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9 ._/-]+", message = "letters, digits, spaces, . _ / -")
          String trackingCode) {}

  // ---- answers

  public record LineView(String sku, long productId, String title, String options,
      long unitPriceVnd, int quantity, long lineTotalVnd) {
    static LineView of(OrderLine l) {
      return new LineView(l.sku(), l.productId(), l.title(), l.optionsText(), l.unitPriceVnd(),
          l.quantity(), l.lineTotalVnd());
    }
  }

  public record ShopRef(long id, String name) {}

  /**
   * {@code trackingUrl}: the carrier's page for the code; {@code parcel}: a GHN parcel's steps;
   * {@code codVnd}: cash on delivery, what the courier collects for this parcel (null: prepaid).
   */
  public record ShopOrderView(long id, ShopRef shop, ShopOrder.Status status, long itemsTotalVnd,
      long shippingVnd, long totalVnd, Long codVnd, int weightGrams, String carrier,
      String trackingCode, String trackingUrl, ParcelView parcel, List<LineView> lines) {
    static ShopOrderView of(ShopOrder s) {
      return of(s, null, null);
    }

    static ShopOrderView of(ShopOrder s, String trackingUrl, ParcelView parcel) {
      return new ShopOrderView(s.id(), new ShopRef(s.shopId(), s.shopName()), s.status(),
          s.itemsTotalVnd(), s.shippingVnd(), s.totalVnd(), s.codVnd(), s.weightGrams(), s.carrier(),
          s.trackingCode(), trackingUrl, parcel, s.lines().stream().map(LineView::of).toList());
    }
  }

  public record CheckoutView(String orderNumber, Order.Status status, long itemsTotalVnd,
      long shippingTotalVnd, long totalVnd, List<ShopOrderView> shopOrders, PaymentView payment,
      Instant expiresAt) {
    static CheckoutView of(Order o, PaymentView payment) {
      return new CheckoutView(o.number(), o.status(), o.itemsTotalVnd(), o.shippingTotalVnd(),
          o.totalVnd(), o.shopOrders().stream().map(ShopOrderView::of).toList(), payment,
          o.paymentDueAt());
    }
  }

  /** One shop's part of a quote: its goods, its parcel's fee, who carries it and in how many days. */
  public record QuotedShopView(long shopId, String shopSlug, String shopName, long goodsVnd,
      long shippingVnd, long totalVnd, int weightGrams, String carrier, Integer etaDays,
      boolean fromTariff) {
    static QuotedShopView of(Checkout.Part p) {
      return new QuotedShopView(p.shopId(), p.shopSlug(), p.shopName(), p.goodsVnd(),
          p.rate().shippingVnd(), p.goodsVnd() + p.rate().shippingVnd(), p.weightGrams(),
          p.rate().carrier(), p.rate().etaDays(), p.rate().fromTariff());
    }
  }

  public record QuoteView(String quoteId, List<QuotedShopView> shopOrders, long itemsTotalVnd,
      long shippingTotalVnd, long totalVnd, Instant expiresAt) {
    static QuoteView of(String quoteId, Checkout.Basket basket, Instant expiresAt) {
      long items = basket.parts().stream().mapToLong(Checkout.Part::goodsVnd).sum();
      long shipping = basket.parts().stream().mapToLong(p -> p.rate().shippingVnd()).sum();
      return new QuoteView(quoteId, basket.parts().stream().map(QuotedShopView::of).toList(),
          items, shipping, items + shipping, expiresAt);
    }
  }

  public record AddressView(String name, String phone, String line1, String communeCode,
      String communeName, String provinceName) {
    static AddressView of(Order.Destination d) {
      return new AddressView(d.recipientName(), d.phone(), d.addressLine(), d.communeCode(),
          d.communeName(), d.provinceName());
    }
  }

  public record HistoryView(Instant at, Long shopOrderId, String from, String to, String by,
      String reason) {
    static HistoryView of(StatusChange c) {
      return new HistoryView(c.changedAt(), c.shopOrderId(), c.fromStatus(), c.toStatus(),
          c.actorRole(), c.reason());
    }
  }

  public record OrderView(String orderNumber, Order.Status status, Instant createdAt,
      Instant paymentDueAt, Instant paidAt, AddressView shippingAddress, String note,
      PaymentMethod paymentMethod, long itemsTotalVnd, long shippingTotalVnd, long totalVnd,
      long refundsDueVnd, boolean cancellable, boolean receivable, List<ShopOrderView> shopOrders, PaymentView payment,
      List<HistoryView> history) {}

  public record OrderSummary(String orderNumber, Order.Status status, Instant createdAt,
      long totalVnd, int itemCount, List<String> shops) {
    static OrderSummary of(Order o) {
      return new OrderSummary(o.number(), o.status(), o.createdAt(), o.totalVnd(),
          o.shopOrders().stream().flatMap(s -> s.lines().stream()).mapToInt(OrderLine::quantity).sum(),
          o.shopOrders().stream().map(ShopOrder::shopName).toList());
    }
  }

  /**
   * A shop's part as the artisan works on it: what to pack and where it goes, and its ledger
   * lines (the sale, and its reversal if cancelled) once paid. Cash on delivery: {@code codVnd}
   * is what the courier collects, {@code codSettledAt} when the carrier remitted it.
   */
  public record ShopOrderTask(long id, String orderNumber, Order.Status orderStatus,
      ShopOrder.Status status, Instant orderedAt, Instant paidAt, AddressView shipTo, String note,
      PaymentMethod paymentMethod, long itemsTotalVnd, long shippingVnd, long totalVnd,
      Long codVnd, Instant codSettledAt, int weightGrams, String carrier, String trackingCode,
      String trackingUrl, SenderView shipFrom, ParcelView parcel,
      List<LineView> lines, List<HistoryView> history, List<LedgerViews.EntryView> ledger) {
    static ShopOrderTask of(ShopOrder s, String trackingUrl, SenderView shipFrom,
        ParcelView parcel, List<HistoryView> history, List<LedgerViews.EntryView> ledger) {
      Order o = s.order();
      return new ShopOrderTask(s.id(), o.number(), o.status(), s.status(), o.createdAt(),
          o.paidAt(), AddressView.of(o.destination()), o.note(), o.paymentMethod(),
          s.itemsTotalVnd(), s.shippingVnd(), s.totalVnd(), s.codVnd(), s.settledAt(),
          s.weightGrams(), s.carrier(), s.trackingCode(), trackingUrl, shipFrom, parcel,
          s.lines().stream().map(LineView::of).toList(), history, ledger);
    }
  }

  /**
   * A GHN parcel's printable label: its code (and the code as Code 128 modules, '1' a bar), who
   * sends it, where it goes, the cash to collect and what is inside.
   */
  public record LabelView(long shopOrderId, String orderNumber, String carrier, String orderCode,
      String barcode, SenderView sender, AddressView recipient, long codVnd, int weightGrams,
      String content, Instant expectedDelivery, Instant shippedAt) {}

  /** Where a shop's parcels leave from, as a label prints it. */
  public record SenderView(String name, String village, String communeCode, String communeName,
      String provinceName) {}

  /** POST /orders/{number}/payments: optionally another way to pay. */
  public record RetryPaymentRequest(PaymentMethod paymentMethod) {}
}
