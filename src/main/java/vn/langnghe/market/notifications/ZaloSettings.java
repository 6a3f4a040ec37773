package vn.langnghe.market.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Zalo's ZNS API is and which template each kind of notice uses. Off unless
 * {@code market.zalo.enabled}; with the payment sandbox on and no access token set, the demo run
 * and the tests talk to the simulator under {@code /api/sandbox/zalo} with its demo token, which
 * is refused outside the sandbox.
 */
@ApplicationScoped
public class ZaloSettings {

  public static final String DEMO_TOKEN = "langnghe-demo-zalo-oa-token-2026";
  static final String SIMULATOR_PATH = "/api/sandbox/zalo";

  @Inject @ConfigProperty(name = "market.payments.sandbox") boolean sandbox;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject @ConfigProperty(name = "market.zalo.enabled") boolean enabled;
  @Inject @ConfigProperty(name = "market.zalo.url") String url;
  @Inject @ConfigProperty(name = "market.zalo.access-token") Optional<String> accessToken;
  @Inject @ConfigProperty(name = "market.zalo.timeout") Duration timeout;

  /** How we reach ZNS; {@code enabled} false when Zalo is off or has no token. */
  public record Endpoint(boolean enabled, String url, String accessToken, Duration timeout) {}

  public Endpoint endpoint() {
    String token = accessToken.map(String::strip).orElse("");
    if (!enabled) {
      return new Endpoint(false, url, "", timeout);
    }
    if (!token.isEmpty() && (sandbox || !token.equals(DEMO_TOKEN))) {
      return new Endpoint(true, strip(url), token, timeout);
    }
    if (sandbox) {
      return new Endpoint(true, strip(publicUrl) + SIMULATOR_PATH, DEMO_TOKEN, timeout);
    }
    return new Endpoint(false, url, "", timeout);
  }

  /** The approved ZNS template of a kind of notice ({@code market.zalo.template.<KIND>}), if any. */
  public Optional<String> template(String kind) {
    return ConfigProvider.getConfig().getOptionalValue("market.zalo.template." + kind, String.class)
        .map(String::strip).filter(t -> !t.isEmpty());
  }

  private static String strip(String address) {
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }
}
