package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class OrderFilterTest {

  @Test
  void statusesAreReadCommaSeparatedInAnyCase() {
    assertThat(OrderFilter.parse(null)).isEmpty();
    assertThat(OrderFilter.parse(" ")).isEmpty();
    assertThat(OrderFilter.parse("shipping")).containsExactly(OrderFilter.SHIPPING);
    assertThat(OrderFilter.parse("CANCELLED, completed")).containsExactly(OrderFilter.CANCELLED, OrderFilter.COMPLETED);
  }

  @Test
  void anUnknownStatusIsA400NamingTheParameter() {
    assertThatThrownBy(() -> OrderFilter.parse("PAID,SOMEDAY"))
        .isInstanceOfSatisfying(Problems.InvalidInputException.class,
            e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("status"));
  }

  @Test
  void theStagesOfAPaidOrderAskWhetherAPartHasLeftItsWorkshop() {
    assertThat(OrderFilter.SHIPPING.condition(0)).contains(" exists (").doesNotContain("not exists");
    assertThat(OrderFilter.PROCESSING.condition(1)).contains("not exists (").contains(":statuses1");
    assertThat(OrderFilter.CLOSED.statuses())
        .containsExactlyInAnyOrder(Order.Status.CANCELLED, Order.Status.EXPIRED, Order.Status.REFUNDED);
  }
}
