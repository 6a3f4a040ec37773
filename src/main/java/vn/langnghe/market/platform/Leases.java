package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Leases on named background work, so that one node of the cluster at a time does it (a full
 * reindex, a mail drain). A lease is a row of {@code job_lease} taken by a conditional UPDATE
 * (free or expired) in a transaction of its own: a write, so a Galera cluster certifies it and
 * two nodes writing through two Galera nodes cannot both win, where a row lock ({@code FOR
 * UPDATE}) or {@code GET_LOCK} would hold on one Galera node only. The expiry frees the work of
 * a node that died holding it; it is compared with the database's clock alone, so the nodes'
 * clocks do not matter.
 *
 * <p>Each taking is its own owner (a {@link Lease} with a fresh token): two runs on one node are
 * two holders, so a second taking is refused rather than counted as a renewal, and the first
 * run's release cannot free the lease under the second.
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());
  private static final String NODE = System.getProperty("jboss.node.name", "node");

  @PersistenceContext EntityManager em;
  /** This bean through its proxy, so that each write below is a transaction of its own. */
  @Inject Leases self;

  /** One taking of the lease on {@code name}: what renews and releases it. */
  public record Lease(String name, String token) {}

  /**
   * Takes the lease on {@code name} until {@code ttl} from now, if nobody holds it. Empty when
   * someone does, or when this node lost a race for it (two nodes certifying on two Galera
   * nodes); any other database failure is thrown, so that callers tell "busy" from "broken".
   */
  public Optional<Lease> take(String name, Duration ttl) {
    Lease lease = new Lease(name, NODE + "/" + UUID.randomUUID());
    try {
      return LockContention.retried(() -> self.takeNow(lease, ttl)) ? Optional.of(lease) : Optional.empty();
    } catch (RuntimeException e) {
      if (LockContention.isTransient(e)) {
        LOG.fine(() -> "Lease " + name + " lost to another node: " + e);
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Extends {@code lease} to {@code ttl} from now; false when it is no longer held (released,
   * expired, or taken by another since). A database failure is thrown.
   */
  public boolean renew(Lease lease, Duration ttl) {
    return LockContention.retried(() -> self.renewNow(lease, ttl));
  }

  /** Gives the lease back (if still held), so another node need not wait for its expiry. */
  public void release(Lease lease) {
    try {
      LockContention.retried(() -> {
        self.releaseNow(lease);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warning("Lease " + lease.name() + " not released; it expires by itself: " + e);
    }
  }

  /**
   * Runs {@code work} if this node can take the lease on {@code name}, and gives it back after;
   * answers whether it ran. {@code ttl} bounds how long a node that dies in the middle keeps
   * the others from the work: make it well above one run. A database that cannot be asked means
   * the work waits for its next turn (it would fail the same way).
   */
  public boolean runAlone(String name, Duration ttl, Runnable work) {
    Optional<Lease> lease;
    try {
      lease = take(name, ttl);
    } catch (RuntimeException e) {
      LOG.fine(() -> "Lease " + name + " not taken, the database failed: " + e);
      return false;
    }
    if (lease.isEmpty()) {
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      release(lease.get());
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean takeNow(Lease lease, Duration ttl) {
    if (claim(lease, ttl) == 1) {
      return true;
    }
    long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1")
        .setParameter(1, lease.name()).getSingleResult()).longValue();
    if (rows > 0) {
      return false; // someone else's; an INSERT IGNORE here would take a shared lock and deadlock
    }
    // the first time anyone asks for this lease: a free row, then the same conditional update
    em.createNativeQuery("INSERT IGNORE INTO job_lease (name, owner, expires_at)"
            + " VALUES (?1, '', UTC_TIMESTAMP(6))")
        .setParameter(1, lease.name())
        .executeUpdate();
    return claim(lease, ttl) == 1;
  }

  private int claim(Lease lease, Duration ttl) {
    return em.createNativeQuery("UPDATE job_lease SET owner = ?1,"
            + " expires_at = UTC_TIMESTAMP(6) + INTERVAL ?2 MICROSECOND"
            + " WHERE name = ?3 AND (owner = '' OR expires_at <= UTC_TIMESTAMP(6))")
        .setParameter(1, lease.token())
        .setParameter(2, micros(ttl))
        .setParameter(3, lease.name())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renewNow(Lease lease, Duration ttl) {
    // a lapsed lease stays lapsed, even before anyone takes it: another node may be doing so now
    return em.createNativeQuery("UPDATE job_lease SET expires_at = UTC_TIMESTAMP(6) + INTERVAL ?1 MICROSECOND"
            + " WHERE name = ?2 AND owner = ?3 AND expires_at > UTC_TIMESTAMP(6)")
        .setParameter(1, micros(ttl))
        .setParameter(2, lease.name())
        .setParameter(3, lease.token())
        .executeUpdate() == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void releaseNow(Lease lease) {
    em.createNativeQuery("UPDATE job_lease SET owner = '', expires_at = UTC_TIMESTAMP(6)"
            + " WHERE name = ?1 AND owner = ?2")
        .setParameter(1, lease.name())
        .setParameter(2, lease.token())
        .executeUpdate();
  }

  private static long micros(Duration ttl) {
    return ttl.toNanos() / 1_000;
  }
}
