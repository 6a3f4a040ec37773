package vn.langnghe.market.payment.vnpay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.PaymentCallbacks;
import vn.langnghe.market.payment.PaymentEvent;
import vn.langnghe.market.payment.PaymentGateway;

/** What VNPay hears for each result: "already confirmed" only where the same money paid before. */
class VnpayIpnAnswerTest {

  static VnpayIpnAnswer answer(PaymentEvent.Result result, boolean duplicate) {
    PaymentGateway.Check paid = new PaymentGateway.Check(PaymentGateway.Verification.VALID, null,
        "LN261207-ABCDEFGH-1", 300_000L, PaymentGateway.Outcome.PAID, "14000001", "test");
    return VnpayResource.answerFor(new PaymentCallbacks.Handled(paid, result, duplicate));
  }

  @Test
  void aHeldMismatchIsInvalidAmountEveryTimeVnpaySendsIt() {
    assertThat(answer(PaymentEvent.Result.REVIEW, false)).isEqualTo(VnpayIpnAnswer.INVALID_AMOUNT);
    assertThat(answer(PaymentEvent.Result.REVIEW, true)).isEqualTo(VnpayIpnAnswer.INVALID_AMOUNT);
  }

  @Test
  void aSecondPaymentHeldForReviewIsConfirmedAsRecorded() {
    assertThat(answer(PaymentEvent.Result.SURPLUS, false)).isEqualTo(VnpayIpnAnswer.CONFIRM_SUCCESS);
  }

  @Test
  void alreadyConfirmedOnlyForMoneyThatPaidBefore() {
    assertThat(answer(PaymentEvent.Result.PAID, false)).isEqualTo(VnpayIpnAnswer.CONFIRM_SUCCESS);
    assertThat(answer(PaymentEvent.Result.PAID, true)).isEqualTo(VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED);
    assertThat(answer(PaymentEvent.Result.ALREADY_SETTLED, false)).isEqualTo(VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED);
    assertThat(answer(PaymentEvent.Result.ATTEMPT_FAILED, true)).isEqualTo(VnpayIpnAnswer.CONFIRM_SUCCESS);
  }
}
