package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.PaymentMethod;

class OrderStateMachineTest {

  static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

  static Order order() {
    Order order = new Order("LN261126-TEST01", 7, new Order.Destination("Hoa", "0912345678",
        "Số 5", "13093", "Xã Trà Giang", "33", "Tỉnh Hưng Yên"), null, PaymentMethod.VNPAY, NOW,
        NOW.plusSeconds(900));
    order.add(new ShopOrder(order, 1, "Bạc Đồng Xâm", List.of(
        new OrderLine.Sold(11, 101, "NB-16", "Nhẫn bạc", "Cỡ: 16", 1_250_000, 2, 50)), 15_000, NOW));
    order.add(new ShopOrder(order, 2, "Đũi Nam Cao", List.of(
        new OrderLine.Sold(12, 102, "KD-1", "Khăn đũi", "", 680_000, 1, 200)), 22_000, NOW));
    return order;
  }

  /** Paid; both parts paid, the first confirmed by its shop. */
  static Order paidAndFirstPartConfirmed() {
    Order order = order();
    order.moveTo(Order.Status.PAID, NOW);
    order.shopOrders().forEach(part -> part.moveTo(ShopOrder.Status.PAID, NOW));
    order.shopOrders().get(0).moveTo(ShopOrder.Status.CONFIRMED, NOW);
    return order;
  }

  @Test
  void totalsAreTheSumOfThePartsInWholeDong() {
    Order order = order();
    assertThat(order.itemsTotalVnd()).isEqualTo(2 * 1_250_000 + 680_000);
    assertThat(order.shippingTotalVnd()).isEqualTo(37_000);
    assertThat(order.totalVnd()).isEqualTo(order.shopOrders().stream().mapToLong(ShopOrder::totalVnd).sum());
    assertThat(order.shopOrders().get(0).weightGrams()).isEqualTo(100);
  }

  @Test
  void anOrderMovesOnlyAlongItsStateMachine() {
    Order order = order();
    assertThat(order.moveTo(Order.Status.PAID, NOW)).isEqualTo(Order.Status.PENDING_PAYMENT);
    assertThat(order.paidAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> order.moveTo(Order.Status.EXPIRED, NOW))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("PAID");
    assertThatThrownBy(() -> order.moveTo(Order.Status.PAID, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    order.moveTo(Order.Status.COMPLETED, NOW);
    for (Order.Status any : Order.Status.values()) {
      assertThatThrownBy(() -> order.moveTo(any, NOW)).isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Test
  void theShopperMayCancelUntilAPartHasShipped() {
    assertThat(order().isCancellableByShopper()).as("unpaid").isTrue();
    Order order = paidAndFirstPartConfirmed();
    ShopOrder first = order.shopOrders().get(0);
    ShopOrder second = order.shopOrders().get(1);
    assertThat(order.isCancellableByShopper()).as("paid, confirmed").isTrue();
    second.moveTo(ShopOrder.Status.CANCELLED, NOW);
    first.ship("GHN", "GHN-1", NOW);
    assertThat(order.isCancellableByShopper()).as("a live part shipped").isFalse();
    order.moveTo(Order.Status.COMPLETED, NOW);
    assertThat(order.isCancellableByShopper()).isFalse();
  }

  @Test
  void theShopperMaySayReceivedOnceEveryLivePartHasLeftItsWorkshop() {
    assertThat(order().isReceivable(java.util.Collections.emptySet())).as("unpaid").isFalse();
    Order order = paidAndFirstPartConfirmed();
    ShopOrder first = order.shopOrders().get(0);
    ShopOrder second = order.shopOrders().get(1);
    assertThat(order.isReceivable(java.util.Collections.emptySet())).as("paid, nothing shipped").isFalse();
    first.ship("Viettel Post", "VTP-1", NOW);
    assertThat(order.isReceivable(java.util.Collections.emptySet())).as("one part still at its workshop").isFalse();
    second.moveTo(ShopOrder.Status.CANCELLED, NOW);
    assertThat(order.isReceivable(java.util.Collections.emptySet())).as("the other part cancelled: only the shipped one counts").isTrue();
    first.moveTo(ShopOrder.Status.DELIVERED, NOW);
    order.delivered(NOW);
    order.delivered(NOW.plusSeconds(60));
    assertThat(order.deliveredAt()).as("the first delivery moment stays").isEqualTo(NOW);
    assertThat(order.isReceivable(java.util.Collections.emptySet())).isTrue();
    order.moveTo(Order.Status.COMPLETED, NOW);
    assertThat(order.isReceivable(java.util.Collections.emptySet())).as("completed").isFalse();
  }

  @Test
  void aParcelGhnCarriesIsReceivedOnlyOnceGhnDeliveredIt() {
    Order order = paidAndFirstPartConfirmed();
    ShopOrder first = order.shopOrders().get(0);
    order.shopOrders().get(1).moveTo(ShopOrder.Status.CANCELLED, NOW);
    first.ship("GHN", "LK7F3QXA", NOW);
    // the parts booked through GHN's API, by id (this unsaved part's id is null)
    assertThat(order.isReceivable(java.util.Collections.singleton(first.id()))).as("on its way with GHN").isFalse();
    assertThat(order.isReceivable(java.util.Collections.emptySet())).as("the same carrier named by hand").isTrue();
    first.moveTo(ShopOrder.Status.DELIVERED, NOW);
    assertThat(order.isReceivable(java.util.Collections.singleton(first.id()))).as("GHN delivered it").isTrue();
  }

  @Test
  void onlyAnUnpaidOrderPastItsTimeIsOverdue() {
    Order order = order();
    assertThat(order.isPaymentOverdue(NOW.plusSeconds(899))).isFalse();
    assertThat(order.isPaymentOverdue(NOW.plusSeconds(900))).isTrue();
    order.moveTo(Order.Status.PAID, NOW);
    assertThat(order.isPaymentOverdue(NOW.plusSeconds(3600))).isFalse();
  }

  @Test
  void aShopsPartIsConfirmedShippedAndDeliveredInThatOrderAndCannotBeCancelledOnceShipped() {
    ShopOrder part = order().shopOrders().get(0);
    assertThatThrownBy(() -> part.moveTo(ShopOrder.Status.CONFIRMED, NOW))
        .as("not before payment").isInstanceOf(IllegalTransitionException.class);
    part.moveTo(ShopOrder.Status.PAID, NOW);
    assertThatThrownBy(() -> part.ship("Viettel Post", "VTP1", NOW)).isInstanceOf(IllegalTransitionException.class);
    part.moveTo(ShopOrder.Status.CONFIRMED, NOW);
    part.ship("Viettel Post", "VTP1", NOW);
    assertThat(part.trackingCode()).isEqualTo("VTP1");
    assertThatThrownBy(() -> part.moveTo(ShopOrder.Status.CANCELLED, NOW)).isInstanceOf(IllegalTransitionException.class);
    part.moveTo(ShopOrder.Status.DELIVERED, NOW);
    assertThat(part.status().next()).isEmpty();
  }
}
