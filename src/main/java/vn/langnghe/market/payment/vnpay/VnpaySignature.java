package vn.langnghe.market.payment.vnpay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPay's HMAC-SHA512 signatures under one merchant's hash secret: the pay URL, the check of the
 * return and IPN queries, and the querydr and refund bodies. Every rule is the one of VNPay's own
 * Java demo, because VNPay's side computes the same bytes and any difference is a failed checksum.
 */
public final class VnpaySignature {

  public static final String SECURE_HASH = "vnp_SecureHash";
  public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

  private static final String ALGORITHM = "HmacSHA512";
  private static final int HASH_BYTES = 64;
  private static final HexFormat HEX = HexFormat.of();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SecretKeySpec key;

  public VnpaySignature(String hashSecret) {
    if (hashSecret == null || hashSecret.isBlank()) {
      throw new IllegalArgumentException("The VNPay hash secret is missing");
    }
    this.key = new SecretKeySpec(hashSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /**
   * What VNPay signs: names in {@link String#compareTo} order, empty values left out, {@code
   * name=URLEncoder.encode(value, US_ASCII)} joined by {@code &}, the hash fields themselves
   * excluded. Names stay as they are here; only the query string encodes them.
   */
  public static String hashData(Map<String, String> parameters) {
    return signed(parameters).entrySet().stream()
        .map(e -> e.getKey() + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Lower-case hex HMAC-SHA512 of {@link #hashData}. */
  public String sign(Map<String, String> parameters) {
    return hmac(hashData(parameters));
  }

  /** The pay query string: the signed fields with names encoded too, {@code vnp_SecureHash} last. */
  public String signedQuery(Map<String, String> parameters) {
    String query = signed(parameters).entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return query + "&" + SECURE_HASH + "=" + sign(parameters);
  }

  /** The address to send the shopper to, e.g. the sandbox's {@code .../paymentv2/vpcpay.html}. */
  public String payUrl(String endpoint, Map<String, String> parameters) {
    return endpoint + "?" + signedQuery(parameters);
  }

  /** {@link #payUrl(String, Map)} for a typed pay request. */
  public String payUrl(String endpoint, VnpayPayRequest request) {
    return payUrl(endpoint, request.parameters());
  }

  /**
   * Whether a return or IPN query (decoded names and values, as the container hands them over)
   * carries a valid {@code vnp_SecureHash}. It signs exactly what was received, every field, so a
   * field added or changed on the way fails; the comparison takes constant time.
   */
  public boolean verify(Map<String, String> received) {
    String claimed = received.get(SECURE_HASH);
    if (claimed == null || claimed.length() != 2 * HASH_BYTES) {
      return false;
    }
    byte[] claimedBytes;
    try {
      claimedBytes = HEX.parseHex(claimed);
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(mac(hashData(received)), claimedBytes);
  }

  /** {@link #verify(Map)} on a raw query string; a name given twice is refused as ambiguous. */
  public boolean verifyQuery(String rawQuery) {
    return parseQuery(rawQuery).map(this::verify).orElse(false);
  }

  /** The fields of a query that carries a valid signature, for reading the outcome. */
  public Optional<VnpayCallback> verified(Map<String, String> received) {
    return verify(received) ? Optional.of(new VnpayCallback(received)) : Optional.empty();
  }

  /** The JSON body of a querydr request, its hash over the pipe-joined fields. */
  public String queryBody(VnpayQuery query) {
    return json(query.fields(), hmac(query.hashData()));
  }

  /** The JSON body of a refund request, its hash over the pipe-joined fields. */
  public String refundBody(VnpayRefund refund) {
    return json(refund.fields(), hmac(refund.hashData()));
  }

  /** Lower-case hex HMAC-SHA512 of any text, e.g. the pipe-joined data of an API request. */
  public String hmac(String data) {
    return HEX.formatHex(mac(data));
  }

  /** Decoded names and values of a query string; empty when a name repeats or it is garbled. */
  public static Optional<Map<String, String>> parseQuery(String rawQuery) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (name.isEmpty() || fields.putIfAbsent(name, value) != null) {
          return Optional.empty();
        }
      } catch (IllegalArgumentException badEscape) {
        return Optional.empty();
      }
    }
    return Optional.of(fields);
  }

  private static TreeMap<String, String> signed(Map<String, String> parameters) {
    TreeMap<String, String> sorted = new TreeMap<>();
    parameters.forEach((name, value) -> {
      if (value != null && !value.isEmpty() && !SECURE_HASH.equals(name)
          && !SECURE_HASH_TYPE.equals(name)) {
        sorted.put(name, value);
      }
    });
    return sorted;
  }

  // US-ASCII as VNPay's demo does: space becomes "+", escapes are upper case
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.US_ASCII);
  }

  private byte[] mac(String data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA512 is part of every Java runtime", e);
    }
  }

  private static String json(LinkedHashMap<String, String> fields, String secureHash) {
    fields.put(SECURE_HASH, secureHash);
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serialises", e);
    }
  }
}
