package vn.langnghe.market.payment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Inject @ConfigProperty(name = "market.payments.sandbox") boolean sandbox;
  @Inject @ConfigProperty(name = "market.vnpay.tmn-code") Optional<String> vnpayTmnCode;
  @Inject @ConfigProperty(name = "market.vnpay.hash-secret") Optional<String> vnpayHashSecret;

  void check(@Observes @Priority(DatabaseMigration.SCHEMA_READY - 50) Startup startup) {
    List<String> problems = problems(sandbox, vnpayTmnCode.orElse(""), vnpayHashSecret.orElse(""));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Payment gateways are not configured: " + String.join("; ", problems));
    }
  }

  /** What is wrong with a configuration; empty when it may take money. */
  static List<String> problems(boolean sandbox, String vnpayTmnCode, String vnpayHashSecret) {
    List<String> problems = new ArrayList<>();
    if (vnpayTmnCode.isBlank()) {
      problems.add("market.vnpay.tmn-code is not set");
    }
    if (vnpayHashSecret.isBlank()) {
      problems.add("market.vnpay.hash-secret is not set");
    } else if (!sandbox && vnpayHashSecret.equals(DEMO_VNPAY_SECRET)) {
      problems.add("market.vnpay.hash-secret is the demo run's published secret");
    }
    return problems;
  }
}
