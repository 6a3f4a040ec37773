package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.payment.GatewaySettings.Settings;

class GatewaySettingsTest {

  static final String SK = "sk_live_51Dongxam";
  static final List<String> WHSEC = List.of("whsec_live_dongxam");

  static Settings production(String vnpaySecret, String bin, String account, String name, String bankSecret) {
    return new Settings(false, "LANGNGHE", vnpaySecret, bin, account, name, bankSecret, SK, WHSEC);
  }

  /** VNPay and VietQR as production has them; the Stripe settings as given. */
  static Settings stripe(boolean sandbox, String secretKey, List<String> webhookSecrets) {
    return new Settings(sandbox, "LANGNGHE", "realvnpaysecret", "970436", "0011001234567",
        "CONG TY LANG NGHE", "realbanksecret", secretKey, webhookSecrets);
  }

  @Test
  void aFullyConfiguredMarketplaceMayTakeMoney() {
    assertThat(GatewaySettings.problems(production("realvnpaysecret", "970436", "0011001234567",
        "CONG TY LANG NGHE", "realbanksecret"))).isEmpty();
    assertThat(GatewaySettings.problems(stripe(false, "rk_live_restricted", List.of("whsec_new", "whsec_old"))))
        .isEmpty();
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
    Settings demo = new Settings(false, "LANGNGHE", GatewaySettings.DEMO_VNPAY_SECRET, "970436",
        "0011001234567", "LANGNGHEMARKET", GatewaySettings.DEMO_VIETQR_SECRET,
        GatewaySettings.DEMO_STRIPE_SECRET_KEY, List.copyOf(GatewaySettings.DEMO_STRIPE_WEBHOOK_SECRETS));
    assertThat(GatewaySettings.problems(demo)).containsExactly(
        "market.vnpay.hash-secret is the demo run's published secret",
        "market.vietqr.webhook-secret is the demo run's published secret",
        "market.stripe.secret-key is the demo run's published key",
        "market.stripe.webhook-secrets holds the demo run's published secret",
        "market.stripe.webhook-secrets holds the demo run's published secret");
    Settings sandbox = new Settings(true, demo.vnpayTmnCode(), demo.vnpayHashSecret(),
        demo.vietqrBankBin(), demo.vietqrAccountNumber(), demo.vietqrAccountName(),
        demo.vietqrWebhookSecret(), demo.stripeSecretKey(), demo.stripeWebhookSecrets());
    assertThat(GatewaySettings.problems(sandbox)).isEmpty();
  }

  @Test
  void vnpayIsStillRequired() {
    assertThat(GatewaySettings.problems(new Settings(false, "", "", "970436", "1", "N", "s", SK, WHSEC)))
        .containsExactly("market.vnpay.tmn-code is not set", "market.vnpay.hash-secret is not set");
  }

  @Test
  void stripeNeedsItsSecretKeyAndAWebhookSecret() {
    assertThat(GatewaySettings.problems(stripe(false, "", List.of()))).containsExactly(
        "market.stripe.secret-key is not set", "market.stripe.webhook-secrets is not set");
    assertThat(GatewaySettings.problems(stripe(false, SK, List.of(" ", ""))))
        .containsExactly("market.stripe.webhook-secrets is not set");
  }

  @Test
  void stripeKeysOfTheWrongKindAreRefused() {
    assertThat(GatewaySettings.problems(stripe(true, "pk_test_publishable", WHSEC)))
        .containsExactly("market.stripe.secret-key is not a secret key (sk_... or rk_...)");
    assertThat(GatewaySettings.problems(stripe(true, SK, List.of("dongxam"))))
        .containsExactly("market.stripe.webhook-secrets holds a value that is not a whsec_... secret");
  }
}
