package vn.langnghe.market.digitalhelpers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time code sent to the artisan, which the helper types in as the artisan's consent. Only
 * its hash is kept; it works once, for a short while, and for a few tries.
 */
@Entity
@Table(name = "helper_consent_code")
public class ConsentCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mandate_id")
  private long mandateId;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  private int attempts;

  @Column(name = "used_at")
  private Instant usedAt;

  protected ConsentCode() {}

  ConsentCode(long mandateId, String codeHash, Instant now, Instant expiresAt) {
    this.mandateId = mandateId;
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Why the code cannot be tried (used, expired, too many tries), or null if it can. */
  String refusal(Instant now, int maxAttempts) {
    if (usedAt != null) {
      return "Mã này đã được dùng. Hãy gửi mã mới.";
    }
    if (!expiresAt.isAfter(now)) {
      return "Mã đã hết hạn. Hãy gửi mã mới.";
    }
    if (attempts >= maxAttempts) {
      return "Đã nhập sai quá nhiều lần. Hãy gửi mã mới.";
    }
    return null;
  }

  /** Counts one try; spends the code if it matches. */
  boolean tryHash(String hash, Instant now) {
    attempts++;
    if (codeHash.equals(hash)) {
      usedAt = now;
      return true;
    }
    return false;
  }
}
