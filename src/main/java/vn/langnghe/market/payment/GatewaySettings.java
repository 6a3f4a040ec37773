package vn.langnghe.market.payment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;

/**
 * Refuses to start a marketplace whose gateways cannot be trusted: a secret missing, or the demo
 * run's published secret outside the sandbox. Failing at start is better than taking orders that
 * can never be paid, or accepting callbacks anyone could sign.
 */
@ApplicationScoped
public class GatewaySettings {

  /** Printed in the README for the demo run; never good enough for real money. */
  static final String DEMO_VNPAY_SECRET = "LANGNGHEDEMOSECRET2026";
  /** The demo bank's webhook key, published likewise. */
  static final String DEMO_VIETQR_SECRET = "LANGNGHEDEMOBANK2026";
  /** The demo run's and the tests' Stripe key, published like the VNPay secret. */
  static final String DEMO_STRIPE_SECRET_KEY = "sk_test_langnghe_demo_2026";
  /** The demo run's webhook secret, and the one the tests rotate out. */
  static final Set<String> DEMO_STRIPE_WEBHOOK_SECRETS =
      Set.of("whsec_langnghe_demo_2026", "whsec_langnghe_demo_2025");

  @Inject @ConfigProperty(name = "market.payments.sandbox") boolean sandbox;
  @Inject @ConfigProperty(name = "market.vnpay.tmn-code") Optional<String> vnpayTmnCode;
  @Inject @ConfigProperty(name = "market.vnpay.hash-secret") Optional<String> vnpayHashSecret;
  @Inject @ConfigProperty(name = "market.vietqr.bank-bin") Optional<String> vietqrBankBin;
  @Inject @ConfigProperty(name = "market.vietqr.account-number") Optional<String> vietqrAccountNumber;
  @Inject @ConfigProperty(name = "market.vietqr.account-name") Optional<String> vietqrAccountName;
  @Inject @ConfigProperty(name = "market.vietqr.webhook-secret") Optional<String> vietqrWebhookSecret;
  @Inject @ConfigProperty(name = "market.stripe.secret-key") Optional<String> stripeSecretKey;
  @Inject @ConfigProperty(name = "market.stripe.webhook-secrets") Optional<List<String>> stripeWebhookSecrets;

  /** The settings {@link #problems} judges; a blank string where one is not set. */
  record Settings(boolean sandbox, String vnpayTmnCode, String vnpayHashSecret, String vietqrBankBin,
      String vietqrAccountNumber, String vietqrAccountName, String vietqrWebhookSecret,
      String stripeSecretKey, List<String> stripeWebhookSecrets) {}

  void check(@Observes @Priority(DatabaseMigration.SCHEMA_READY - 50) Startup startup) {
    List<String> problems = problems(new Settings(sandbox, vnpayTmnCode.orElse(""),
        vnpayHashSecret.orElse(""), vietqrBankBin.orElse(""), vietqrAccountNumber.orElse(""),
        vietqrAccountName.orElse(""), vietqrWebhookSecret.orElse(""), stripeSecretKey.orElse(""),
        stripeWebhookSecrets.orElse(List.of())));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Payment gateways are not configured: " + String.join("; ", problems));
    }
  }

  /** What is wrong with a configuration; empty when it may take money. */
  static List<String> problems(Settings s) {
    List<String> problems = new ArrayList<>();
    required(problems, "market.vnpay.tmn-code", s.vnpayTmnCode());
    secret(problems, "market.vnpay.hash-secret", s.vnpayHashSecret(), DEMO_VNPAY_SECRET, s.sandbox());
    if (!s.vietqrBankBin().matches("[0-9]{6}")) {
      problems.add("market.vietqr.bank-bin is not a 6-digit NAPAS bank BIN");
    }
    if (!s.vietqrAccountNumber().matches("[0-9]{1,19}")) {
      problems.add("market.vietqr.account-number is not 1 to 19 digits");
    }
    required(problems, "market.vietqr.account-name", s.vietqrAccountName());
    secret(problems, "market.vietqr.webhook-secret", s.vietqrWebhookSecret(), DEMO_VIETQR_SECRET, s.sandbox());
    stripe(problems, s);
    return problems;
  }

  private static void stripe(List<String> problems, Settings s) {
    String key = s.stripeSecretKey();
    if (key.isBlank()) {
      problems.add("market.stripe.secret-key is not set");
    } else if (!key.startsWith("sk_") && !key.startsWith("rk_")) {
      // a publishable key (pk_) here would fail every call, and it is not a secret anyway
      problems.add("market.stripe.secret-key is not a secret key (sk_... or rk_...)");
    } else if (!s.sandbox() && key.equals(DEMO_STRIPE_SECRET_KEY)) {
      problems.add("market.stripe.secret-key is the demo run's published key");
    }
    List<String> secrets = s.stripeWebhookSecrets().stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
    if (secrets.isEmpty()) {
      problems.add("market.stripe.webhook-secrets is not set");
    }
    for (String secret : secrets) {
      if (!secret.startsWith("whsec_") || secret.length() <= "whsec_".length()) {
        problems.add("market.stripe.webhook-secrets holds a value that is not a whsec_... secret");
      } else if (!s.sandbox() && DEMO_STRIPE_WEBHOOK_SECRETS.contains(secret)) {
        problems.add("market.stripe.webhook-secrets holds the demo run's published secret");
      }
    }
  }

  private static void required(List<String> problems, String name, String value) {
    if (value.isBlank()) {
      problems.add(name + " is not set");
    }
  }

  private static void secret(List<String> problems, String name, String value, String demo,
      boolean sandbox) {
    if (value.isBlank()) {
      problems.add(name + " is not set");
    } else if (!sandbox && value.equals(demo)) {
      problems.add(name + " is the demo run's published secret");
    }
  }
}
