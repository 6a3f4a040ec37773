package vn.langnghe.market.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.market.conversations.ConversationViews.ResponseTime;

/**
 * How quickly a shop usually answers: over the last 90 days, every question about its products
 * and every turn of a buyer in a thread (the first message after the shop's last word) waits for
 * the shop's next word. The median of those waits is what a buyer may expect; the share answered
 * says whether an answer comes at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponseTimes {

  static final Duration WINDOW = Duration.ofDays(90);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The shop's usual response time, or null when nobody asked it anything in 90 days. */
  public ResponseTime of(long shopId) {
    Instant since = clock.instant().minus(WINDOW);
    List<Duration> waits = new ArrayList<>();
    int asked = 0;
    for (Object[] q : em.createQuery("select q.askedAt, q.answeredAt from ProductQuestion q"
            + " where q.shopId = :shop and q.askedAt >= :since", Object[].class)
        .setParameter("shop", shopId).setParameter("since", since).getResultList()) {
      asked++;
      if (q[1] != null) {
        waits.add(Duration.between((Instant) q[0], (Instant) q[1]));
      }
    }
    List<OrderMessage> messages = em.createQuery("select m from OrderMessage m where m.shopId = :shop"
            + " and m.sentAt >= :since order by m.shopOrderId, m.sentAt, m.id", OrderMessage.class)
        .setParameter("shop", shopId).setParameter("since", since).getResultList();
    Instant waitingSince = null;
    long thread = -1;
    for (OrderMessage m : messages) {
      if (m.shopOrderId() != thread) {
        thread = m.shopOrderId();
        waitingSince = null;
      }
      if (!m.fromShop() && waitingSince == null) {
        waitingSince = m.sentAt();
        asked++;
      } else if (m.fromShop() && waitingSince != null) {
        waits.add(Duration.between(waitingSince, m.sentAt()));
        waitingSince = null;
      }
    }
    return summary(waits, asked);
  }

  static ResponseTime summary(List<Duration> waits, int asked) {
    if (asked == 0) {
      return null;
    }
    double share = Math.round(waits.size() * 1000.0 / asked) / 1000.0;
    if (waits.isEmpty()) {
      return new ResponseTime(null, share, asked);
    }
    List<Long> minutes = waits.stream().map(Duration::toMinutes).sorted().toList();
    int n = minutes.size();
    long median = n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2;
    return new ResponseTime(median, share, asked);
  }
}
