package vn.langnghe.market.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A callback as the gateway sent it (or a status answer reconciliation got), kept with what
 * verification said and, once handled, what we did. Written in its own transaction before
 * anything acts on it, so even a callback whose handling fails is on record.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

  /** Who spoke: the gateway calling us, or the gateway answering our status query. */
  public enum Source { CALLBACK, QUERY }

  /**
   * What we did with it. REVIEW: another amount than the attempt's, held for a person, the attempt
   * untouched. SURPLUS: a second payment for an attempt already settled, held for a person.
   */
  public enum Result {
    PAID, ALREADY_SETTLED, REFUND_DUE, ATTEMPT_FAILED, REVIEW, SURPLUS,
    /** Money under a reference that matches no payment: held for review. */
    UNMATCHED,
    NOT_FOUND, IGNORED, REJECTED
  }

  static final int MAX_PAYLOAD_CHARS = 60_000;
  /** A refused callback is kept only as far as a person needs to see what it was. */
  static final int MAX_REFUSED_PAYLOAD_CHARS = 4096;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Column(name = "event_id")
  private String eventId;

  private String reference;

  @Column(name = "gateway_ref")
  private String gatewayRef;

  @Column(name = "received_at")
  private Instant receivedAt;

  private String payload;

  @Enumerated(EnumType.STRING)
  private PaymentGateway.Verification verification;

  @Enumerated(EnumType.STRING)
  private PaymentGateway.Outcome outcome;

  @Column(name = "amount_vnd")
  private Long amountVnd;

  @Enumerated(EnumType.STRING)
  private Result result;

  @Column(name = "handled_at")
  private Instant handledAt;

  protected PaymentEvent() {}

  PaymentEvent(PaymentMethod method, Source source, String payload, PaymentGateway.Check check,
      Instant now) {
    this.method = method;
    this.source = source;
    this.receivedAt = now;
    received(payload, check);
  }

  /** What arrived and what verification made of it (the row may have been claimed by event id). */
  void received(String payload, PaymentGateway.Check check) {
    // a refused callback believes nothing, so a hostile sender cannot fill the table with it
    this.payload = clip(payload, check.valid() ? MAX_PAYLOAD_CHARS : MAX_REFUSED_PAYLOAD_CHARS);
    this.verification = check.verification();
    this.eventId = check.eventId();
    this.reference = clip(check.reference(), 100);
    this.gatewayRef = clip(check.gatewayRef(), 100);
    this.outcome = check.outcome();
    this.amountVnd = check.amountVnd();
  }

  void handled(Result result, Instant now) {
    this.result = result;
    this.handledAt = now;
  }

  /** The callback as verification read it when it arrived, to apply it again after a failure. */
  PaymentGateway.Check stored() {
    return new PaymentGateway.Check(verification, eventId, reference, amountVnd, outcome, gatewayRef,
        "stored event " + id);
  }

  public Long id() {
    return id;
  }

  public PaymentMethod method() {
    return method;
  }

  /** The gateway's id of the money this event reports, if it named one. */
  public String gatewayRef() {
    return gatewayRef;
  }

  /** What the gateway sent, as stored (for the people who review it). */
  public String payload() {
    return payload;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Result result() {
    return result;
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
