package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.GatewaySettings.Settings;

class GatewaySettingsTest {

  static Settings production(String vnpaySecret, String bin, String account, String name, String bankSecret) {
    return new Settings(false, "LANGNGHE", vnpaySecret, bin, account, name, bankSecret);
  }

  @Test
  void aFullyConfiguredMarketplaceMayTakeMoney() {
    assertThat(GatewaySettings.problems(production("realvnpaysecret", "970436", "0011001234567",
        "CONG TY LANG NGHE", "realbanksecret"))).isEmpty();
  }

  @Test
  void everyVietQrSettingIsRequired() {
    assertThat(GatewaySettings.problems(production("realvnpaysecret", "", "", "", "")))
        .containsExactly("market.vietqr.bank-bin is not a 6-digit NAPAS bank BIN",
            "market.vietqr.account-number is not 1 to 19 digits",
            "market.vietqr.account-name is not set",
            "market.vietqr.webhook-secret is not set");
    assertThat(GatewaySettings.problems(production("realvnpaysecret", "97043", "0011-0012",
        "X", "realbanksecret"))).hasSize(2);
  }

  @Test
  void theDemoSecretsAreRefusedOutsideTheSandbox() {
    Settings demo = production(GatewaySettings.DEMO_VNPAY_SECRET, "970436", "0011001234567",
        "LANGNGHEMARKET", GatewaySettings.DEMO_VIETQR_SECRET);
    assertThat(GatewaySettings.problems(demo)).containsExactly(
        "market.vnpay.hash-secret is the demo run's published secret",
        "market.vietqr.webhook-secret is the demo run's published secret");
    Settings sandbox = new Settings(true, demo.vnpayTmnCode(), demo.vnpayHashSecret(),
        demo.vietqrBankBin(), demo.vietqrAccountNumber(), demo.vietqrAccountName(),
        demo.vietqrWebhookSecret());
    assertThat(GatewaySettings.problems(sandbox)).isEmpty();
  }

  @Test
  void vnpayIsStillRequired() {
    assertThat(GatewaySettings.problems(new Settings(false, "", "", "970436", "1", "N", "s")))
        .containsExactly("market.vnpay.tmn-code is not set", "market.vnpay.hash-secret is not set");
  }
}
