package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderNoticeTest {

  static final Map<Long, String> SHOPS = Map.of(1L, "bac@example.vn", 2L, "dui@example.vn");

  @Test
  void aPaidOrderMailsTheBuyerAndEveryShopWithAmountsInDong() {
    Order order = OrderStateMachineTest.order();
    StatusChange paid = new StatusChange(1, null, "PENDING_PAYMENT", "PAID",
        StatusChange.Actor.PAYMENT, null, "payment received", OrderStateMachineTest.NOW);
    List<OrderNotice.Mail> mails = OrderNotice.compose(paid, order, null, "hoa@example.vn", SHOPS,
        "https://langnghe.vn");
    assertThat(mails).extracting(OrderNotice.Mail::to)
        .containsExactly("hoa@example.vn", "bac@example.vn", "dui@example.vn");
    OrderNotice.Mail buyer = mails.get(0);
    assertThat(buyer.body()).contains("3.217.000 ₫").contains("2 × Nhẫn bạc (Cỡ: 16): 2.500.000 ₫")
        .contains("15:00 26/11/2026").contains("https://langnghe.vn/order.html?number=LN261126-TEST01");
    assertThat(mails.get(2).body()).contains("Khăn đũi").doesNotContain("Nhẫn bạc");
  }

  @Test
  void aShippedPartMailsTheBuyerAndThatShopOnlyWithTheTrackingCode() {
    Order order = OrderStateMachineTest.order();
    ShopOrder part = order.shopOrders().get(1);
    part.moveTo(ShopOrder.Status.PAID, OrderStateMachineTest.NOW);
    part.moveTo(ShopOrder.Status.CONFIRMED, OrderStateMachineTest.NOW);
    part.ship("GHN", "GHN-778899", OrderStateMachineTest.NOW);
    StatusChange shipped = new StatusChange(1, 5L, "CONFIRMED", "SHIPPED", StatusChange.Actor.SHOP,
        9L, "GHN GHN-778899", OrderStateMachineTest.NOW);
    List<OrderNotice.Mail> mails = OrderNotice.compose(shipped, order, part, "hoa@example.vn", SHOPS, "");
    assertThat(mails).extracting(OrderNotice.Mail::to).containsExactly("hoa@example.vn", "dui@example.vn");
    assertThat(mails.get(0).body()).contains("GHN-778899").contains("Đũi Nam Cao");
  }

  @Test
  void statusesNobodyIsToldAboutSendNothing() {
    StatusChange confirmed = new StatusChange(1, 5L, "PAID", "CONFIRMED", StatusChange.Actor.SHOP,
        9L, null, OrderStateMachineTest.NOW);
    assertThat(OrderNotice.compose(confirmed, OrderStateMachineTest.order(), null, "a@b.vn", SHOPS, ""))
        .isEmpty();
  }
}
