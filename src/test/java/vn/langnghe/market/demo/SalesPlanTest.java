package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
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
  void aThirdOrSoIsPaidOnDeliveryWhereCheckoutOffersItAndEveryCodEndingOccurs() {
    List<PlannedOrder> cod = plan.orders().stream().filter(PlannedOrder::cashOnDelivery).toList();
    assertThat((double) cod.size() / plan.orders().size()).as("COD share of the orders").isBetween(0.30, 0.40);
    Set<String> refusing = data.shops().stream().filter(s -> Boolean.FALSE.equals(s.request().acceptsCod()))
        .map(DemoData.DemoShop::ownerEmail).collect(Collectors.toSet());
    assertThat(refusing).as("shops that refuse COD").isNotEmpty();
    Map<String, Long> prices = data.products().stream().flatMap(p -> p.request().variants().stream())
        .collect(Collectors.toMap(VariantRequest::sku, VariantRequest::priceVnd));
    for (PlannedOrder order : cod) {
      assertThat(order.parts()).noneMatch(p -> refusing.contains(p.ownerEmail()));
      long goods = order.lines().stream().mapToLong(l -> prices.get(l.sku()) * l.quantity()).sum();
      assertThat(goods + 100_000L * order.parts().size()).as("goods and shipping")
          .isLessThanOrEqualTo(SalesPlan.COD_MAX_TOTAL_VND);
      assertThat(order.paid()).as("nothing is paid before delivery").isFalse();
    }
    // a COD order over the limit or from a refusing shop is paid in advance instead
    assertThat(plan.orders()).filteredOn(o -> !o.cashOnDelivery())
        .anyMatch(o -> o.parts().stream().anyMatch(p -> refusing.contains(p.ownerEmail())))
        .anyMatch(o -> o.lines().stream().mapToLong(l -> prices.get(l.sku()) * l.quantity()).sum()
            > SalesPlan.COD_MAX_TOTAL_VND);
    assertThat(SalesPlan.of(data, TODAY, 300_000).orders()).filteredOn(PlannedOrder::cashOnDelivery)
        .allMatch(o -> o.lines().stream().mapToLong(l -> prices.get(l.sku()) * l.quantity()).sum() <= 200_000);

    for (Fate fate : Fate.values()) {
      assertThat(plan.orders()).filteredOn(o -> o.fate() == fate)
          .allMatch(o -> fate.endsOrderPaidBy(o.method()), fate + " only where it can be");
    }
    Set<Fate> codEndings = Arrays.stream(Fate.values())
        .filter(f -> f.endsOrderPaidBy(PaymentMethod.COD)).collect(Collectors.toSet());
    assertThat(codEndings).containsExactlyInAnyOrder(Fate.FULFILLED, Fate.SHOP_CANCELS_PART,
        Fate.SHOPPER_CANCELS_COD, Fate.RETURNED);
    assertThat(cod.stream().map(PlannedOrder::fate).collect(Collectors.toSet())).isEqualTo(codEndings);
    List<PlannedPart> codParts = cod.stream().flatMap(o -> o.parts().stream()).toList();
    assertThat(codParts).as("remitted").anyMatch(p -> p.remitAt() != null)
        .as("brought back").anyMatch(p -> p.returnAt() != null)
        .as("cancelled by the shop").anyMatch(p -> p.cancelAt() != null);
    Instant today = TODAY.atStartOfDay(SalesPlan.VIETNAM).toInstant();
    assertThat(codParts).as("on its way today").anyMatch(p -> p.shipAt() != null && p.shipAt().isBefore(today)
            && p.deliverAt() != null && p.deliverAt().isAfter(today))
        .as("delivered, its cash not yet remitted today").anyMatch(p -> p.deliverAt() != null
            && p.deliverAt().isBefore(today) && p.remitAt().isAfter(today));
    assertThat(plan.orders().stream().filter(o -> !o.cashOnDelivery()).flatMap(o -> o.parts().stream()))
        .as("prepaid parts are neither remitted nor brought back")
        .allMatch(p -> p.remitAt() == null && p.returnAt() == null);
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
        case SHOPPER_CANCELS_COD -> assertThat(order.closeAt()).isAfter(order.placedAt());
        default -> assertThat(order.closeAt()).isNull();
      }
      if (order.paid()) {
        assertThat(order.paidAt()).isAfter(order.placedAt())
            .as("within the payment window").isBefore(order.placedAt().plus(Duration.ofMinutes(15)));
      }
      assertThat(order.cashOnDelivery() || order.paid() || order.parts().stream()
          .allMatch(p -> p.confirmAt() == null)).as("only paid or COD orders are fulfilled").isTrue();
      for (PlannedPart part : order.parts()) {
        if (part.confirmAt() != null) {
          assertThat(part.confirmAt()).isAfter(order.confirmedAt());
          assertThat(part.shipAt()).isAfter(part.confirmAt());
          assertThat(part.deliverAt() == null).as("delivered or brought back")
              .isNotEqualTo(part.returnAt() == null);
          if (part.deliverAt() != null) {
            assertThat(part.deliverAt()).isAfter(part.shipAt());
          } else {
            assertThat(order.fate()).isEqualTo(Fate.RETURNED);
            assertThat(part.returnAt()).isAfter(part.shipAt().plus(Duration.ofDays(1)));
          }
          if (order.cashOnDelivery() && part.deliverAt() != null) {
            assertThat(part.remitAt()).as("remitted a few working days after delivery")
                .isAfter(part.deliverAt().plus(Duration.ofDays(1)))
                .isBefore(part.deliverAt().plus(Duration.ofDays(9)));
            assertThat(part.remitAt().atZone(SalesPlan.VIETNAM).getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          }
        }
        if (part.cancelAt() != null) {
          assertThat(order.fate()).isEqualTo(Fate.SHOP_CANCELS_PART);
          assertThat(part.cancelAt()).isAfter(order.confirmedAt());
        }
      }
    }
  }
}
