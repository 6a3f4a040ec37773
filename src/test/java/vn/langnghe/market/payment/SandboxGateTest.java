package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class SandboxGateTest {

  @Test
  void outsideTheSandboxTheSimulatorsAreNotThere() {
    SandboxGate gate = new SandboxGate();
    gate.sandbox = false;
    assertThatThrownBy(() -> gate.filter(null)).isInstanceOf(Problems.NotFoundException.class);
  }

  @Test
  void inTheSandboxTheyAnswer() {
    SandboxGate gate = new SandboxGate();
    gate.sandbox = true;
    assertThatCode(() -> gate.filter(null)).doesNotThrowAnyException();
  }

  @Test
  void everySimulatorEndpointIsBehindTheGate() {
    for (Class<?> resource : new Class<?>[] {PaymentSandboxResource.class,
        vn.langnghe.market.payment.sandbox.VnpaySimulatorResource.class,
        vn.langnghe.market.payment.sandbox.StripeSimulatorResource.class,
        vn.langnghe.market.payment.sandbox.BankTransferSimulatorResource.class}) {
      org.assertj.core.api.Assertions.assertThat(resource.isAnnotationPresent(SandboxOnly.class))
          .as(resource.getSimpleName()).isTrue();
    }
  }
}
