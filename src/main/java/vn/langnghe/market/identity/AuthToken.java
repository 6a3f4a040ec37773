package vn.langnghe.market.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token, kept only as its SHA-256 so a leaked table signs nobody in. */
@Entity
@Table(name = "auth_token")
public class AuthToken {

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

  protected AuthToken() {}

  AuthToken(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isValidAt(Instant now) {
    return expiresAt.isAfter(now);
  }

  Account account() {
    return account;
  }

  String tokenHash() {
    return tokenHash;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
