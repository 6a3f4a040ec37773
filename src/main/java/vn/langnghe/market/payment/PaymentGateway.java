package vn.langnghe.market.payment;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the marketplace needs of a payment gateway; one adapter per {@link PaymentMethod}. The
 * adapters speak the gateway's own protocol over plain HTTP, so pointing the configuration at the
 * gateway's real sandbox or at our simulator needs no code change.
 *
 * <p>Nothing here touches the database: {@link Payments} and {@link PaymentCallbacks} own the
 * transactions, and call the adapter where the gateway's answer is needed.
 */
public interface PaymentGateway {

  PaymentMethod method();

  /**
   * How the shopper pays this attempt: where to send them, or what to show. Computed locally
   * (signing a URL, composing a QR payload), so checkout may ask inside its transaction.
   */
  Step start(Start start);

  /**
   * Checks a callback exactly as it was received. Never throws for anything a sender can put in
   * it: garbage is a {@link Verification} other than {@code VALID}.
   */
  Check check(Inbound callback);

  /** What the gateway knows of a payment (reconciliation). Calls the gateway. */
  Report query(Attempt attempt);

  /** Gives money back at the gateway. Calls the gateway; safe to repeat with the same refund id. */
  RefundReport refund(RefundOrder refund);

  /** A payment attempt to start. */
  record Start(String reference, String orderNumber, long amountVnd, Instant createdAt,
      Instant expiresAt, String shopperIp) {}

  /** What the shopper is shown: a page to go to, or a QR payload to scan. */
  record Step(String redirectUrl, String qrPayload) {
    public static Step redirect(String url) {
      return new Step(url, null);
    }

    public static Step qr(String payload) {
      return new Step(null, payload);
    }
  }

  /** A callback as it arrived: the raw query, the headers (lower-case names) and the raw body. */
  record Inbound(String rawQuery, Map<String, String> headers, byte[] body) {
    public Inbound {
      headers = headers == null ? Map.of() : Map.copyOf(headers);
      body = body == null ? new byte[0] : body;
    }

    public String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }
  }

  /** What verification said about a callback. */
  enum Verification {
    VALID,
    /** Signed, but not by us: nothing in it may be believed. */
    BAD_SIGNATURE,
    /** Signed correctly but too old or too far in the future: a replay. */
    STALE,
    /** Not the gateway's format at all. */
    MALFORMED
  }

  /** What a verified callback says happened. */
  enum Outcome {
    PAID,
    /** The attempt ended without money: cancelled by the shopper, declined, timed out. */
    FAILED,
    /** An event we do not act on (Stripe sends many kinds). */
    IGNORED
  }

  /**
   * A checked callback. Only a VALID one carries facts; {@code reference} is our payment
   * reference (VNPay's vnp_TxnRef, Stripe's metadata, the transfer memo), {@code amountVnd} what
   * the gateway says moved, {@code gatewayRef} the gateway's id for it (needed to refund).
   */
  record Check(Verification verification, String eventId, String reference, Long amountVnd,
      Outcome outcome, String gatewayRef, String detail) {

    public Check {
      Objects.requireNonNull(verification, "verification");
    }

    public static Check rejected(Verification why, String detail) {
      return new Check(why, null, null, null, null, null, detail);
    }

    public boolean valid() {
      return verification == Verification.VALID;
    }
  }

  /**
   * A payment attempt as reconciliation and refunds need it; {@code expiresAt} is when the
   * shopper's time to pay it ran (or runs) out.
   */
  record Attempt(String reference, String orderNumber, long amountVnd, Instant createdAt,
      Instant expiresAt, String gatewayRef) {}

  /** The gateway's view of an attempt. */
  record Report(Outcome outcome, Long amountVnd, String gatewayRef, String raw) {
    /** The gateway has no final word yet (or could not be asked). */
    public static Report pending(String raw) {
      return new Report(null, null, null, raw);
    }

    public boolean settled() {
      return outcome != null;
    }
  }

  /** A refund to carry out; {@code full} when it gives back the whole payment. */
  record RefundOrder(long refundId, Attempt payment, long amountVnd, boolean full, String reason) {
    /** Unique per refund and stable across retries, so the gateway can recognise a repeat. */
    public String requestId() {
      return "RF" + refundId;
    }
  }

  /** How a refund request ended; {@code retryable} when it may succeed if sent again. */
  record RefundReport(boolean succeeded, boolean retryable, String gatewayRef, String message) {
    public static RefundReport done(String gatewayRef) {
      return new RefundReport(true, false, gatewayRef, "refunded");
    }

    public static RefundReport failed(boolean retryable, String message) {
      return new RefundReport(false, retryable, null, message);
    }
  }
}
