package vn.langnghe.market.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A notice to one account and where each of its channels stands. A channel is tried when due;
 * a failure that may pass waits longer each time (doubling from the configured delay), and after
 * the last attempt, or on a refusal that will not pass (a wrong phone, an unknown template), the
 * channel is FAILED for good.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum State { PENDING, SENT, FAILED, SKIPPED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  private String kind;
  private String subject;
  private String body;
  private String link;

  @Column(name = "params_json")
  private String paramsJson;

  @Column(name = "created_at")
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_state")
  private State emailState;

  @Column(name = "email_attempts")
  private int emailAttempts;

  @Column(name = "email_next_at")
  private Instant emailNextAt;

  @Column(name = "email_sent_at")
  private Instant emailSentAt;

  @Column(name = "email_error")
  private String emailError;

  @Enumerated(EnumType.STRING)
  @Column(name = "zalo_state")
  private State zaloState;

  @Column(name = "zalo_attempts")
  private int zaloAttempts;

  @Column(name = "zalo_next_at")
  private Instant zaloNextAt;

  @Column(name = "zalo_sent_at")
  private Instant zaloSentAt;

  @Column(name = "zalo_msg_id")
  private String zaloMsgId;

  @Column(name = "zalo_error")
  private String zaloError;

  protected Notification() {}

  Notification(long accountId, String kind, String subject, String body, String link,
      String paramsJson, boolean byZalo, Instant now) {
    this.accountId = accountId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.paramsJson = paramsJson;
    this.createdAt = now;
    this.emailState = State.PENDING;
    this.emailNextAt = now;
    this.zaloState = byZalo ? State.PENDING : State.SKIPPED;
    this.zaloNextAt = byZalo ? now : null;
  }

  /** What the retry rules decide after a failed attempt. */
  record Backoff(Duration first, Duration longest, int attempts) {
    /** When to try again after the n-th failed attempt, or null when it is the last. */
    Instant next(int failedAttempts, Instant now) {
      if (failedAttempts >= attempts) {
        return null;
      }
      long factor = 1L << Math.min(failedAttempts - 1, 20);
      Duration wait = first.multipliedBy(factor);
      return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
  }

  void emailSent(Instant now) {
    emailAttempts++;
    emailState = State.SENT;
    emailSentAt = now;
    emailNextAt = null;
    emailError = null;
  }

  void emailFailed(String error, Backoff backoff, Instant now) {
    emailAttempts++;
    emailError = shorten(error);
    emailNextAt = backoff.next(emailAttempts, now);
    emailState = emailNextAt == null ? State.FAILED : State.PENDING;
  }

  void zaloSent(String msgId, Instant now) {
    zaloAttempts++;
    zaloState = State.SENT;
    zaloSentAt = now;
    zaloMsgId = msgId;
    zaloNextAt = null;
    zaloError = null;
  }

  /** {@code lasting}: the refusal will not pass by trying again. */
  void zaloFailed(String error, boolean lasting, Backoff backoff, Instant now) {
    zaloAttempts++;
    zaloError = shorten(error);
    zaloNextAt = lasting ? null : backoff.next(zaloAttempts, now);
    zaloState = zaloNextAt == null ? State.FAILED : State.PENDING;
  }

  void zaloSkipped(String why) {
    zaloState = State.SKIPPED;
    zaloNextAt = null;
    zaloError = shorten(why);
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String link() {
    return link;
  }

  public String paramsJson() {
    return paramsJson;
  }

  public State emailState() {
    return emailState;
  }

  public State zaloState() {
    return zaloState;
  }

  public int zaloAttempts() {
    return zaloAttempts;
  }
}
