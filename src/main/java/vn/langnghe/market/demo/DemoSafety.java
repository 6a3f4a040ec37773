package vn.langnghe.market.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo creates accounts whose password is printed in the README, so a deployment with
 * {@code market.demo.enabled} must be a sandbox on the machine itself: payment simulators on and
 * {@code market.public-url} a loopback address. Otherwise the deployment fails before anything
 * is seeded, saying why.
 */
@ApplicationScoped
public class DemoSafety {

  private static final Logger LOG = Logger.getLogger(DemoSafety.class.getName());
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9A-Fa-f:.]+]?");

  @Inject
  @ConfigProperty(name = "market.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "market.payments.sandbox", defaultValue = "false")
  boolean sandbox;

  @Inject
  @ConfigProperty(name = "market.public-url")
  String publicUrl;

  /** Before the schema is even migrated (priority 1), and so before the demo is seeded. */
  void check(@Observes @Priority(0) Startup startup) {
    Optional<String> refusal = refusal(demo, sandbox, publicUrl);
    if (refusal.isPresent()) {
      LOG.severe(refusal.get());
      throw new IllegalStateException(refusal.get());
    }
  }

  /** Why this configuration must not run the demo, or empty when it may (or the demo is off). */
  static Optional<String> refusal(boolean demo, boolean sandbox, String publicUrl) {
    if (!demo) {
      return Optional.empty();
    }
    if (!sandbox) {
      return Optional.of("market.demo.enabled=true needs market.payments.sandbox=true: the demo accounts'"
          + " password is public, so the demo runs only as a sandbox. Turn the demo off for real payments.");
    }
    if (!isLoopback(publicUrl)) {
      return Optional.of("market.demo.enabled=true needs market.public-url on this machine (localhost,"
          + " 127.x.x.x or [::1]), not " + publicUrl + ": the demo accounts' password is public.");
    }
    return Optional.empty();
  }

  /** Whether the URL's host is this machine: localhost (RFC 6761) or a loopback address literal. */
  static boolean isLoopback(String url) {
    String host;
    try {
      host = url == null ? null : URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null || host.isEmpty()) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    if (!IP_LITERAL.matcher(name).matches() || (!name.contains(":") && name.split("\\.", -1).length != 4)) {
      // a name other than localhost may resolve anywhere: never looked up
      return false;
    }
    try {
      // a literal address: parsed, not looked up
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
