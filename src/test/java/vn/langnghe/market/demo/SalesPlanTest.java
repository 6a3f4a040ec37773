package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.demo.DemoData.DemoProduct;
import vn.langnghe.market.demo.SalesPlan.Fate;
import vn.langnghe.market.demo.SalesPlan.PlannedLine;
import vn.langnghe.market.demo.SalesPlan.PlannedOrder;
import vn.langnghe.market.demo.SalesPlan.PlannedPart;
import vn.langnghe.market.payment.PaymentMethod;

class SalesPlanTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static DemoData data;
  static SalesPlan plan;

  @BeforeAll
  static void draw() {
    data = DemoData.generate();
    plan = SalesPlan.of(data, TODAY);
  }

  @Test
  void sixMonthsOfSomeHundredsOfOrdersEndingYesterday() {
    assertThat(plan.orders()).hasSizeBetween(600, 2_000);
    assertThat(plan.from()).isEqualTo(TODAY.minusMonths(6));
    assertThat(plan.to()).isEqualTo(TODAY.minusDays(1));
    Instant start = plan.from().atStartOfDay(SalesPlan.VIETNAM).toInstant();
    Instant end = TODAY.atStartOfDay(SalesPlan.VIETNAM).toInstant();
    assertThat(plan.orders()).allSatisfy(o -> assertThat(o.placedAt()).isBetween(start, end.minusNanos(1)));
    Set<YearMonth> months = plan.orders().stream()
        .map(o -> YearMonth.from(o.placedAt().atZone(SalesPlan.VIETNAM)))
        .collect(Collectors.toSet());
    assertThat(months).hasSize(7);
    long days = plan.orders().stream().map(o -> o.placedAt().atZone(SalesPlan.VIETNAM).toLocalDate())
        .distinct().count();
    assertThat(days).as("days with orders").isGreaterThan(170);
  }

  @Test
  void theShopsOpenedBeforeTheirFirstSale() {
    Instant now = TODAY.atTime(8, 0).atZone(SalesPlan.VIETNAM).toInstant();
    assertThat(SalesPlan.opening(now)).isBefore(plan.orders().get(0).placedAt())
        .isAfter(plan.from().minusMonths(1).atStartOfDay(SalesPlan.VIETNAM).toInstant());
  }

  @Test
  void theSamePlanOnEveryDraw() {
    assertThat(SalesPlan.of(DemoData.generate(), TODAY)).isEqualTo(plan);
  }

  @Test
  void everyShopMethodAndEndingOccurs() {
    Set<String> sellers = plan.orders().stream().flatMap(o -> o.parts().stream())
        .map(PlannedPart::ownerEmail).collect(Collectors.toSet());
    Set<String> approved = data.shops().stream().filter(DemoData.DemoShop::approved)
        .map(DemoData.DemoShop::ownerEmail).collect(Collectors.toSet());
    assertThat(sellers).isEqualTo(approved);
    Map<PaymentMethod, Long> methods = plan.orders().stream()
        .collect(Collectors.groupingBy(PlannedOrder::method, Collectors.counting()));
    assertThat(methods.keySet()).containsExactlyInAnyOrder(PaymentMethod.values());
    Map<Fate, Long> fates = plan.orders().stream()
        .collect(Collectors.groupingBy(PlannedOrder::fate, Collectors.counting()));
    assertThat(fates.keySet()).containsExactlyInAnyOrder(Fate.values());
    assertThat(fates.get(Fate.FULFILLED)).isGreaterThan(plan.orders().size() * 3L / 4);
    assertThat(plan.orders().stream().filter(o -> o.parts().size() > 1).count())
        .as("orders from two shops").isGreaterThan(50);
  }

  @Test
  void onlyPiecesOnSaleAndInStockAreSoldEachOnceAnOrder() {
    Map<String, VariantRequest> onSale = data.products().stream().filter(DemoProduct::active)
        .flatMap(p -> p.request().variants().stream())
        .collect(Collectors.toMap(VariantRequest::sku, Function.identity()));
    for (PlannedOrder order : plan.orders()) {
      List<String> skus = order.lines().stream().map(PlannedLine::sku).toList();
      assertThat(new HashSet<>(skus)).as("SKUs of one order").hasSameSizeAs(skus);
      for (PlannedLine line : order.lines()) {
        assertThat(onSale).containsKey(line.sku());
        assertThat(onSale.get(line.sku()).onHand()).as(line.sku() + " in stock").isPositive();
        assertThat(line.quantity()).isBetween(1, 4);
      }
    }
  }

  @Test
  void stepsFollowEachOtherAndOnlyPaidOrdersAreFulfilled() {
    for (PlannedOrder order : plan.orders()) {
      switch (order.fate()) {
        case EXPIRES, SHOPPER_CANCELS_UNPAID -> {
          assertThat(order.paidAt()).isNull();
          assertThat(order.closeAt()).isAfter(order.placedAt());
        }
        case SHOPPER_CANCELS_PAID -> assertThat(order.closeAt()).isAfter(order.paidAt());
        default -> assertThat(order.closeAt()).isNull();
      }
      if (order.paid()) {
        assertThat(order.paidAt()).isAfter(order.placedAt())
            .as("within the payment window").isBefore(order.placedAt().plus(Duration.ofMinutes(15)));
      }
      for (PlannedPart part : order.parts()) {
        if (part.confirmAt() != null) {
          assertThat(part.confirmAt()).isAfter(order.paidAt());
          assertThat(part.shipAt()).isAfter(part.confirmAt());
          assertThat(part.deliverAt()).isAfter(part.shipAt());
        }
        if (part.cancelAt() != null) {
          assertThat(order.fate()).isEqualTo(Fate.SHOP_CANCELS_PART);
          assertThat(part.cancelAt()).isAfter(order.paidAt());
        }
      }
    }
  }
}
