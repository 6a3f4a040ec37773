package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.vietqr.VietQrTransfer;

/** A VietQR transfer finds its payment by reading the memo back, which relies on our order numbers' shape. */
class OrderNumberMemoTest {

  @Test
  void everyOrderNumbersTransferMemoLeadsBackToItsPayment() {
    Instant now = Instant.now();
    for (int i = 0; i < 500; i++) {
      String reference = Checkout.newNumber(now) + "-" + (1 + i % 12);
      String memo = VietQrTransfer.memoFor(reference);
      assertThat(VietQrTransfer.referenceIn("MBVCB.99." + memo + ".CT tu 0123 NGUYEN VAN A"))
          .as(reference).contains(reference);
    }
  }
}
