package vn.langnghe.market.ordering;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.platform.Money;

/**
 * The e-mails one audited transition sends: to the buyer, and to the shop (or every shop) whose
 * part it concerns. Vietnamese first, English after; amounts as 1.250.000 ₫, times in Vietnam.
 */
final class OrderNotice {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  record Mail(String to, String subject, String body) {}

  private OrderNotice() {}

  /**
   * @param part the shop's part the change is about, or null for the whole order
   * @param shopEmails the owners' addresses of the order's shops, by shop id
   */
  static List<Mail> compose(StatusChange change, Order order, ShopOrder part, String buyerEmail,
      Map<Long, String> shopEmails, String siteUrl) {
    List<ShopOrder> parts = part == null ? order.shopOrders() : List.of(part);
    String number = order.number();
    String link = siteUrl + "/order.html?number=" + number;
    List<Mail> mails = new ArrayList<>();
    switch (change.toStatus()) {
      case "PAID" -> {
        mails.add(new Mail(buyerEmail,
            "[Làng Nghề] Đã nhận thanh toán đơn " + number + " / Payment received",
            "Cảm ơn bạn! Chúng tôi đã nhận " + Money.formatVnd(order.totalVnd())
                + " cho đơn " + number + " lúc " + WHEN.format(change.changedAt()) + ".\n"
                + "Các xưởng sẽ xác nhận và gửi hàng sớm.\n\n" + describe(parts) + address(order)
                + "\nTheo dõi đơn / Track your order: " + link + "\n\n"
                + "Thank you! We received the payment for order " + number + ".\n"));
        for (ShopOrder p : parts) {
          mails.add(new Mail(shopEmails.get(p.shopId()),
              "[Làng Nghề] Đơn mới " + number + " đã thanh toán / New paid order",
              "Xưởng " + p.shopName() + " có đơn mới đã thanh toán: " + number + ".\n"
                  + "Hãy xác nhận và chuẩn bị gửi hàng.\n\n" + describe(List.of(p)) + address(order)
                  + "\nA new paid order is waiting for your confirmation.\n"));
        }
      }
      case "CASH_ON_DELIVERY" -> {
        mails.add(new Mail(buyerEmail,
            "[Làng Nghề] Đã đặt đơn " + number + " (thanh toán khi nhận hàng) / Order placed, cash on delivery",
            "Cảm ơn bạn! Đơn " + number + " đã được đặt lúc " + WHEN.format(change.changedAt())
                + ". Bạn trả tiền mặt cho người giao khi nhận hàng: "
                + Money.formatVnd(order.totalVnd()) + " (mỗi xưởng gửi một kiện, trả theo từng kiện).\n\n"
                + describe(parts) + address(order)
                + "\nTheo dõi đơn / Track your order: " + link + "\n\n"
                + "Thank you! Order " + number + " is placed; you pay the courier in cash on delivery.\n"));
        for (ShopOrder p : parts) {
          mails.add(new Mail(shopEmails.get(p.shopId()),
              "[Làng Nghề] Đơn mới " + number + " thu tiền khi giao / New cash-on-delivery order",
              "Xưởng " + p.shopName() + " có đơn mới thanh toán khi nhận hàng: " + number + ".\n"
                  + "Người giao thu của khách " + Money.formatVnd(p.totalVnd())
                  + ". Hãy xác nhận và chuẩn bị gửi hàng.\n\n" + describe(List.of(p)) + address(order)
                  + "\nA new cash-on-delivery order is waiting for your confirmation.\n"));
        }
      }
      case "SHIPPED" -> {
        String tracking = parts.get(0).carrier() + " " + parts.get(0).trackingCode();
        String body = "Phần đơn " + number + " của xưởng " + parts.get(0).shopName()
            + " đã được gửi đi: " + tracking + ".\n\n" + describe(parts) + address(order)
            + "\nTheo dõi đơn / Track your order: " + link + "\n\n"
            + "Your parcel is on its way (" + tracking + ").\n";
        mails.add(new Mail(buyerEmail, "[Làng Nghề] Đơn " + number + " đã gửi đi / Shipped", body));
        mails.add(new Mail(shopEmails.get(parts.get(0).shopId()),
            "[Làng Nghề] Bạn đã gửi đơn " + number + " / Shipped", body));
      }
      case "CANCELLED" -> {
        String reason = change.reason() == null ? "" : "Lý do / Reason: " + change.reason() + "\n";
        String body = (part == null ? "Đơn " + number + " đã bị huỷ.\n"
                : "Phần đơn " + number + " của xưởng " + part.shopName() + " đã bị huỷ.\n")
            + reason + (order.paidAt() != null
                ? "Số tiền đã thanh toán cho phần bị huỷ sẽ được hoàn lại.\n" : "")
            + "\n" + describe(parts) + "\n"
            + (part == null ? "Order " + number + " was cancelled.\n"
                : "One shop's part of order " + number + " was cancelled.\n")
            + (order.paidAt() != null ? "The money paid for it will be refunded.\n" : "");
        mails.add(new Mail(buyerEmail, "[Làng Nghề] Đơn " + number + " đã huỷ / Cancelled", body));
        for (ShopOrder p : parts) {
          mails.add(new Mail(shopEmails.get(p.shopId()),
              "[Làng Nghề] Đơn " + number + " đã huỷ / Cancelled", body));
        }
      }
      default -> { }
    }
    return mails.stream().filter(m -> m.to() != null).toList();
  }

  private static String describe(List<ShopOrder> parts) {
    StringBuilder text = new StringBuilder();
    for (ShopOrder p : parts) {
      text.append(p.shopName()).append('\n');
      for (OrderLine line : p.lines()) {
        text.append("  ").append(line.quantity()).append(" × ").append(line.title());
        if (!line.optionsText().isEmpty()) {
          text.append(" (").append(line.optionsText()).append(')');
        }
        text.append(": ").append(Money.formatVnd(line.lineTotalVnd())).append('\n');
      }
      text.append("  Phí vận chuyển / Shipping: ").append(Money.formatVnd(p.shippingVnd())).append('\n');
      text.append("  Cộng / Total: ").append(Money.formatVnd(p.totalVnd())).append('\n');
    }
    return text.toString();
  }

  private static String address(Order order) {
    Order.Destination to = order.destination();
    return "Giao đến / Ship to: " + to.recipientName() + ", " + to.phone() + ", " + to.addressLine()
        + ", " + to.communeName() + ", " + to.provinceName() + "\n";
  }
}
