package vn.langnghe.market.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code Idempotency-Key} of requests that create things. The first request with a key
 * inserts a row in the caller's transaction; a repeat blocks on that row's unique key until the
 * first commits, then finds what it created. If the first rolled back, the repeat runs afresh.
 * Keys are kept a day ({@code market.idempotency.keep-for}), then swept by {@link Housekeeping}.
 */
@ApplicationScoped
public class IdempotentRequests implements Housekeeping.Sweep {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
  private static final ObjectMapper CANONICAL = new ObjectMapper();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How long a key is honoured: a client repeats a request within minutes, not days. */
  @Inject
  @ConfigProperty(name = "market.idempotency.keep-for", defaultValue = "P1D")
  Duration keepFor;

  /** What a client's key refers to: the creating request's fingerprint within one account. */
  public record Claim(long accountId, String scope, String key, String requestHash) {}

  /** Null when no key was sent; 400 when the key is not 1–100 visible ASCII characters. */
  public static Claim claimFor(long accountId, String scope, String key, Object request) {
    if (key == null) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw new Problems.InvalidInputException(HEADER, "1 to 100 visible ASCII characters");
    }
    return new Claim(accountId, scope, key, fingerprint(request));
  }

  /**
   * Must be the transaction's first statement. Empty when this request is the first with its key;
   * otherwise the id of what the first one created.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> claim(Claim claim) {
    // On a duplicate key this takes the row's exclusive lock straight away (INSERT IGNORE would
    // take a shared one, and repeats upgrading it together deadlock), so repeats queue behind the
    // first. LAST_INSERT_ID(id) names the row either way: ours, or the first request's.
    em.createNativeQuery(
            "INSERT INTO idempotent_request (account_id, scope, idem_key, request_hash, created_at)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")
        .setParameter(1, claim.accountId())
        .setParameter(2, claim.scope())
        .setParameter(3, claim.key())
        .setParameter(4, claim.requestHash())
        .setParameter(5, new UtcInstantConverter().convertToDatabaseColumn(clock.instant()))
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT request_hash, result_id FROM idempotent_request WHERE id = LAST_INSERT_ID()")
        .getResultList();
    Object[] row = rows.get(0);
    if (row[1] == null) {
      // the first request records its result before it commits (and a rolled-back one leaves no
      // row), so a row without a result is the one we have just inserted
      return Optional.empty();
    }
    if (!claim.requestHash().equals(row[0])) {
      throw new Problems.RefusedException(HEADER,
          "This Idempotency-Key was already used for a different request; use a new key.");
    }
    return Optional.of(((Number) row[1]).longValue());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void remember(Claim claim, long resultId) {
    em.createNativeQuery(
            "UPDATE idempotent_request SET result_id = ? WHERE account_id = ? AND scope = ? AND idem_key = ?")
        .setParameter(1, resultId)
        .setParameter(2, claim.accountId())
        .setParameter(3, claim.scope())
        .setParameter(4, claim.key())
        .executeUpdate();
  }

  @Override
  public String what() {
    return "idempotency keys past " + keepFor;
  }

  /** Keys older than {@code market.idempotency.keep-for} (default a day) are forgotten. */
  @Override
  @Transactional
  public int sweep(Instant now, int limit) {
    return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ? LIMIT " + limit)
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now.minus(keepFor)))
        .executeUpdate();
  }

  /** Records serialise their components in declaration order, so equal requests hash equally. */
  static String fingerprint(Object request) {
    try {
      byte[] json = CANONICAL.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint " + request.getClass(), e);
    }
  }
}
