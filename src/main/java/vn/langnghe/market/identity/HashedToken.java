package vn.langnghe.market.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A secret handed to an account's owner (a sign-in token, a password-reset link), kept only as
 * its SHA-256 so a leaked table opens nothing, with the moment it stops working.
 */
@MappedSuperclass
public abstract class HashedToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @ManyToOne
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected HashedToken() {}

  protected HashedToken(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isValidAt(Instant now) {
    return expiresAt.isAfter(now);
  }

  String tokenHash() {
    return tokenHash;
  }

  Account account() {
    return account;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
