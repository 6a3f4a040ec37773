package vn.langnghe.market.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * A forgotten password's e-mailed link, kept only as the SHA-256 of its token (like sign-in
 * tokens): the table alone resets nobody's password. Good once, until it expires.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends HashedToken {

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
    super(tokenHash, account, createdAt, expiresAt);
  }

  /** Refuses a used or expired link with a 400 naming {@code token}, else spends it. */
  void spend(Instant now) {
    if (usedAt != null) {
      throw new Problems.InvalidInputException("token",
          "This link was already used. Ask for a new one if you need to.");
    }
    if (!isValidAt(now)) {
      throw new Problems.InvalidInputException("token", "This link has expired (links last "
          + Duration.between(createdAt(), expiresAt()).toMinutes() + " minutes). Ask for a new one.");
    }
    usedAt = now;
  }

  /** Another link of the account was used: this one dies too. */
  void retire(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }
}
