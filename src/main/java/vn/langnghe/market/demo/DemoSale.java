package vn.langnghe.market.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.langnghe.market.demo.SalesPlan.PlannedOrder;
import vn.langnghe.market.demo.SalesPlan.PlannedPart;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.Checkout;
import vn.langnghe.market.ordering.CodStatements;
import vn.langnghe.market.ordering.Fulfilment;
import vn.langnghe.market.ordering.OrderMail;
import vn.langnghe.market.ordering.OrderViews.AddressRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutView;
import vn.langnghe.market.ordering.OrderViews.LineRequest;
import vn.langnghe.market.ordering.OrderViews.ShipRequest;
import vn.langnghe.market.ordering.OrderViews.ShopOrderView;
import vn.langnghe.market.ordering.Orders;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.platform.HistoryClock;

/**
 * One order of the demo's sales history, from checkout to its end, through the boundaries the
 * shopper, the payment sandbox, the shops and (for cash on delivery) the admin uploading a
 * carrier's COD statement use, each step at its own time in the past
 * ({@link HistoryClock}). Unlike real trade the whole life is one transaction: nothing of it is
 * visible until it is over, so the expiry sweep and payment reconciliation, which run on the real
 * time, never meet a back-dated order still awaiting its payment, and the mail drainer never
 * sees its notices.
 */
@ApplicationScoped
@Transactional
public class DemoSale {

  private static final String[] CARRIERS = {"GHN", "GHTK", "Viettel Post", "VNPost"};

  @PersistenceContext EntityManager em;
  @Inject Checkout checkout;
  @Inject Payments payments;
  @Inject Orders orders;
  @Inject Fulfilment fulfilment;
  @Inject OrderMail orderMail;
  @Inject CodStatements codStatements;

  /** Who takes part: the buyer, and each shop's owner by e-mail with their shop's id. */
  record Cast(Caller buyer, AddressRequest address, Map<String, Caller> artisans,
      Map<Long, String> ownerOfShop) {}

  /**
   * Steps planned after {@code now} are left for later: the order stays where it got to. Answers
   * the order's number.
   */
  public String replay(PlannedOrder plan, Cast cast, Instant now) {
    CheckoutRequest request = new CheckoutRequest(
        plan.lines().stream().map(l -> new LineRequest(l.sku(), l.quantity())).toList(),
        cast.address(), plan.method(), null, null);
    CheckoutView order = at(plan.placedAt(),
        () -> checkout.place(cast.buyer(), request, null, "127.0.0.1")).order();
    String number = order.orderNumber();

    List<Step> steps = new ArrayList<>();
    switch (plan.fate()) {
      case EXPIRES -> steps.add(new Step(plan.closeAt(), () -> orders.expireOverdue(1)));
      case SHOPPER_CANCELS_UNPAID -> steps.add(new Step(plan.closeAt(),
          () -> orders.cancel(cast.buyer(), number, "Đặt nhầm, tôi sẽ đặt lại")));
      default -> {
        if (!plan.cashOnDelivery()) {
          String reference = order.payment().reference();
          steps.add(new Step(plan.paidAt(),
              () -> payments.confirm(reference, order.totalVnd(), "SANDBOX-" + reference)));
        }
        if (plan.closeAt() != null) {
          steps.add(new Step(plan.closeAt(),
              () -> orders.cancel(cast.buyer(), number, "Tôi đổi ý, xin hủy đơn")));
        }
        for (ShopOrderView part : order.shopOrders()) {
          fulfilmentSteps(plan, cast, part, steps);
        }
        receiptStep(plan, cast, number, steps);
      }
    }
    steps.sort(Comparator.comparing(Step::at));
    for (Step step : steps) {
      if (step.at().isAfter(now)) {
        break;
      }
      at(step.at(), step.action());
    }
    // history is not news: thousands of months-old paid, shipped and cancelled e-mails would
    // flood the demo's mailbox, so they leave the outbox before any drainer can see them
    orderMail.forgetNotices(number);
    return number;
  }

