package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.PaymentMethod;

/** Cash on delivery's states and its once-only settlement, without a server. */
class CashOnDeliveryStatesTest {

  static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  static Order codOrder() {
    Order order = new Order("LN261207-COD001", 7, new Order.Destination("Hoa", "0912345678",
        "Số 5", "13093", "Xã Trà Giang", "33", "Tỉnh Hưng Yên"), null, PaymentMethod.COD, NOW, null);
    order.add(new ShopOrder(order, 1, "Bạc Đồng Xâm", List.of(
        new OrderLine.Sold(11, 101, "NB-16", "Nhẫn bạc", "", 1_250_000, 2, 50)), 15_000, NOW));
    return order;
  }

  @Test
  void aCodOrderIsConfirmedAtOnceAndItsPartsWaitForTheShopNotForMoney() {
    Order order = codOrder();
    ShopOrder part = order.shopOrders().get(0);
    assertThat(order.status()).isEqualTo(Order.Status.CASH_ON_DELIVERY);
    assertThat(order.isPaymentOverdue(NOW.plusSeconds(86_400))).as("it never expires").isFalse();
    assertThat(part.status()).isEqualTo(ShopOrder.Status.CASH_ON_DELIVERY);
    assertThat(part.codVnd()).isEqualTo(2_515_000);
    assertThatThrownBy(() -> order.moveTo(Order.Status.PAID, NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> order.moveTo(Order.Status.EXPIRED, NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThat(order.isCancellableByShopper()).isTrue();
    part.moveTo(ShopOrder.Status.CONFIRMED, NOW);
    part.moveTo(ShopOrder.Status.SHIPPED, NOW);
    assertThat(order.isCancellableByShopper()).as("on its way").isFalse();
    assertThat(ShopOrder.Status.SHIPPED.next()).containsExactlyInAnyOrder(
        ShopOrder.Status.DELIVERED, ShopOrder.Status.RETURNED);
    assertThat(ShopOrder.Status.RETURNED.next()).isEmpty();
  }

  @Test
  void aPartSettlesOnceAndOnlyAfterDelivery() {
    ShopOrder part = codOrder().shopOrders().get(0);
    part.moveTo(ShopOrder.Status.CONFIRMED, NOW);
    part.moveTo(ShopOrder.Status.SHIPPED, NOW);
    assertThatThrownBy(() -> part.settle(2_515_000, NOW)).isInstanceOf(IllegalStateException.class);
    part.moveTo(ShopOrder.Status.DELIVERED, NOW);
    part.settle(2_515_000, NOW);
    assertThat(part.settledAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> part.settle(2_515_000, NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aReturnedPartIsNoLongerLive() {
    ShopOrder part = codOrder().shopOrders().get(0);
    part.moveTo(ShopOrder.Status.CONFIRMED, NOW);
    part.moveTo(ShopOrder.Status.SHIPPED, NOW);
    part.moveTo(ShopOrder.Status.RETURNED, NOW);
    assertThat(part.isLive()).isFalse();
  }

  @Test
  void aPlacedCodOrderMailsTheBuyerWhatToPayAndTheShopWhatToCollect() {
    Order order = codOrder();
    StatusChange placed = new StatusChange(1, null, null, "CASH_ON_DELIVERY", StatusChange.Actor.SHOPPER,
        7L, "checkout", NOW);
    List<OrderNotice.Mail> mails = OrderNotice.compose(placed, order, null, "hoa@example.vn",
        java.util.Map.of(1L, "bac@example.vn"), "https://langnghe.vn");
    assertThat(mails).extracting(OrderNotice.Mail::to).containsExactly("hoa@example.vn", "bac@example.vn");
    assertThat(mails.get(0).body()).contains("trả tiền mặt cho người giao").contains("2.515.000 ₫");
    assertThat(mails.get(1).subject()).contains("thu tiền khi giao");
    assertThat(mails.get(1).body()).contains("Người giao thu của khách 2.515.000 ₫");
  }

  @Test
  void statementAmountsAndDatesAreReadInTheUsualVietnameseForms() {
    assertThat(CodStatements.amount("2.270.000")).isEqualTo(2_270_000);
    assertThat(CodStatements.amount("2,270,000")).isEqualTo(2_270_000);
    assertThat(CodStatements.amount("2 270 000 ₫")).isEqualTo(2_270_000);
    assertThat(CodStatements.amount("2270000 VND")).isEqualTo(2_270_000);
    assertThat(CodStatements.amount("Số tiền")).isNull();
    assertThat(CodStatements.amount("0")).isNull();
    assertThat(CodStatements.amount("-5")).isNull();
    assertThat(CodStatements.date("2026-12-07")).isEqualTo(Instant.parse("2026-12-06T17:00:00Z"));
    assertThat(CodStatements.date("07/12/2026")).isEqualTo(Instant.parse("2026-12-06T17:00:00Z"));
    assertThat(CodStatements.date("2026-12-07T09:30:00+07:00")).isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
    assertThat(CodStatements.date("hôm qua")).isNull();
    assertThat(CodStatements.date("31/02/2026")).isNull();
  }
}
