package vn.langnghe.market.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.market.platform.Leases;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestIds;

/**
 * A full reindex that search never sees half-done: the catalogue streams into a fresh core (or,
 * on SolrCloud, a fresh collection), which then takes the live one's place in a single step (core
 * swap, or alias move); see {@link IndexSwap}. While it runs, this node's drainer holds the
 * outbox; changes made meanwhile (and any another node drained into the old index) are announced
 * again after the swap, so they reach the new index. One reindex at a time across the nodes (a
 * lease): two at once each read the live index before moving it, and the one moved first was
 * left behind, a whole collection nothing pointed at.
 */
@ApplicationScoped
public class Reindexer {

  private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
  static final int CHUNK = 1000;
  static final int REPLAY_ATTEMPTS = 3;
  static final Duration REPLAY_PAUSE = Duration.ofMillis(500);
  static final String LEASE = "search-reindex";
  /** Renewed at every chunk; covers a new collection's start (up to two minutes) with room. */
  static final Duration LEASE_FOR = Duration.ofMinutes(5);

  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  public record Status(State state, long indexed, long total, Instant startedAt, Instant finishedAt,
      Long docsPerSecond, String error) {}

  @Inject SolrConnection solr;
  @Inject CatalogSnapshot catalog;
  @Inject ReindexReplay replay;
  @Inject Clock clock;
  @Inject Leases leases;
  /** The container's managed executor; typed as a plain one so a test can run a reindex without it. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService") ExecutorService executor;

  private final AtomicReference<Status> status =
      new AtomicReference<>(new Status(State.IDLE, 0, 0, null, null, null, null));

  public Status status() {
    return status.get();
  }

  public boolean isRunning() {
    return status.get().state() == State.RUNNING;
  }

  /**
   * Starts a reindex in the background; only one at a time, on this node and across the nodes.
   * A database that cannot be asked for the lease fails the request (503 when it is an outage)
   * rather than pretending another node holds it.
   */
  public synchronized Status start() {
    if (isRunning()) {
      throw new Problems.ConflictException("A reindex is already running.");
    }
    Leases.Lease lease = leases.take(LEASE, LEASE_FOR)
        .orElseThrow(() -> new Problems.ConflictException("A reindex is already running on another node."));
    try {
      Status started = new Status(State.RUNNING, 0, catalog.countOnSale(), clock.instant(), null, null, null);
      status.set(started);
      // the pool thread may carry another request's logging context: the reindex works for none
      executor.submit(RequestIds.detached(() -> run(lease)));
      return started;
    } catch (RuntimeException e) {
      leases.release(lease);
      status.set(new Status(State.FAILED, 0, 0, clock.instant(), clock.instant(), null, e.toString()));
      throw e;
    }
  }

  /**
   * The outcome is shown only once the lease is given back: while the status says RUNNING no
   * second reindex starts on this node, so none can run here still holding nothing.
   */
  private void run(Leases.Lease lease) {
    Status current = status.get();
    Status outcome = new Status(State.FAILED, current.indexed(), current.total(), current.startedAt(),
        null, null, "The reindex ended unexpectedly");
    try {
      outcome = reindex(lease, current);
    } finally {
      leases.release(lease);
      status.set(outcome.finishedAt() != null ? outcome : new Status(outcome.state(), outcome.indexed(),
          outcome.total(), outcome.startedAt(), clock.instant(), null, outcome.error()));
    }
  }

  private Status reindex(Leases.Lease lease, Status current) {
    try (IndexSwap swap = IndexSwap.of(solr, clock)) {
      Map<Long, Long> shopsAtStart = catalog.shopVersions();
      long indexed;
      try {
        indexed = build(swap, current, lease);
        // the last chance to find the lease gone (expired during the last chunk, taken by another
        // node whose reindex goes live too): after this the new index is what search shows
        holding(lease);
        swap.goLive();
      } catch (Exception e) {
        swap.abandon(); // while the swap's own client is still open
        throw e;
      }
      // from here on the new index is what search shows: nothing below may report the reindex
      // as failed or throw it away
      Status done = finishLive(current, indexed, shopsAtStart);
      swap.cleanUp();
      return done;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Reindex failed", e);
      return new Status(State.FAILED, status.get().indexed(), current.total(), current.startedAt(),
          clock.instant(), null, e.toString());
    }
  }

  private void holding(Leases.Lease lease) {
    if (!leases.renew(lease, LEASE_FOR)) {
      // it expired and another node may have taken it: its reindex goes live, this one must not
      throw new IllegalStateException("The reindex lease was lost");
    }
  }

  private long build(IndexSwap swap, Status current, Leases.Lease lease) throws Exception {
    swap.prepare();
    long indexed = 0;
    long after = 0;
    // Solr indexes one chunk while the next is read from the database: the two overlap
    Future<?> sending = CompletableFuture.completedFuture(null);
    while (true) {
      CatalogSnapshot.Chunk chunk = catalog.after(after, CHUNK);
      sending.get();
      if (chunk.documents().isEmpty()) {
        return indexed;
      }
      sending = executor.submit(RequestIds.detached(() -> {
        swap.add(chunk.documents());
        return null;
      }));
      holding(lease);
      indexed += chunk.documents().size();
      after = chunk.lastId();
      status.set(new Status(State.RUNNING, indexed, current.total(), current.startedAt(), null, null, null));
      if (indexed % 10_000 < CHUNK) {
        LOG.info("Reindex: " + indexed + " of about " + current.total() + " products");
      }
    }
  }

  /**
   * Products changed while the snapshot streamed (here, or drained into the old index by another
   * node) are announced again so their current state reaches the new index. If that keeps
   * failing, the reindex is still done (its index is live) but says what it could not do.
   */
  private Status finishLive(Status current, long indexed, Map<Long, Long> shopsAtStart) {
    Instant finished = clock.instant();
    long millis = Math.max(1, Duration.between(current.startedAt(), finished).toMillis());
    Long docsPerSecond = indexed * 1000 / millis;
    String notDone = null;
    try {
      Collection<Long> changed = replayed(current.startedAt(), shopsAtStart);
      LOG.info("Reindex done: " + indexed + " products in " + millis + " ms; " + changed.size()
          + " changed meanwhile go through the outbox");
    } catch (RuntimeException e) {
      notDone = "The new index is live, but the products changed while it was built could not be"
          + " sent to it again (" + e + "); they reach it when next changed, or reindex again.";
      LOG.log(Level.SEVERE, notDone, e);
    }
    return new Status(State.DONE, indexed, indexed, current.startedAt(), finished, docsPerSecond, notDone);
  }

  /** Products touched since the start, and every product of a shop changed since. */
  private Collection<Long> replayed(Instant since, Map<Long, Long> shopsAtStart) {
    for (int attempt = 1; ; attempt++) {
      try {
        Set<Long> changed = new TreeSet<>(catalog.changedSince(since));
        Set<Long> changedShops = new TreeSet<>();
        catalog.shopVersions().forEach((shop, version) -> {
          if (!version.equals(shopsAtStart.get(shop))) {
            changedShops.add(shop);
          }
        });
        changed.addAll(catalog.productsOfShops(changedShops));
        if (!changed.isEmpty()) {
          replay.announce(List.copyOf(changed));
        }
        return changed;
      } catch (RuntimeException e) {
        if (attempt == REPLAY_ATTEMPTS) {
          throw e;
        }
        LOG.log(Level.WARNING, "Replaying the changes made during the reindex failed; trying again", e);
        pause(REPLAY_PAUSE.multipliedBy(attempt));
      }
    }
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying", e);
    }
  }

}
