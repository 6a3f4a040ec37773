package vn.langnghe.market.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.TreeMap;
import vn.langnghe.market.platform.LockContention;

/**
 * Where every word from a gateway comes in: a callback, or the answer to reconciliation's status
 * query. The event is stored as received, in its own transaction, before anything acts on it;
 * then {@link Payments#apply} acts on it under the event's and the order's locks. A redelivered
 * event (same gateway event id) changes nothing once it has a result; until then each delivery
 * tries to apply it, and one whose handling fails is answered so that the gateway sends it again.
 * The sweeper ({@link #complete}) applies stored events that no delivery completed.
 */
@ApplicationScoped
public class PaymentCallbacks {

  /** Longer than any handling takes: an unhandled event older than this failed. */
  static final Duration IN_FLIGHT = Duration.ofSeconds(30);

  @Inject Gateways gateways;
  @Inject PaymentEvents events;
  @Inject Payments payments;
  @Inject PaymentMeters meters;

  /**
   * The check, and what came of it; {@code duplicate} when the event had been applied before.
   * Every handled event has a result: an event that could not be applied throws, and the gateway
   * hears "send it again".
   */
  public record Handled(PaymentGateway.Check check, PaymentEvent.Result result, boolean duplicate) {}

  public Handled receive(PaymentMethod method, PaymentGateway.Inbound callback) {
    PaymentGateway.Check check = gateways.require(method).check(callback);
    if (!check.valid()) {
      meters.refused(method, check.verification());
    }
    try {
      return handle(method, PaymentEvent.Source.CALLBACK, payloadOf(callback), check);
    } catch (RuntimeException e) {
      meters.handlingFailed(method);
      throw e;
    }
  }

  /** Reconciliation's answer from the gateway, handled like a callback that says the same. */
  public Handled reconciled(PaymentMethod method, PaymentGateway.Attempt attempt,
      PaymentGateway.Report report) {
    PaymentGateway.Check check = new PaymentGateway.Check(PaymentGateway.Verification.VALID,
        null, attempt.reference(), report.amountVnd(), report.outcome(), report.gatewayRef(),
        "status query");
    return handle(method, PaymentEvent.Source.QUERY, report.raw() == null ? "" : report.raw(), check);
  }

  /** Applies an event stored earlier that has no result yet, as its delivery would have. */
  public Handled complete(PaymentEvents.Stored stored) {
    return applied(stored.method(), stored.eventId(), stored.check());
  }

  private Handled handle(PaymentMethod method, PaymentEvent.Source source, String payload,
      PaymentGateway.Check check) {
    PaymentEvents.Recorded event = events.record(method, source, payload, check);
    if (event.repeat() && event.earlierResult() != null) {
      return new Handled(check, event.earlierResult(), true);
    }
    // new, or a repeat of one without a result (failed, or being applied by another delivery
    // right now): applying happens once, so this delivery either completes it or finds its result
    return applied(method, event.eventId(), check);
  }

  private Handled applied(PaymentMethod method, long eventId, PaymentGateway.Check check) {
    if (!check.valid()) {
      return new Handled(check, events.rejected(eventId), false);
    }
    Payments.Applied applied = LockContention.retried(() -> payments.apply(method, eventId, check));
    return new Handled(check, applied.result(), applied.earlier());
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
