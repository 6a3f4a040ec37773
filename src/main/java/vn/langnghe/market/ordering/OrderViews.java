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

  public record CheckoutRequest(
      @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid LineRequest> lines,
      @NotNull @Valid AddressRequest shippingAddress,
      @NotNull PaymentMethod paymentMethod,
      @Size(max = 500) String note) {}

  public record CancelRequest(@Size(max = 500) String reason) {}

  public record ShipRequest(
      @NotBlank @Size(max = 60) String carrier,
      @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9 ._/-]+", message = "letters, digits, spaces, . _ / -")
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

  public record ShopOrderView(long id, ShopRef shop, ShopOrder.Status status, long itemsTotalVnd,
      long shippingVnd, long totalVnd, int weightGrams, String carrier, String trackingCode,
      List<LineView> lines) {
    static ShopOrderView of(ShopOrder s) {
      return new ShopOrderView(s.id(), new ShopRef(s.shopId(), s.shopName()), s.status(),
          s.itemsTotalVnd(), s.shippingVnd(), s.totalVnd(), s.weightGrams(), s.carrier(),
          s.trackingCode(), s.lines().stream().map(LineView::of).toList());
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
   * lines (the sale, and its reversal if cancelled) once paid.
   */
  public record ShopOrderTask(long id, String orderNumber, Order.Status orderStatus,
      ShopOrder.Status status, Instant orderedAt, Instant paidAt, AddressView shipTo, String note,
      long itemsTotalVnd, long shippingVnd, long totalVnd, int weightGrams, String carrier,
      String trackingCode, List<LineView> lines, List<HistoryView> history,
      List<LedgerViews.EntryView> ledger) {
    static ShopOrderTask of(ShopOrder s, List<HistoryView> history,
        List<LedgerViews.EntryView> ledger) {
      Order o = s.order();
      return new ShopOrderTask(s.id(), o.number(), o.status(), s.status(), o.createdAt(),
          o.paidAt(), AddressView.of(o.destination()), o.note(), s.itemsTotalVnd(),
          s.shippingVnd(), s.totalVnd(), s.weightGrams(), s.carrier(), s.trackingCode(),
          s.lines().stream().map(LineView::of).toList(), history, ledger);
    }
  }

  /** POST /orders/{number}/payments: optionally another way to pay. */
  public record RetryPaymentRequest(PaymentMethod paymentMethod) {}
}
