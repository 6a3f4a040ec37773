package vn.langnghe.market.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code Stripe-Signature} header ({@code t=…,v1=…[,v1=…][,v0=…]}) against the raw body:
 * HMAC-SHA256 of {@code t + "." + body}, keyed by the whole {@code whsec_…} string. Two secrets may
 * be configured while one rotates out. The body must be the bytes as received: parsing and
 * re-serialising the JSON changes them and every signature fails.
 */
public final class StripeSignature {

  /** Stripe's default: a replayed event older (or newer) than five minutes is refused. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_HEADER_LENGTH = 4096;
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

  /** How a check ended. */
  public enum Verdict {
    ACCEPTED,
    /** No header, or not {@code key=value} pairs with exactly one numeric {@code t}. */
    MALFORMED_HEADER,
    /** Well formed, but without a {@code v1} signature (v0 alone is never trusted). */
    NO_V1_SIGNATURE,
    /** No {@code v1} matches the body under any configured secret. */
    NO_MATCHING_SIGNATURE,
    /** Signed, but {@code t} is further from now than the tolerance: a replay or a bad clock. */
    TIMESTAMP_OUTSIDE_TOLERANCE;

    public boolean accepted() {
      return this == ACCEPTED;
    }
  }

  private final List<SecretKeySpec> keys;
  private final Duration tolerance;

  /**
   * @param secrets the endpoint's signing secrets, current first; a second one only while rotating
   */
  public StripeSignature(List<String> secrets, Duration tolerance) {
    if (secrets == null || secrets.isEmpty()) {
      throw new IllegalArgumentException("At least one webhook signing secret is needed");
    }
    if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException("The timestamp tolerance must be positive");
    }
    List<SecretKeySpec> keys = new ArrayList<>();
    for (String secret : secrets) {
      // the key is the whole string, prefix included; a stripped or decoded secret never matches
      if (secret == null || !secret.startsWith("whsec_") || secret.length() <= "whsec_".length()) {
        throw new IllegalArgumentException("A webhook signing secret starts with whsec_");
      }
      keys.add(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    }
    this.keys = List.copyOf(keys);
    this.tolerance = tolerance;
  }

  public StripeSignature(String secret) {
    this(List.of(secret), DEFAULT_TOLERANCE);
  }

  /** The current secret and the one rotating out. */
  public StripeSignature(String current, String previous) {
    this(List.of(current, previous), DEFAULT_TOLERANCE);
  }

  /**
   * Checks the signature first, then the age, as Stripe's own libraries do; unlike them it also
   * refuses a timestamp too far in the future, so a leaked future-dated event cannot wait to be
   * replayed.
   */
  public Verdict verify(String header, byte[] rawBody, Instant now) {
    Header parsed = Header.parse(header);
    if (parsed == null) {
      return Verdict.MALFORMED_HEADER;
    }
    if (parsed.v1().isEmpty()) {
      return Verdict.NO_V1_SIGNATURE;
    }
    if (!anyMatches(parsed, rawBody)) {
      return Verdict.NO_MATCHING_SIGNATURE;
    }
    long distance = Math.abs(now.getEpochSecond() - parsed.timestamp());
    if (distance > tolerance.toSeconds()) {
      return Verdict.TIMESTAMP_OUTSIDE_TOLERANCE;
    }
    return Verdict.ACCEPTED;
  }

  /** A header as the gateway would send it, signed with the current secret (for a sandbox). */
  public String header(long timestamp, byte[] rawBody) {
    return "t=" + timestamp + ",v1=" + HEX.formatHex(mac(keys.get(0), timestamp, rawBody));
  }

  private boolean anyMatches(Header header, byte[] rawBody) {
    List<byte[]> candidates = new ArrayList<>();
    for (String v1 : header.v1()) {
      // a v1 that is not 32 bytes of hex can never match: skipped, not fatal
      if (v1.length() == 64 && HEX_DIGITS.matcher(v1).matches()) {
        candidates.add(HEX.parseHex(v1));
      }
    }
    boolean matched = false;
    for (SecretKeySpec key : keys) {
      byte[] expected = mac(key, header.timestamp(), rawBody);
      for (byte[] candidate : candidates) {
        // no early exit: the time taken does not tell which candidate came close
        matched |= MessageDigest.isEqual(expected, candidate);
      }
    }
    return matched;
  }

  private static byte[] mac(SecretKeySpec key, long timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(rawBody);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** The parts of a header that count: {@code t} and the {@code v1} values. */
  private record Header(long timestamp, List<String> v1) {

    static Header parse(String header) {
      if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
        return null;
      }
      Long timestamp = null;
      List<String> v1 = new ArrayList<>();
      for (String item : header.split(",", -1)) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
          return null;
        }
        String key = item.substring(0, eq).strip();
        String value = item.substring(eq + 1).strip();
        if (key.equals("t")) {
          if (timestamp != null || !SECONDS.matcher(value).matches()) {
            return null;
          }
          timestamp = Long.parseLong(value);
        } else if (key.equals("v1")) {
          v1.add(value);
        }
        // other schemes (v0 and any future one) are ignored
      }
      return timestamp == null || timestamp == 0 ? null : new Header(timestamp, v1);
    }
  }
}