  private void fulfilmentSteps(PlannedOrder plan, Cast cast, ShopOrderView part, List<Step> steps) {
    String owner = cast.ownerOfShop().get(part.shop().id());
    Caller artisan = cast.artisans().get(owner);
    PlannedPart planned = plan.parts().stream().filter(p -> p.ownerEmail().equals(owner))
        .findFirst().orElseThrow();
    long id = part.id();
    if (planned.cancelAt() != null) {
      steps.add(new Step(planned.cancelAt(),
          () -> fulfilment.cancel(artisan, id, "Hết hàng, xưởng xin lỗi quý khách")));
    }
    if (planned.confirmAt() != null) {
      steps.add(new Step(planned.confirmAt(), () -> fulfilment.confirm(artisan, id)));
      String carrier = CARRIERS[(int) (id % CARRIERS.length)];
      String tracking = String.format(Locale.ROOT, "%s%09d",
          carrier.substring(0, 2).toUpperCase(Locale.ROOT), id * 7919 % 1_000_000_000L);
      steps.add(new Step(planned.shipAt(),
          () -> fulfilment.ship(artisan, id, new ShipRequest(carrier, tracking))));
      if (planned.deliverAt() != null) {
        steps.add(new Step(planned.deliverAt(), () -> fulfilment.deliver(artisan, id)));
      }
      if (planned.returnAt() != null) {
        steps.add(new Step(planned.returnAt(), () -> fulfilment.returned(artisan, id,
            "Khách không nhận hàng, bưu tá đã hoàn về xưởng")));
      }
      if (planned.remitAt() != null) {
        long cod = part.codVnd();
        steps.add(new Step(planned.remitAt(), () -> remitted(carrier, tracking, cod, planned.remitAt())));
      }
    }
  }

  /**
   * The carrier's COD statement for the parcel, uploaded as an admin does for the carriers
   * shipped by hand: one line, the parcel's tracking code and the cash collected, dated the
   * remittance. It settles the part (ledger and sales facts on that day) or the seeding fails.
   */
  private CodStatements.Report remitted(String carrier, String tracking, long codVnd, Instant at) {
    String line = String.format(Locale.ROOT, "\"%s\",%s,%d,%s%n", carrier, tracking, codVnd,
        OffsetDateTime.ofInstant(at, SalesPlan.VIETNAM));
    CodStatements.Report report = codStatements.read(line.getBytes(StandardCharsets.UTF_8));
    if (report.settled() != 1) {
      throw new IllegalStateException("The COD remittance of " + tracking + " did not settle: "
          + report.results());
    }
    return report;
  }

  /**
   * Most shoppers press "Đã nhận hàng" within a day of the last parcel: the order completes then,
   * as it would for real trade, rather than when the completion job next looks.
   */
  private void receiptStep(PlannedOrder plan, Cast cast, String number, List<Step> steps) {
    if (plan.closeAt() != null || plan.parts().stream().allMatch(p -> p.deliverAt() == null)
        || plan.parts().stream().anyMatch(p -> p.deliverAt() == null && p.cancelAt() == null)) {
      return;
    }
    Instant lastMove = plan.parts().stream()
        .map(p -> p.deliverAt() != null ? p.deliverAt() : p.cancelAt())
        .max(Comparator.naturalOrder())
        .orElseThrow();
    steps.add(new Step(lastMove.plusSeconds(20 * 3600), () -> orders.received(cast.buyer(), number)));
  }

  private record Step(Instant at, Supplier<?> action) {}

  /**
   * Each step is written out and forgotten before the next, so the next reads the order from the
   * database as it would in a transaction of its own: the steps share one persistence context,
   * where a part's lines would otherwise stay in the order checkout built them rather than by id,
   * the order the sales facts' rebuild counts them in.
   */
  private <T> T at(Instant at, Supplier<T> step) {
    T result = HistoryClock.at(at, step);
    em.flush();
    em.clear();
    return result;
  }
}
