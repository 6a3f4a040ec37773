package vn.langnghe.market.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.IdentityViews.AccountView;
import vn.langnghe.market.identity.IdentityViews.LoginRequest;
import vn.langnghe.market.identity.IdentityViews.RegisterRequest;
import vn.langnghe.market.identity.IdentityViews.TokenView;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Registration with a password policy, sign-in slowed per client and account, and turning a
 * bearer token back into its caller.
 */
@ApplicationScoped
public class Accounts {

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.auth.pbkdf2-iterations", defaultValue = "600000")
  int iterations;

  @Inject
  @ConfigProperty(name = "market.auth.token-lifetime", defaultValue = "PT12H")
  String tokenLifetime;

  /** How long a token's caller is remembered on this node (PT0S: ask the database every time). */
  @Inject
  @ConfigProperty(name = "market.auth.token-cache", defaultValue = "PT30S")
  Duration tokenCacheLifetime;

  /** Sign-ins to one account from one client before they are slowed down. */
  @Inject
  @ConfigProperty(name = "market.auth.free-attempts", defaultValue = "5")
  int freeAttempts;

  /** Once slowed down: one more attempt per this while. */
  @Inject
  @ConfigProperty(name = "market.auth.attempt-refill", defaultValue = "PT30S")
  Duration attemptRefill;

  private PasswordHasher hasher;
  private RecentCallers recentCallers;
  private SignInAttempts attempts;
  private PasswordPolicy passwordPolicy;

  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private String decoyHash;

  @PostConstruct
  void init() {
    hasher = new PasswordHasher(iterations);
    recentCallers = new RecentCallers(tokenCacheLifetime, 50_000);
    attempts = new SignInAttempts(freeAttempts, attemptRefill);
    passwordPolicy = PasswordPolicy.withCommonPasswords();
    decoyHash = hasher.hash("decoy password that nobody has");
  }

  @Inject Event<AccountRegistered> registered;

  @Transactional
  public AccountView register(RegisterRequest request) {
    Account account = create(request.email(), request.password(), request.displayName(),
        Set.of(Role.valueOf(request.role().name())));
    registered.fire(new AccountRegistered(account.id(),
        request.consents() == null ? List.of() : List.copyOf(request.consents())));
    return toView(account);
  }

  /** Creates an account with any roles: for appointed officers and the demo data. */
  @Transactional
  public Account create(String email, String password, String displayName, Set<Role> roles) {
    String normalisedEmail = normaliseEmail(email);
    passwordPolicy.weakness(password, normalisedEmail, displayName).ifPresent(why -> {
      throw new Problems.InvalidInputException("password", why);
    });
    if (findByEmail(normalisedEmail).isPresent()) {
      throw new Problems.ConflictException("email", "An account with this e-mail already exists.");
    }
    Account account =
        new Account(normalisedEmail, VietnameseText.clean(displayName), hasher.hash(password), roles,
            clock.instant());
    em.persist(account);
    em.flush();
    LOG.info("Account " + account.id() + " registered with roles " + roles);
    return account;
  }

