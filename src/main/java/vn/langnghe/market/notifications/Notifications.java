package vn.langnghe.market.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.PhoneNumbers;

/**
 * Turns every {@link Notice} into a {@link Notification} inside the transaction that fired it
 * (an ordinary observer, so the row exists exactly when its cause committed), and delivers the
 * due ones: e-mail through the server's mail session, Zalo through {@link ZaloZns}. Each channel
 * has its own state, attempts and back-off. Rows are claimed with SKIP LOCKED, so several nodes
 * drain without sending twice.
 */
@ApplicationScoped
public class Notifications {

  private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
  static final int BATCH = 20;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject ZaloSettings zalo;
  @Inject ZaloZns zns;

  @Resource(lookup = "java:jboss/mail/Market")
  Session mailSession;

  @Inject @ConfigProperty(name = "market.public-url") String siteUrl;
  @Inject @ConfigProperty(name = "market.notifications.retry-after") Duration retryAfter;
  @Inject @ConfigProperty(name = "market.notifications.retry-longest") Duration retryLongest;
  @Inject @ConfigProperty(name = "market.notifications.max-attempts") int maxAttempts;

  public enum Channel { EMAIL, ZALO }

  @Transactional
  void record(@Observes Notice notice) {
    boolean byZalo = zalo.endpoint().enabled() && zalo.template(notice.kind()).isPresent()
        && phoneOf(notice.accountId()) != null;
    em.persist(new Notification(notice.accountId(), notice.kind(), notice.subject(), notice.text(),
        notice.link(), json(notice.params()), byZalo, clock.instant(), notice.aboutAccountId()));
  }

  /**
   * Drops the accounts' notices written before {@code before} and not yet tried, inside the
   * caller's transaction: the demo's back-dated history (replies, answers, returns of weeks ago)
   * is not news to anyone, and must not fill the demo mailbox.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int forgetUnsent(Collection<Long> accountIds, Instant before) {
    if (accountIds.isEmpty()) {
      return 0;
    }
    em.flush();
    return em.createQuery("delete from Notification n where n.accountId in :accounts"
            + " and n.createdAt < :before and n.email.state = :pending and n.email.attempts = 0")
        .setParameter("accounts", accountIds)
        .setParameter("before", before)
        .setParameter("pending", Delivery.State.PENDING)
        .executeUpdate();
  }

  /** The phone the account gets Zalo notices on, or null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String phoneOf(long accountId) {
    NotificationContact contact = em.find(NotificationContact.class, accountId);
    return contact == null ? null : contact.zaloPhone();
  }

  /** Sets (a Vietnamese number, stored in E.164) or clears (null or blank) the Zalo phone. */
  @Transactional
  public String setPhone(long accountId, String phone) {
    String e164 = phone == null || phone.isBlank() ? null : PhoneNumbers.vietnamese(phone, "zaloPhone");
    NotificationContact contact = em.find(NotificationContact.class, accountId);
    if (contact == null) {
      contact = new NotificationContact(accountId);
      contact.zaloPhone(e164, clock.instant());
      em.persist(contact);
    } else {
      contact.zaloPhone(e164, clock.instant());
    }
    return e164;
  }

  /** One batch of one channel; answers how many notifications were tried. */
  @Transactional
  public int sendDue(Channel channel) {
    List<Notification> due = claimDue(channel);
    Delivery.Backoff backoff = new Delivery.Backoff(retryAfter, retryLongest, maxAttempts);
    for (Notification n : due) {
      if (channel == Channel.EMAIL) {
        sendEmail(n, backoff);
      } else {
        sendZalo(n, backoff);
      }
    }
    return due.size();
  }

  private List<Notification> claimDue(Channel channel) {
    String state = channel == Channel.EMAIL ? "email_state" : "zalo_state";
    String next = channel == Channel.EMAIL ? "email_next_at" : "zalo_next_at";
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery("SELECT id FROM notification WHERE " + state
            + " = 'PENDING' AND " + next + " <= ? ORDER BY " + next + ", id LIMIT " + BATCH
            + " FOR UPDATE SKIP LOCKED")
        .setParameter(1, new vn.langnghe.market.platform.UtcInstantConverter()
            .convertToDatabaseColumn(clock.instant()))
        .getResultList();
    return ids.stream().map(id -> em.find(Notification.class, id.longValue())).toList();
  }

  private void sendEmail(Notification n, Delivery.Backoff backoff) {
    try {
      String to = accounts.account(n.accountId()).email();
      MimeMessage message = new MimeMessage(mailSession);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(n.subject(), "UTF-8");
      String link = n.link() == null ? "" : "\n\nXem chi tiết: " + siteUrl + n.link();
      message.setText(n.body() + link + "\n\n— Làng Nghề Market\n", "UTF-8");
      Transport.send(message);
      n.email().sent(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("Notification " + n.id() + " e-mail not sent, will retry: " + e);
      n.email().failed(e.toString(), false, backoff, clock.instant());
    }
  }

  private void sendZalo(Notification n, Delivery.Backoff backoff) {
    String phone = phoneOf(n.accountId());
    var template = zalo.template(n.kind());
    if (phone == null || template.isEmpty() || !zalo.endpoint().enabled()) {
      n.zalo().skip("no phone, template or Zalo access any more");
      return;
    }
    ZaloZns.Outcome outcome;
    try {
      outcome = zns.send(phone, template.get(), params(n.paramsJson()), "notification-" + n.id());
    } catch (RuntimeException e) {
      outcome = new ZaloZns.Outcome(false, null, false, e.toString());
    }
    if (outcome.sent()) {
      n.zaloSent(outcome.msgId(), clock.instant());
    } else {
      LOG.warning("Notification " + n.id() + " not sent by Zalo: " + outcome.error());
      n.zalo().failed(outcome.error(), outcome.lasting(), backoff, clock.instant());
    }
  }

  private static String json(Map<String, String> params) {
    try {
      return ZaloZns.JSON.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Map<String, String> params(String json) {
    try {
      return ZaloZns.JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
