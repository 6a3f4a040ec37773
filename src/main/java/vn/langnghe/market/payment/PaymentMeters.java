package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import vn.langnghe.market.platform.Metrics;

/**
 * The payment component's meters (docs/operations.md, "Metrics and alerts"): money settled per
 * gateway, callbacks refused or failed per gateway and kind, and the gateway events stored but
 * not yet acted on, which the sweeper should keep near zero.
 */
@ApplicationScoped
public class PaymentMeters {

  static final String SETTLED = "market.payments.settled";
  static final String CALLBACKS_FAILED = "market.payments.callbacks.failed";
  /** A callback whose handling threw: the gateway hears "send it again". */
  static final String HANDLING_FAILED = "error";

  @Inject Metrics metrics;
  @Inject PaymentEvents events;

  void register(@Observes Startup startup) {
    metrics.sampleWaiting("payment events", "market.payments.events.unhandled",
        "market.payments.events.unhandled.oldest.seconds", events::unhandled);
  }

  /** A payment paid its order (counted when that commits). */
  void settled(PaymentMethod method) {
    metrics.countOnCommit(SETTLED, "gateway", name(method));
  }

  /** A callback that failed verification (bad signature, stale, malformed): refused, perhaps forged. */
  void refused(PaymentMethod method, PaymentGateway.Verification verification) {
    metrics.count(CALLBACKS_FAILED, "gateway", name(method), "kind", name(verification));
  }

  /** A verified callback whose handling failed; the gateway sends it again. */
  void handlingFailed(PaymentMethod method) {
    metrics.count(CALLBACKS_FAILED, "gateway", name(method), "kind", HANDLING_FAILED);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