  /** Gives an existing account one more role (an officer appointing a commune digital helper). */
  @Transactional
  public AccountView grantRole(long accountId, Role role) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new Problems.NotFoundException("Account " + accountId);
    }
    account.grant(role);
    LOG.info("Account " + accountId + " was given the role " + role);
    return toView(account);
  }

  /**
   * Signs in from a client (its address, see ClientAddresses). Each attempt is counted against
   * that client's budget for the account before the password is checked; the account itself is
   * never locked, so nobody can keep its owner out.
   */
  @Transactional
  public TokenView login(LoginRequest request, String client) {
    String email = normaliseEmail(request.email());
    attempts.claim(client, email);
    Optional<Account> found = findByEmail(email);
    if (found.isEmpty()) {
      hasher.verify(request.password(), decoyHash);
      throw new InvalidCredentialsException();
    }
    Account account = found.get();
    if (!hasher.verify(request.password(), account.passwordHash())) {
      LOG.info("Failed sign-in for account " + account.id() + " from " + client);
      throw new InvalidCredentialsException();
    }
    attempts.succeeded(client, email);
    if (hasher.needsRehash(account.passwordHash())) {
      account.changePasswordHash(hasher.hash(request.password()));
    }
    return issueToken(account, clock.instant());
  }

  /**
   * The signed-in account's password asked again before a change that redirects money: a miss is
   * a 400 on {@code password} and counts against the same per-client budget as sign-ins, so a
   * phone left signed in cannot be used to guess it.
   */
  @Transactional
  public void confirmPassword(long accountId, String password, String client) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new Problems.AuthenticationRequiredException("Sign in first.");
    }
    attempts.claim(client, account.email());
    if (password == null || !hasher.verify(password, account.passwordHash())) {
      LOG.info("Wrong password confirming a change for account " + account.id() + " from " + client);
      throw new Problems.InvalidInputException("password", "is not this account's password");
    }
    attempts.succeeded(client, account.email());
  }

  private TokenView issueToken(Account account, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expiresAt = now.plus(Duration.parse(tokenLifetime));
    em.persist(new AuthToken(sha256(token), account, now, expiresAt));
    return new TokenView(token, expiresAt);
  }

  /**
   * The caller a bearer token stands for, if it is known and not expired. Every authenticated
   * request asks, so a recent answer is reused ({@link RecentCallers}) and a lookup needs no
   * transaction of its own.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Caller> callerFor(String token) {
    String hash = sha256(token);
    Instant now = clock.instant();
    Optional<Caller> recent = recentCallers.get(hash, now);
    if (recent.isPresent()) {
      return recent;
    }
    AuthToken stored = em.find(AuthToken.class, hash);
    if (stored == null || !stored.isValidAt(now)) {
      return Optional.empty();
    }
    Account account = stored.account();
    Caller caller = new Caller(account.id(), account.email(), account.roles());
    recentCallers.remember(hash, caller, stored.expiresAt(), now);
    return Optional.of(caller);
  }

  @Transactional
  public void logout(String token) {
    recentCallers.forget(sha256(token));
    AuthToken stored = em.find(AuthToken.class, sha256(token));
    if (stored != null) {
      em.remove(stored);
    }
  }

  /**
   * A new password for the account under the registration policy. Every sign-in of the account
   * ends: its tokens are deleted, and forgotten at once on this node (another node may still
   * accept one for up to market.auth.token-cache).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void replacePassword(Account account, String password) {
    passwordPolicy.weakness(password, account.email(), account.displayName()).ifPresent(why -> {
      throw new Problems.InvalidInputException("password", why);
    });
    account.changePasswordHash(hasher.hash(password));
    endSignIns(account);
    LOG.info("Account " + account.id() + " set a new password; its sign-ins ended");
  }

  /**
   * Law 91 erasure of the account itself: e-mail freed, name replaced by the pseudonym, password
   * and roles gone, every sign-in and password reset deleted (and forgotten on this node at once).
   */
  void erase(@Observes AccountErased erased) {
    Account account = em.find(Account.class, erased.accountId());
    if (account == null) {
      return;
    }
    endSignIns(account);
    em.createQuery("delete from PasswordReset r where r.account = :account")
        .setParameter("account", account)
        .executeUpdate();
    account.erase(erased.pseudonym(), clock.instant());
    LOG.info("Account " + account.id() + " erased at its owner's request");
  }

  /** Deletes the account's tokens, forgotten at once on this node. */
  private void endSignIns(Account account) {
    em.createQuery("select t from AuthToken t where t.account = :account", AuthToken.class)
        .setParameter("account", account)
        .getResultList()
        .forEach(token -> {
          recentCallers.forget(token.tokenHash());
          em.remove(token);
        });
  }

  /** The account's own data for "Tải dữ liệu của tôi". */
  void export(@Observes PersonalDataExport export) {
    Account account = em.find(Account.class, export.accountId());
    if (account != null) {
      export.add("account", Map.of("id", account.id(), "email", account.email(),
          "displayName", account.displayName(),
          "roles", account.roles().stream().map(Role::name).sorted().toList(),
          "createdAt", account.createdAt()));
    }
  }

  /** Display names by account id, for lists naming many accounts; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, String> displayNames(Collection<Long> accountIds) {
    Set<Long> ids = accountIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
  }

  @Transactional
  public AccountView account(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new Problems.NotFoundException("Account");
    }
    return toView(account);
  }

  @Transactional
  public Optional<Account> findByEmail(String email) {
    return em.createQuery("select a from Account a where a.email = :email", Account.class)
        .setParameter("email", normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  static String normaliseEmail(String email) {
    return VietnameseText.clean(email).toLowerCase(Locale.ROOT);
  }

  static AccountView toView(Account account) {
    return new AccountView(account.id(), account.email(), account.displayName(),
        account.roles().stream().map(Role::name).toList());
  }

  public static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wrong e-mail or wrong password: the answer never says which. */
  public static class InvalidCredentialsException extends Problems.AuthenticationRequiredException {
    public InvalidCredentialsException() {
      super("E-mail or password is wrong.");
    }
  }
}
