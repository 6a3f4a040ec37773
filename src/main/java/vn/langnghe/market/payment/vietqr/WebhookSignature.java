package vn.langnghe.market.payment.vietqr;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank webhook's signature: {@code X-Signature} is the lower-case hex HMAC-SHA256 of the raw
 * body, keyed by the secret we share with the bank. It covers the bytes as sent, so nothing is
 * parsed before it is checked.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Signature";

  private final SecretKeySpec key;

  public WebhookSignature(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("The webhook secret is empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Compared in constant time; upper-case hex is accepted too, surrounding blanks are not. */
  public boolean verify(byte[] body, String claimed) {
    if (claimed == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
        claimed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
