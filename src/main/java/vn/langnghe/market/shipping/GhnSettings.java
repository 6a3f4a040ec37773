package vn.langnghe.market.shipping;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.DatabaseMigration;

/**
 * Where GHN is and who we are to it. A deployment sets {@code market.shipping.ghn.token},
 * {@code shop-id} and {@code webhook-secret} together, or none (then "ship with GHN" answers 503
 * and the webhook 404). With the payment sandbox on and none set, the demo run and the tests use
 * the simulator under {@code /api/sandbox/ghn} with the published demo credentials; those are
 * refused outside the sandbox.
 */
@ApplicationScoped
public class GhnSettings {

  static final String DEMO_TOKEN = "langnghe-demo-ghn-token-2026";
  static final long DEMO_SHOP_ID = 885_001;
  static final String DEMO_WEBHOOK_SECRET = "langnghe-demo-ghn-webhook-2026";
  static final String SIMULATOR_PATH = "/api/sandbox/ghn";

  @Inject @ConfigProperty(name = "market.payments.sandbox") boolean sandbox;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject @ConfigProperty(name = "market.shipping.ghn.api-url") String apiUrl;
  @Inject @ConfigProperty(name = "market.shipping.ghn.token") Optional<String> token;
  @Inject @ConfigProperty(name = "market.shipping.ghn.shop-id") Optional<Long> shopId;
  @Inject @ConfigProperty(name = "market.shipping.ghn.webhook-secret") Optional<String> webhookSecret;
  @Inject @ConfigProperty(name = "market.shipping.ghn.timeout") Duration timeout;
  @Inject @ConfigProperty(name = "market.shipping.ghn.tracking-url") String trackingUrl;

  /** GHN as configured; {@link #enabled} false when it is not. */
  public record Account(boolean enabled, String apiUrl, String token, long shopId,
      String webhookSecret, Duration timeout) {}

  private Account account;

  void check(@Observes @Priority(DatabaseMigration.SCHEMA_READY - 50) Startup startup) {
    List<String> problems = problems(sandbox, token.orElse(""), shopId.orElse(null),
        webhookSecret.orElse(""));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("GHN is not configured: " + String.join("; ", problems));
    }
  }

  /** What is wrong with the GHN settings; empty when they may be used (or are all absent). */
  static List<String> problems(boolean sandbox, String token, Long shopId, String webhookSecret) {
    List<String> problems = new ArrayList<>();
    boolean any = !token.isBlank() || shopId != null || !webhookSecret.isBlank();
    if (!any) {
      return problems;
    }
    if (token.isBlank()) {
      problems.add("market.shipping.ghn.token is not set");
    }
    if (shopId == null || shopId <= 0) {
      problems.add("market.shipping.ghn.shop-id is not a positive number");
    }
    if (webhookSecret.strip().length() < 16) {
      problems.add("market.shipping.ghn.webhook-secret is shorter than 16 characters");
    }
    if (!sandbox && (token.equals(DEMO_TOKEN) || webhookSecret.equals(DEMO_WEBHOOK_SECRET))) {
      problems.add("market.shipping.ghn holds the demo run's published credentials");
    }
    return problems;
  }

  public Account account() {
    if (account == null) {
      boolean configured = token.filter(t -> !t.isBlank()).isPresent();
      if (configured) {
        account = new Account(true, strip(apiUrl), token.get().strip(), shopId.orElse(0L),
            webhookSecret.orElse("").strip(), timeout);
      } else if (sandbox) {
        account = new Account(true, strip(publicUrl) + SIMULATOR_PATH, DEMO_TOKEN, DEMO_SHOP_ID,
            DEMO_WEBHOOK_SECRET, timeout);
      } else {
        account = new Account(false, strip(apiUrl), "", 0, "", timeout);
      }
    }
    return account;
  }

  /** The address GHN is given for its webhook; the secret rides in it (GHN sends no signature). */
  public String webhookUrl() {
    return strip(publicUrl) + "/api/shipping/ghn/webhook?token=" + account().webhookSecret();
  }

  /** GHN's public tracking page of an order code. */
  public String trackingUrl(String orderCode) {
    return trackingUrl + java.net.URLEncoder.encode(orderCode, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
