package vn.langnghe.market.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.AfterCommit;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestIds;

/**
 * Forgotten passwords: a single-use link by e-mail, then a new password. Asking answers the same
 * whether or not the account exists, and takes about as long: the mail leaves on another thread
 * after the commit. The link's token is in that mail only (the database keeps its hash), which is
 * why it is not queued in the outbox like order mail: a lost reset mail is asked for again.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Links alive at once for one account: enough for a lost mail, too few to flood an inbox. */
  static final int MAX_OPEN_LINKS = 3;

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/mail/Market")
  Session mailSession;

  @Inject
  @ConfigProperty(name = "market.public-url")
  String siteUrl;

  @Inject
  @ConfigProperty(name = "market.auth.password-reset-lifetime", defaultValue = "PT30M")
  Duration lifetime;

  /** Mails a link if the e-mail is an account's; never says whether it is. */
  public void request(String email) {
    Optional<Account> found = accounts.findByEmail(email);
    if (found.isEmpty()) {
      return;
    }
    Account account = found.get();
    Instant now = clock.instant();
    long open = em.createQuery("select count(r) from PasswordReset r where r.account = :account"
            + " and r.usedAt is null and r.expiresAt > :now", Long.class)
        .setParameter("account", account)
        .setParameter("now", now)
        .getSingleResult();
    if (open >= MAX_OPEN_LINKS) {
      LOG.info("Password reset for account " + account.id() + " not mailed: " + open + " links still open");
      return;
    }
    mailLink(account, now, lifetime, false);
  }

  /**
   * A commune digital helper hands an account they set up over to its owner: a single-use link to
   * choose a password (the same link as a reset, alive for {@code linkLifetime}), mailed after the
   * commit with wording that says who set the account up.
   */
  public void offerTakeOver(long accountId, Duration linkLifetime) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new Problems.NotFoundException("Account " + accountId);
    }
    mailLink(account, clock.instant(), linkLifetime, true);
  }

  private void mailLink(Account account, Instant now, Duration alive, boolean takeOver) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(new PasswordReset(Accounts.sha256(token), account, now, now.plus(alive)));
    String to = account.email();
    String name = account.displayName();
    // the pool thread may carry another request's logging context: it works for none
    AfterCommit.run(transactions, () -> executor.execute(
        RequestIds.detached(() -> send(to, name, token, alive, takeOver))));
  }

  /**
   * Sets the new password with the link's token: the policy applies, the link is spent (with
   * every other open link of the account) and every sign-in of the account ends.
   */
  public void confirm(String token, String password) {
    PasswordReset reset = em.find(PasswordReset.class, Accounts.sha256(token),
        LockModeType.PESSIMISTIC_WRITE);
    if (reset == null) {
      throw new Problems.InvalidInputException("token",
          "This link is not valid. Ask for a new one.");
    }
    Instant now = clock.instant();
    reset.spend(now);
    accounts.replacePassword(reset.account(), password);
    em.createQuery("select r from PasswordReset r where r.account = :account and r.usedAt is null",
            PasswordReset.class)
        .setParameter("account", reset.account())
        .getResultList()
        .forEach(other -> other.retire(now));
  }

  private void send(String to, String name, String token, Duration alive, boolean takeOver) {
    try {
      MimeMessage message = new MimeMessage(mailSession);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(takeOver ? TAKE_OVER_SUBJECT : "Đặt lại mật khẩu Làng Nghề Market", "UTF-8");
      message.setText(takeOver ? takeOverBody(name, siteUrl, token, alive)
          : body(name, siteUrl, token, alive), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("Password reset mail not sent: " + e);
    }
  }

  static final String TAKE_OVER_SUBJECT = "Nhận tài khoản Làng Nghề Market của bạn";

  static String takeOverBody(String name, String siteUrl, String token, Duration lifetime) {
    return "Chào " + name + ",\n\n"
        + "Người hỗ trợ số của xã đã lập tài khoản và cửa hàng Làng Nghề Market cho bạn, và nay trao"
        + " lại để bạn tự quản lý.\n"
        + "Mở liên kết sau để đặt mật khẩu của riêng bạn (dùng được một lần, trong "
        + Math.max(1, lifetime.toHours()) + " giờ):\n\n"
        + siteUrl + "/password-reset.html#token=" + token + "\n\n"
        + "Sau đó, trong trang người bán, mục \"Việc người hỗ trợ đã làm\" cho biết mọi việc họ đã làm"
        + " thay bạn, và bạn có thể hoàn tác.\n\n"
        + "Làng Nghề Market\n";
  }

  /**
   * The token travels in the link's fragment (after #), which browsers never send to a server:
   * it stays out of access logs and Referer headers.
   */
  static String body(String name, String siteUrl, String token, Duration lifetime) {
    return "Chào " + name + ",\n\n"
        + "Có người (hy vọng là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản Làng Nghề Market.\n"
        + "Mở liên kết sau để đặt mật khẩu mới (dùng được một lần, trong " + lifetime.toMinutes()
        + " phút):\n\n"
        + siteUrl + "/password-reset.html#token=" + token + "\n\n"
        + "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.\n\n"
        + "Làng Nghề Market\n";
  }
}
