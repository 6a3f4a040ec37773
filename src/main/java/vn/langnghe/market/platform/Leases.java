package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Leases on named background work, so that one node of the cluster at a time does it (a full
 * reindex, a mail drain). A lease is a row of {@code job_lease} taken by a conditional UPDATE
 * (free, expired, or already ours) in a transaction of its own: a write, so a Galera cluster
 * certifies it and two nodes writing through two Galera nodes cannot both win, where a row lock
 * ({@code FOR UPDATE}) or {@code GET_LOCK} would hold on one Galera node only. The expiry frees
 * the work of a node that died holding it; nodes' clocks must agree to well within it (NTP).
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  /** This deployment: two deployments, even in one JVM, are two owners. */
  private final String owner =
      System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  /** This bean through its proxy, so that each write below is a transaction of its own. */
  @Inject Leases self;

  /**
   * Takes the lease on {@code name} until {@code ttl} from now, or renews it when this node holds
   * it; whether this node holds it now. A database that refuses (two nodes racing for a new
   * lease on two Galera nodes, a database away) means not taken: the work waits for its next turn.
   */
  public boolean take(String name, Duration ttl) {
    try {
      return LockContention.retried(() -> self.takeNow(name, ttl));
    } catch (RuntimeException e) {
      LOG.fine(() -> "Lease " + name + " not taken: " + e);
      return false;
    }
  }

  /** Gives the lease back (if this node holds it), so another node need not wait for its expiry. */
  public void release(String name) {
    try {
      LockContention.retried(() -> {
        self.releaseNow(name);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warning("Lease " + name + " not released; it expires by itself: " + e);
    }
  }

  /**
   * Runs {@code work} if this node can take the lease on {@code name}, and gives it back after;
   * answers whether it ran. {@code ttl} bounds how long a node that dies in the middle keeps
   * the others from the work: make it well above one run.
   */
  public boolean runAlone(String name, Duration ttl, Runnable work) {
    if (!take(name, ttl)) {
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      release(name);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean takeNow(String name, Duration ttl) {
    Instant now = clock.instant();
    if (claim(name, now, ttl) == 1) {
      return true;
    }
    long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1")
        .setParameter(1, name).getSingleResult()).longValue();
    if (rows > 0) {
      return false; // another node's; an INSERT IGNORE here would take a shared lock and deadlock
    }
    // the first time anyone asks for this lease: a free row, then the same conditional update
    em.createNativeQuery("INSERT IGNORE INTO job_lease (name, owner, expires_at) VALUES (?1, '', ?2)")
        .setParameter(1, name)
        .setParameter(2, utc(now))
        .executeUpdate();
    return claim(name, now, ttl) == 1;
  }

  private int claim(String name, Instant now, Duration ttl) {
    return em.createNativeQuery("UPDATE job_lease SET owner = ?1, expires_at = ?2"
            + " WHERE name = ?3 AND (owner = ?1 OR expires_at <= ?4)")
        .setParameter(1, owner)
        .setParameter(2, utc(now.plus(ttl)))
        .setParameter(3, name)
        .setParameter(4, utc(now))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void releaseNow(String name) {
    em.createNativeQuery("UPDATE job_lease SET owner = '', expires_at = ?1 WHERE name = ?2 AND owner = ?3")
        .setParameter(1, utc(clock.instant()))
        .setParameter(2, name)
        .setParameter(3, owner)
        .executeUpdate();
  }

  private static java.time.LocalDateTime utc(Instant instant) {
    return new UtcInstantConverter().convertToDatabaseColumn(instant);
  }
}
