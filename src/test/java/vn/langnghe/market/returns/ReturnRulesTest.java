package vn.langnghe.market.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.reporting.SalesFacts;

/** The rules of a return's steps that need no server: deadlines, refunded amounts, facts, limits. */
class ReturnRulesTest {

  static final Instant ASKED = Instant.parse("2026-12-01T03:00:00Z");
  static final Duration ANSWER = Duration.ofHours(48);

  static ReturnRequest asked(ReturnRequest.Reason reason) {
    return new ReturnRequest(1, "LN1", 2, 3, 4, "VNPAY", reason, "móp", Set.of(), ASKED, ANSWER);
  }

  @Test
  void theShopAnswersOnlyBeforeItsDeadline() {
    ReturnRequest r = asked(ReturnRequest.Reason.DAMAGED);
    r.answerable(ASKED.plus(ANSWER).minusSeconds(1));
    assertThatThrownBy(() -> r.answerable(ASKED.plus(ANSWER)))
        .isInstanceOf(Problems.ConflictException.class);
  }

  @Test
  void aRefusalIsEscalatedOnlyWithinTheEscalationWindow() {
    ReturnRequest late = asked(ReturnRequest.Reason.DAMAGED);
    late.refuse("đúng mô tả", ASKED.plusSeconds(60), Duration.ofDays(7));
    assertThatThrownBy(() -> late.escalate("không", ASKED.plusSeconds(60).plus(Duration.ofDays(7)), Duration.ofDays(5)))
        .isInstanceOf(ReturnStepException.class);
    ReturnRequest inTime = asked(ReturnRequest.Reason.DAMAGED);
    inTime.refuse("đúng mô tả", ASKED.plusSeconds(60), Duration.ofDays(7));
    inTime.escalate("không", ASKED.plus(Duration.ofDays(6)), Duration.ofDays(5));
    assertThat(inTime.status()).isEqualTo(ReturnRequest.Status.ESCALATED);
  }

  @Test
  void anAcceptedReturnLapsesWhenNothingComesBack() {
    ReturnRequest r = asked(ReturnRequest.Reason.DAMAGED);
    r.accept(ASKED.plusSeconds(60), Duration.ofDays(14));
    r.close(ASKED.plus(Duration.ofDays(15)));
    assertThat(r.status()).isEqualTo(ReturnRequest.Status.CLOSED);
    assertThat(r.dueAt()).isNull();
  }

  @Test
  void aCappedRefundRecordsWhatWasActuallyPaidBack() {
    ReturnRequest r = asked(ReturnRequest.Reason.DAMAGED);
    r.add(new ReturnLine(r, 10, 20, 30, "SKU", "Khay", 2, 450_000));
    r.accept(ASKED.plusSeconds(60), Duration.ofDays(14));
    r.refunded(7L, 600_000, ASKED.plusSeconds(120));
    assertThat(r.amountVnd()).isEqualTo(900_000);
    assertThat(r.refundedVnd()).isEqualTo(600_000);
  }

  @Test
  void refundedGoodsAreSplitOverTheLinesInProportion() {
    ReturnRequest r = asked(ReturnRequest.Reason.NOT_RECEIVED);
    List<ReturnLine> lines = List.of(new ReturnLine(r, 10, 20, 31, "A", "Nhẫn", 1, 1_250_000),
        new ReturnLine(r, 11, 21, 32, "B", "Khay", 2, 450_000));
    assertThat(Returns.factLines(lines, 2_150_000)).containsExactly(
        new SalesFacts.Line(31, 1, 1_250_000), new SalesFacts.Line(32, 2, 900_000));
    List<SalesFacts.Line> half = Returns.factLines(lines, 1_075_001);
    assertThat(half.get(0)).isEqualTo(new SalesFacts.Line(31, 1, 625_000));
    assertThat(half.stream().mapToLong(SalesFacts.Line::lineTotalVnd).sum()).isEqualTo(1_075_001);
  }

  @Test
  void theBuyersWritingStepsAreRateLimited() {
    for (Class<?> resource : List.of(BuyerReturnsResource.class, ReturnsResource.class)) {
      for (Method m : resource.getDeclaredMethods()) {
        if (m.isAnnotationPresent(POST.class)) {
          assertThat(m.isAnnotationPresent(RateLimited.class)).as(resource.getSimpleName() + "." + m.getName())
              .isTrue();
        }
      }
    }
    assertThat(Arrays.stream(ReturnsResource.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(POST.class)))
        .hasSize(4);
  }

  @Test
  void aRefusalFitsItsColumn() {
    assertThat(Returns.text("reason", "x".repeat(1000), true, Returns.REFUSAL_MAX)).hasSize(1000);
    assertThatThrownBy(() -> Returns.text("reason", "x".repeat(1001), true, Returns.REFUSAL_MAX))
        .isInstanceOf(Problems.InvalidInputException.class);
  }
}
