package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.TreeMap;
import vn.langnghe.market.platform.LockContention;

/**
 * Where every word from a gateway comes in: a callback, or the answer to reconciliation's status
 * query. The event is stored as received, in its own transaction, before anything acts on it;
 * then {@link Payments#apply} acts on it under the order's lock. A redelivered event (same
 * gateway event id) is recognised and changes nothing.
 */
@ApplicationScoped
public class PaymentCallbacks {

  /** Longer than any handling takes: an unhandled event older than this failed. */
  static final Duration IN_FLIGHT = Duration.ofSeconds(30);

  @Inject Clock clock;
  @Inject Gateways gateways;
  @Inject PaymentEvents events;
  @Inject Payments payments;

  /** The check, and what came of it; {@code duplicate} when this event had been received before. */
  public record Handled(PaymentGateway.Check check, PaymentEvent.Result result, boolean duplicate) {}

  public Handled receive(PaymentMethod method, PaymentGateway.Inbound callback) {
    PaymentGateway.Check check = gateways.require(method).check(callback);
    return handle(method, PaymentEvent.Source.CALLBACK, payloadOf(callback), check);
  }

  /** Reconciliation's answer from the gateway, handled like a callback that says the same. */
  public Handled reconciled(PaymentMethod method, PaymentGateway.Attempt attempt,
      PaymentGateway.Report report) {
    PaymentGateway.Check check = new PaymentGateway.Check(PaymentGateway.Verification.VALID,
        null, attempt.reference(), report.amountVnd(), report.outcome(), report.gatewayRef(),
        "status query");
    return handle(method, PaymentEvent.Source.QUERY, report.raw() == null ? "" : report.raw(), check);
  }

  private Handled handle(PaymentMethod method, PaymentEvent.Source source, String payload,
      PaymentGateway.Check check) {
    PaymentEvents.Recorded event = events.record(method, source, payload, check);
    if (event.repeat() && (event.earlierResult() != null
        || event.receivedAt().isAfter(clock.instant().minus(IN_FLIGHT)))) {
      // handled before, or being handled right now by the first delivery
      return new Handled(check, event.earlierResult(), true);
    }
    // new, or a repeat of one whose handling failed long enough ago: applying is idempotent, so
    // the gateway's retry completes what the failure left undone
    PaymentEvent.Result result = check.valid()
        ? LockContention.retried(() -> payments.apply(method, event.eventId(), check))
        : events.rejected(event.eventId());
    return new Handled(check, result, false);
  }

  /** The query, the headers that matter and the body as text, for the record. */
  static String payloadOf(PaymentGateway.Inbound callback) {
    StringBuilder text = new StringBuilder();
    if (callback.rawQuery() != null) {
      text.append(callback.rawQuery()).append('\n');
    }
    new TreeMap<>(callback.headers()).forEach((name, value) -> {
      if (!name.equals("authorization") && !name.equals("cookie")) {
        text.append(name).append(": ").append(value).append('\n');
      }
    });
    text.append('\n').append(new String(callback.body(), StandardCharsets.UTF_8));
    return text.toString();
  }
}
