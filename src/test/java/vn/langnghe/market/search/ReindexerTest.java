package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Leases;

class ReindexerTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void shutDown() {
    executor.shutdownNow();
  }

  @Test
  void aReindexShowsItsOutcomeOnlyOnceItHasGivenItsLeaseBack() throws Exception {
    RecordingLeases leases = new RecordingLeases();
    Reindexer reindexer = reindexer(leases);
    leases.reindexer = reindexer;

    reindexer.start();
    Instant deadline = Instant.now().plusSeconds(30);
    while (reindexer.isRunning()) {
      assertThat(Instant.now()).as("the reindex ended").isBefore(deadline);
      Thread.sleep(20);
    }

    // no Solr answers here: the reindex fails, and says so only after the release, so that no
    // second run could start on this node while this one still held the lease
    assertThat(reindexer.status().state()).isEqualTo(Reindexer.State.FAILED);
    assertThat(reindexer.status().finishedAt()).isNotNull();
    assertThat(leases.released).containsExactly(leases.taken.get(0));
    assertThat(leases.stateAtRelease).containsExactly(Reindexer.State.RUNNING);
  }

  private Reindexer reindexer(Leases leases) {
    Reindexer reindexer = new Reindexer();
    reindexer.leases = leases;
    reindexer.solr = new NoSolr();
    reindexer.catalog = new EmptyCatalogue();
    reindexer.clock = Clock.systemUTC();
    reindexer.executor = executor;
    reindexer.replay = new ReindexReplay();
    return reindexer;
  }

  /** A single Solr node at an address where nothing listens. */
  private static final class NoSolr extends SolrConnection {
    @Override
    public boolean isCloud() {
      return false;
    }

    @Override
    public String baseUrl() {
      return "http://127.0.0.1:9/solr";
    }

    @Override
    public String collection() {
      return "market";
    }
  }

  private static final class EmptyCatalogue extends CatalogSnapshot {
    @Override
    public long countOnSale() {
      return 0;
    }

    @Override
    public Map<Long, Long> shopVersions() {
      return Map.of();
    }
  }

  /** Hands out one lease and notes what the reindex showed when it gave it back. */
  private final class RecordingLeases extends Leases {
    final List<Lease> taken = new CopyOnWriteArrayList<>();
    final List<Lease> released = new CopyOnWriteArrayList<>();
    final List<Reindexer.State> stateAtRelease = new CopyOnWriteArrayList<>();
    Reindexer reindexer;

    @Override
    public Optional<Lease> take(String name, Duration ttl) {
      Lease lease = new Lease(name, "node-1/" + taken.size());
      taken.add(lease);
      return Optional.of(lease);
    }

    @Override
    public boolean renew(Lease lease, Duration ttl) {
      return !released.contains(lease);
    }

    @Override
    public void release(Lease lease) {
      stateAtRelease.add(reindexer.status().state());
      released.add(lease);
    }
  }
}
