package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quote ids that carry their own figures: {@code Q} + the quote's bytes + {@code .} + their
 * HMAC-SHA256, both base64url. Only this marketplace can make one, so a checkout trusts what it
 * reads back (buyer, expiry, figures) without a row to look up; it still compares them with the
 * figures it computes afresh, so a sealed quote is never charged when anything moved.
 *
 * <p>Keys: {@code market.checkout.quote-keys} (comma-separated, the first seals, all open: keep
 * the old one second for a quote's validity while rotating); without it, the key the database
 * migration drew at random, which every node sharing the database shares. The database's key
 * always opens too, so quotes it sealed stay valid when keys are configured.
 *
 * <p>One quote has one spelling: base64url leaves unused low bits in a last character, which the
 * decoder ignores, so an id is accepted only as this class writes it (else one quote would have
 * several ids, and several orders through the order's unique {@code quote_ref}).
 */
@ApplicationScoped
public class QuoteSeal {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  /** Shorter keys are refused: a guessable key would let anyone write quotes. */
  static final int SHORTEST_KEY_BYTES = 32;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "market.checkout.quote-keys")
  Optional<List<String>> configured;

  private volatile List<SecretKeySpec> keys;

  /** The quote's id: its figures, sealed. */
  String seal(CheckoutQuote quote) {
    byte[] figures = quote.bytes();
    return spelled(figures, mac(keys().get(0), figures));
  }

  private static String spelled(byte[] figures, byte[] seal) {
    return "Q" + ENCODE.encodeToString(figures) + "." + ENCODE.encodeToString(seal);
  }

  /**
   * The figures of an id this marketplace sealed with one of its keys, spelled as it sealed it;
   * empty for anything else.
   */
  Optional<CheckoutQuote> open(String id) {
    int dot = id.indexOf('.');
    if (!id.startsWith("Q") || dot < 0) {
      return Optional.empty();
    }
    byte[] figures;
    byte[] seal;
    try {
      figures = DECODE.decode(id.substring(1, dot));
      seal = DECODE.decode(id.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (!id.equals(spelled(figures, seal))) {
      return Optional.empty();
    }
    for (SecretKeySpec key : keys()) {
      if (MessageDigest.isEqual(mac(key, figures), seal)) {
        return CheckoutQuote.read(figures);
      }
    }
    return Optional.empty();
  }

  /** What one order stores to say it charged this quote: the seal part of an id {@link #open} accepted, in its one spelling. */
  static String ref(String id) {
    return ENCODE.encodeToString(DECODE.decode(id.substring(id.indexOf('.') + 1)));
  }

  private List<SecretKeySpec> keys() {
    List<SecretKeySpec> kept = keys;
    if (kept == null) {
      byte[] database = (byte[]) em.createNativeQuery(
          "SELECT secret FROM quote_signing_key ORDER BY id LIMIT 1").getSingleResult();
      kept = keys(configured.orElse(List.of()).stream()
          .map(String::trim).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList(), database);
      keys = kept;
    }
    return kept;
  }

  /**
   * The configured keys, then the database's key, which seals only when none is configured: a
   * switch to configured keys keeps the quotes it sealed valid for their few minutes.
   */
  static List<SecretKeySpec> keys(List<byte[]> configured, byte[] database) {
    List<byte[]> secrets = new ArrayList<>(configured);
    secrets.add(database);
    return keys(secrets);
  }

  static List<SecretKeySpec> keys(List<byte[]> secrets) {
    for (byte[] secret : secrets) {
      if (secret.length < SHORTEST_KEY_BYTES) {
        throw new IllegalStateException("market.checkout.quote-keys: each key needs at least "
            + SHORTEST_KEY_BYTES + " bytes");
      }
    }
    return secrets.stream().map(s -> new SecretKeySpec(s, ALGORITHM)).toList();
  }

  static byte[] mac(SecretKeySpec key, byte[] figures) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(figures);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A seal with these keys, the first sealing (unit tests, and ITs forging what an attacker cannot). */
  static QuoteSeal withKeys(byte[]... secrets) {
    return with(keys(List.of(secrets)));
  }

  /** A seal as a node has it with these keys configured and that key in its database. */
  static QuoteSeal node(List<byte[]> configured, byte[] database) {
    return with(keys(configured, database));
  }

  private static QuoteSeal with(List<SecretKeySpec> keys) {
    QuoteSeal seal = new QuoteSeal();
    seal.keys = keys;
    return seal;
  }
}
