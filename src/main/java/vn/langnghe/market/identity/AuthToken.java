package vn.langnghe.market.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token, kept only as its SHA-256 so a leaked table signs nobody in. */
@Entity
@Table(name = "auth_token")
public class AuthToken extends HashedToken {

  protected AuthToken() {}

  AuthToken(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
    super(tokenHash, account, createdAt, expiresAt);
  }
}
