package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

  @Test
  void aConfigurationWithItsOwnSecretsMayTakeMoney() {
    assertThat(GatewaySettings.problems(false, "LANGNGHE", "a-real-secret-from-vnpay")).isEmpty();
  }

  @Test
  void missingSecretsAreNamed() {
    assertThat(GatewaySettings.problems(false, "", " "))
        .containsExactly("market.vnpay.tmn-code is not set", "market.vnpay.hash-secret is not set");
  }

  @Test
  void theDemoSecretOnlyServesTheSandbox() {
    assertThat(GatewaySettings.problems(true, "LANGNGHE", GatewaySettings.DEMO_VNPAY_SECRET)).isEmpty();
    assertThat(GatewaySettings.problems(false, "LANGNGHE", GatewaySettings.DEMO_VNPAY_SECRET))
        .containsExactly("market.vnpay.hash-secret is the demo run's published secret");
  }
}
