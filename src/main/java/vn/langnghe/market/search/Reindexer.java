package vn.langnghe.market.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import vn.langnghe.market.platform.Problems;

/**
 * A full reindex that search never sees half-done: the catalogue streams into a fresh core, which
 * then swaps places with the live one in a single step. While it runs, this node's drainer holds
 * the outbox, so changes made meanwhile reach the new index right after the swap.
 */
@ApplicationScoped
public class Reindexer {

  private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
  static final int CHUNK = 1000;

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
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  private final AtomicReference<Status> status =
      new AtomicReference<>(new Status(State.IDLE, 0, 0, null, null, null, null));

  public Status status() {
    return status.get();
  }

  public boolean isRunning() {
    return status.get().state() == State.RUNNING;
  }

  /** Starts a reindex in the background; only one at a time on this node. */
  public synchronized Status start() {
    if (isRunning()) {
      throw new Problems.ConflictException("A reindex is already running.");
    }
    Status started = new Status(State.RUNNING, 0, catalog.countOnSale(), clock.instant(), null, null, null);
    status.set(started);
    executor.submit(this::run);
    return started;
  }

  private void run() {
    Status current = status.get();
    String live = solr.collection();
    String rebuild = live + "_rebuild";
    try (SolrClient admin = new HttpJdkSolrClient.Builder(solr.baseUrl())
        .withRequestTimeout(60, TimeUnit.SECONDS).build()) {
      unloadQuietly(admin, rebuild);
      CoreAdminRequest.Create create = new CoreAdminRequest.Create();
      create.setCoreName(rebuild);
      create.setInstanceDir(rebuild);
      create.setConfigSet(live);
      create.process(admin);

      long indexed = 0;
      long after = 0;
      // Solr indexes one chunk while the next is read from the database: the two overlap
      Future<?> sending = CompletableFuture.completedFuture(null);
      while (true) {
        CatalogSnapshot.Chunk chunk = catalog.after(after, CHUNK);
        sending.get();
        if (chunk.documents().isEmpty()) {
          break;
        }
        sending = executor.submit(() -> {
          admin.add(rebuild, chunk.documents());
          return null;
        });
        indexed += chunk.documents().size();
        after = chunk.lastId();
        status.set(new Status(State.RUNNING, indexed, current.total(), current.startedAt(), null, null, null));
        if (indexed % 10_000 < CHUNK) {
          LOG.info("Reindex: " + indexed + " of about " + current.total() + " products");
        }
      }
      admin.commit(rebuild);
      CoreAdminRequest.swapCore(live, rebuild, admin);
      // products changed while the snapshot streamed: send their current state to the new index
      List<Long> changed = catalog.changedSince(current.startedAt());
      unloadQuietly(admin, rebuild);
      Instant finished = clock.instant();
      long millis = Math.max(1, Duration.between(current.startedAt(), finished).toMillis());
      status.set(new Status(State.DONE, indexed, indexed, current.startedAt(), finished,
          indexed * 1000 / millis, null));
      LOG.info("Reindex done: " + indexed + " products in " + millis + " ms; " + changed.size()
          + " changed meanwhile go through the outbox");
      replay(changed);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Reindex failed", e);
      status.set(new Status(State.FAILED, status.get().indexed(), current.total(), current.startedAt(),
          clock.instant(), null, e.toString()));
    }
  }

  @Inject ReindexReplay replay;

  private void replay(List<Long> productIds) {
    if (!productIds.isEmpty()) {
      replay.announce(productIds);
    }
  }

  private static void unloadQuietly(SolrClient admin, String core) {
    try {
      CoreAdminRequest.unloadCore(core, true, true, admin);
    } catch (Exception e) {
      // not there: nothing to unload
    }
  }
}
