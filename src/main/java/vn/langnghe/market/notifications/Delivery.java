package vn.langnghe.market.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * Where one channel (e-mail or Zalo) of a notification stands: PENDING (due at {@code nextAt}),
 * SENT, FAILED (given up) or SKIPPED (not this channel). A failure that may pass waits longer each
 * time; after the last attempt, or on a refusal that will not pass, the channel is FAILED for good.
 */
@Embeddable
public class Delivery {

  public enum State { PENDING, SENT, FAILED, SKIPPED }

  /** The retry rules: the first wait, doubling up to the longest, and how many attempts in all. */
  record Backoff(Duration first, Duration longest, int attempts) {
    /** When to try again after the n-th failed attempt, or null when it was the last. */
    Instant next(int failedAttempts, Instant now) {
      if (failedAttempts >= attempts) {
        return null;
      }
      long factor = 1L << Math.min(failedAttempts - 1, 20);
      Duration wait = first.multipliedBy(factor);
      return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private State state;

  @Column(name = "attempts")
  private int attempts;

  @Column(name = "next_at")
  private Instant nextAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "error")
  private String error;

  protected Delivery() {}

  static Delivery due(Instant now) {
    Delivery d = new Delivery();
    d.state = State.PENDING;
    d.nextAt = now;
    return d;
  }

  static Delivery skipped() {
    Delivery d = new Delivery();
    d.state = State.SKIPPED;
    return d;
  }

  void sent(Instant now) {
    attempts++;
    state = State.SENT;
    sentAt = now;
    nextAt = null;
    error = null;
  }

  /** {@code lasting}: the refusal will not pass by trying again. */
  void failed(String why, boolean lasting, Backoff backoff, Instant now) {
    attempts++;
    error = shorten(why);
    nextAt = lasting ? null : backoff.next(attempts, now);
    state = nextAt == null ? State.FAILED : State.PENDING;
  }

  void skip(String why) {
    state = State.SKIPPED;
    nextAt = null;
    error = shorten(why);
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }
}
