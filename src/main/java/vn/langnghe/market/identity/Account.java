package vn.langnghe.market.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Someone who signs in. Repeated failed sign-ins lock the account for a growing while. */
@Entity
@Table(name = "account")
public class Account {

  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  private String roles;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.createdAt = now;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Duration lockRemaining(Instant now) {
    return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
  }

  /** Each failure past the free ones doubles the lock, up to a quarter of an hour. */
  public void recordFailedLogin(Instant now) {
    failedLogins++;
    if (failedLogins >= FREE_ATTEMPTS) {
      int doublings = Math.min(failedLogins - FREE_ATTEMPTS, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
    return set;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
