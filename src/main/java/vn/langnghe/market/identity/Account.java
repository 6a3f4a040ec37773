package vn.langnghe.market.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Someone who signs in. Failed sign-ins are slowed per client (SignInAttempts), never here. */
@Entity
@Table(name = "account")
public class Account extends vn.langnghe.market.platform.HelperMarked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  private String roles;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version private long version;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.createdAt = now;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /** Adds a role (an officer appoints a commune digital helper); a role held already stays. */
  public void grant(Role role) {
    Set<Role> set = roles();
    set.add(role);
    this.roles = set.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /**
   * Erased at the person's request (Law 91): the row stays for the records that point at it, with
   * the pseudonym for a name, an address that frees the e-mail and no password nor role.
   */
  void erase(String pseudonym, Instant now) {
    this.email = "erased-" + id + "@invalid";
    this.displayName = pseudonym;
    this.passwordHash = "erased";
    this.roles = "";
    this.erasedAt = now;
  }

  public Instant erasedAt() {
    return erasedAt;
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

  public Instant createdAt() {
    return createdAt;
  }
}
