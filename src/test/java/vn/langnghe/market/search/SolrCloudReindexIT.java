package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettyConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Leases;
import vn.langnghe.market.platform.Problems;

/**
 * Our own {@link SolrConnection} and {@link Reindexer}, connected through ZooKeeper to a 2-node,
 * 2-shard SolrCloud, run full reindexes: the alias moves to the new collection in one step while a
 * searcher queries it non-stop and never sees an empty or half-filled index, the old collection is
 * deleted, a change another node drained into the old collection meanwhile is replayed, and a
 * failed reindex leaves the live alias alone and its half-built collection gone, and a second
 * node's reindex while one runs is refused.
 *
 * <p>No WildFly here: the container only supplies the database snapshot, the managed executor and
 * the outbox, which stand in as a catalogue in memory, a plain executor and a recorder. Everything
 * that talks to Solr is the production code.
 */
class SolrCloudReindexIT {

  private static MiniSolrCloudCluster cluster;
  private static SolrConnection solr;
  private static ExecutorService executor;

  @BeforeAll
  static void startCluster() throws Exception {
    Path base = Files.createTempDirectory(Path.of("target"), "solrcloud-reindex");
    cluster = new MiniSolrCloudCluster(2, base, JettyConfig.builder().build());
    // host:port/solr: ZooKeeper with a chroot, as production names it
    solr = SolrCloudConfigTest.connection(Optional.of(cluster.getZkServer().getZkAddress()), Optional.empty(), "market");
    executor = Executors.newFixedThreadPool(4);
    AliasSwap.drainOld = Duration.ofMillis(500);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (executor != null) {
      executor.shutdownNow();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void aFullReindexMovesTheAliasAtomicallyAndDeletesTheOldCollection() throws Exception {
    assertThat(solr.isCloud()).isTrue();
    CloudSolrClient client = (CloudSolrClient) solr.client();
    assertThat(new ConfigSetAdminRequest.List().process(client).getConfigSets()).doesNotContain("market");
    assertThat(solr.aliasExists()).isFalse(); // what makes a starting node run this first reindex

    // the first reindex finds neither configset nor alias, and makes both
    Catalogue first = new Catalogue(2500, "Tranh sơn mài", Duration.ZERO);
    Recorder replay = new Recorder();
    Reindexer.Status done = runToTheEnd(reindexer(first, replay), new ArrayList<>());
    assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(Reindexer.State.DONE);
    assertThat(new ConfigSetAdminRequest.List().process(client).getConfigSets()).contains("market");
    assertThat(solr.aliasExists()).isTrue();
    String firstCollection = liveCollection(client);
    DocCollection layout = client.getClusterStateProvider().getCollection(firstCollection);
    assertThat(layout.getSlices()).hasSize(2);
    assertThat(layout.getReplicas().stream().map(Replica::getNodeName).distinct()).hasSize(2);
    assertThat(count("*:*")).isEqualTo(2500);

    // the second streams slowly while a searcher never stops asking the alias
    Catalogue second = new Catalogue(3000, "Nón lá", Duration.ofMillis(300));
    second.changed = List.of(7L);
    Set<Long> seen = new ConcurrentSkipListSet<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean searching = new AtomicBoolean(true);
    Thread searcher = new Thread(() -> {
      while (searching.get()) {
        try {
          seen.add(count("*:*"));
        } catch (Exception e) {
          errors.add(e);
        }
      }
    });
    searcher.start();
    Reindexer reindexer = reindexer(second, replay);
    List<Reindexer.Status> progress = new ArrayList<>();
    reindexer.start();
    // meanwhile another node's drainer sends an edit through the alias: it lands in the old collection
    solr.client().add(document(7, "Tranh sơn mài, sửa trong lúc đánh lại chỉ mục"));
    done = await(reindexer, progress);
    assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(Reindexer.State.DONE);
    assertThat(done.indexed()).isEqualTo(3000);
    assertThat(progress).anyMatch(s -> s.state() == Reindexer.State.RUNNING && s.indexed() > 0 && s.indexed() < 3000);
    assertThat(replay.announced()).isEqualTo(List.of(7L));

    String secondCollection = liveCollection(client);
    assertThat(secondCollection).isNotEqualTo(firstCollection).startsWith("market_");
    awaitGone(client, firstCollection);
    Thread.sleep(300); // a few more searches against the new collection alone
    searching.set(false);
    searcher.join();
    assertThat(errors).isEmpty();
    assertThat(seen).as("numFound seen by the searcher").containsExactlyInAnyOrder(2500L, 3000L);
    assertThat(count("title:\"Nón lá\"")).isEqualTo(3000);

    // a reindex that fails half-way: the alias stays, the half-built collection goes
    Catalogue broken = new Catalogue(3000, "Gốm", Duration.ZERO);
    broken.failAfter = 1000;
    done = runToTheEnd(reindexer(broken, replay), new ArrayList<>());
    assertThat(done.state()).isEqualTo(Reindexer.State.FAILED);
    assertThat(liveCollection(client)).isEqualTo(secondCollection);
    assertThat(CollectionAdminRequest.listCollections(client)).containsExactly(secondCollection);
    assertThat(count("*:*")).isEqualTo(3000);

    // the same cluster without ZooKeeper access: market.solr.cloud-urls, the nodes' URLs
    String urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString())
        .collect(java.util.stream.Collectors.joining(","));
    SolrConnection overHttp = SolrCloudConfigTest.connection(Optional.empty(), Optional.of(urls), "market");
    try {
      assertThat(overHttp.isCloud()).isTrue();
      assertThat(overHttp.aliasExists()).isTrue();
      SolrQuery all = new SolrQuery("title:\"Nón lá\"").setRows(0);
      all.set("defType", "lucene");
      assertThat(overHttp.client().query(all).getResults().getNumFound()).isEqualTo(3000);
    } finally {
      overHttp.close();
    }

    // the new index goes live, then the outbox cannot take the changes made meanwhile: the
    // reindex is still done (search shows the new index, the old one goes) and says what it missed
    Catalogue fourth = new Catalogue(500, "Chiếu cói", Duration.ZERO);
    fourth.changed = List.of(9L);
    done = runToTheEnd(reindexer(fourth, new Recorder(Integer.MAX_VALUE)), new ArrayList<>());
    assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(Reindexer.State.DONE);
    assertThat(done.error()).contains("live").contains("outbox down");
    String fourthCollection = liveCollection(client);
    assertThat(fourthCollection).isNotEqualTo(secondCollection);
    assertThat(count("title:\"Chiếu cói\"")).isEqualTo(500);
    awaitGone(client, secondCollection);

    // an outbox that fails once is asked again; a shop changed meanwhile (suspended, say: its
    // version moves, its products' timestamps do not) has all its products sent again
    Recorder flaky = new Recorder(1);
    fourth.shopsChanging(Map.of(2L, 1L, 3L, 1L), Map.of(2L, 1L, 3L, 2L));
    done = runToTheEnd(reindexer(fourth, flaky), new ArrayList<>());
    assertThat(done.state()).isEqualTo(Reindexer.State.DONE);
    assertThat(done.error()).isNull();
    List<Long> expected = new ArrayList<>(List.of(9L));
    LongStream.rangeClosed(1, 500).filter(id -> id % 7 == 3).forEach(expected::add);
    assertThat(flaky.announced()).containsExactlyInAnyOrderElementsOf(expected);

    // two nodes reindex at once (as two nodes starting on an empty cluster do): the lease lets
    // one through and refuses the other, so exactly one collection is behind the alias and none
    // is left behind; once the first is done the other node may reindex
    String before = liveCollection(client);
    Reindexer slow = reindexer(new Catalogue(2000, "Mây tre đan", Duration.ofMillis(300)), new Recorder());
    Reindexer otherNode = reindexer(new Catalogue(1000, "Thêu tay", Duration.ZERO), new Recorder(),
        new NodeLeases("node-2"));
    slow.start();
    assertThatThrownBy(otherNode::start).isInstanceOf(Problems.ConflictException.class)
        .hasMessageContaining("another node");
    assertThat(await(slow, new ArrayList<>()).state()).isEqualTo(Reindexer.State.DONE);
    String winner = liveCollection(client);
    assertThat(winner).isNotEqualTo(before);
    awaitOnly(client, winner);
    assertThat(count("title:\"Mây tre đan\"")).isEqualTo(2000);
    startOnceFree(otherNode);
    assertThat(await(otherNode, new ArrayList<>()).state()).isEqualTo(Reindexer.State.DONE);
    String last = liveCollection(client);
    assertThat(last).isNotEqualTo(winner);
    awaitOnly(client, last);
    assertThat(count("title:\"Thêu tay\"")).isEqualTo(1000);
  }

  /** Starts it once the other node has given the lease back (just after its old index went). */
  private static void startOnceFree(Reindexer reindexer) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      try {
        reindexer.start();
        return;
      } catch (Problems.ConflictException held) {
        assertThat(Instant.now()).as("lease given back").isBefore(deadline);
        Thread.sleep(100);
      }
    }
  }

  /** Until the collection behind the alias is the only one left. */
  private static void awaitOnly(CloudSolrClient client, String live) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (CollectionAdminRequest.listCollections(client).size() > 1 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(CollectionAdminRequest.listCollections(client)).containsExactly(live);
  }

  private static long count(String q) throws Exception {
    SolrQuery query = new SolrQuery(q).setRows(0);
    query.set("defType", "lucene");
    return solr.client().query(query).getResults().getNumFound();
  }

  private static String liveCollection(CloudSolrClient client) {
    List<String> targets = client.getClusterStateProvider().resolveAlias("market");
    assertThat(targets).hasSize(1);
    return targets.get(0);
  }

  private static void awaitGone(CloudSolrClient client, String collection) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (CollectionAdminRequest.listCollections(client).contains(collection)) {
      assertThat(Instant.now()).as("old collection deleted").isBefore(deadline);
      Thread.sleep(100);
    }
  }

  private static Reindexer reindexer(Catalogue catalogue, Recorder replay) {
    return reindexer(catalogue, replay, THIS_NODE);
  }

  private static Reindexer reindexer(Catalogue catalogue, Recorder replay, Leases leases) {
    Reindexer reindexer = new Reindexer();
    reindexer.leases = leases;
    reindexer.solr = solr;
    reindexer.catalog = catalogue;
    reindexer.clock = Clock.systemUTC();
    reindexer.executor = executor;
    reindexer.replay = replay;
    return reindexer;
  }

  private static Reindexer.Status runToTheEnd(Reindexer reindexer, List<Reindexer.Status> progress)
      throws Exception {
    reindexer.start();
    return await(reindexer, progress);
  }

  private static Reindexer.Status await(Reindexer reindexer, List<Reindexer.Status> progress) throws Exception {
    Instant deadline = Instant.now().plusSeconds(180);
    while (reindexer.isRunning()) {
      progress.add(reindexer.status());
      assertThat(Instant.now()).as("reindex finished").isBefore(deadline);
      Thread.sleep(50);
    }
    return reindexer.status();
  }

  static SolrInputDocument document(long id, String title) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", Long.toString(id));
    doc.addField("slug", "p-" + id);
    doc.addField("title", title);
    doc.addField("shop_name", "Xưởng " + (id % 7));
    doc.addField("price_vnd", 100_000L + id);
    doc.addField("in_stock", true);
    doc.addField("created_at", java.util.Date.from(Instant.parse("2026-11-01T00:00:00Z")));
    return doc;
  }

  /** The database's products on sale, in id order, in memory; optionally slow, or failing. */
  private static final class Catalogue extends CatalogSnapshot {
    private final int size;
    private final String title;
    private final Duration perChunk;
    List<Long> changed = List.of();
    long failAfter = Long.MAX_VALUE;
    private Map<Long, Long> shopsAtStart = Map.of();
    private Map<Long, Long> shopsLater = Map.of();
    private boolean startRead;

    Catalogue(int size, String title, Duration perChunk) {
      this.size = size;
      this.title = title;
      this.perChunk = perChunk;
    }

    @Override
    public long countOnSale() {
      return size;
    }

    @Override
    public Chunk after(long afterId, int limit) {
      if (afterId >= failAfter) {
        throw new IllegalStateException("database gone");
      }
      try {
        Thread.sleep(perChunk.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<SolrInputDocument> docs = new ArrayList<>();
      for (long id = afterId + 1; id <= Math.min(size, afterId + limit); id++) {
        docs.add(document(id, title));
      }
      return new Chunk(docs, docs.isEmpty() ? afterId : afterId + docs.size());
    }

    @Override
    public List<Long> changedSince(Instant since) {
      return changed;
    }

    /** Shop versions when the next reindex starts, and whenever it asks again later. */
    synchronized void shopsChanging(Map<Long, Long> atStart, Map<Long, Long> later) {
      shopsAtStart = atStart;
      shopsLater = later;
      startRead = false;
    }

    @Override
    public synchronized Map<Long, Long> shopVersions() {
      Map<Long, Long> versions = startRead ? shopsLater : shopsAtStart;
      startRead = true;
      return versions;
    }

    /** Products belong to shop {@code id % 7}, as {@link #document} names them. */
    @Override
    public List<Long> productsOfShops(java.util.Collection<Long> shopIds) {
      return LongStream.rangeClosed(1, size).filter(id -> shopIds.contains(id % 7)).boxed().toList();
    }
  }

  /** The reindexes of this test run on one node unless they say otherwise. */
  private static final Leases THIS_NODE = new NodeLeases("node-1");

  /**
   * The lease table (no database here) as the nodes of this test share it: one holder per name.
   * The table itself, on two real nodes, is TwoNodeJobsIT's.
   */
  private static final class NodeLeases extends Leases {
    private static final Map<String, String> HOLDERS = new java.util.HashMap<>();
    private final String node;

    NodeLeases(String node) {
      this.node = node;
    }

    @Override
    public java.util.Optional<Lease> take(String name, Duration ttl) {
      synchronized (HOLDERS) {
        Lease lease = new Lease(name, node + "/" + java.util.UUID.randomUUID());
        return HOLDERS.putIfAbsent(name, lease.token()) == null ? java.util.Optional.of(lease)
            : java.util.Optional.empty();
      }
    }

    @Override
    public boolean renew(Lease lease, Duration ttl) {
      synchronized (HOLDERS) {
        return lease.token().equals(HOLDERS.get(lease.name()));
      }
    }

    @Override
    public void release(Lease lease) {
      synchronized (HOLDERS) {
        HOLDERS.remove(lease.name(), lease.token());
      }
    }
  }

  /** The outbox: records which products the reindex announces again. */
  private static final class Recorder extends ReindexReplay {
    private final List<Long> announced = new ArrayList<>();
    private int failuresLeft;

    Recorder() {
      this(0);
    }

    /** One that refuses the first {@code failures} announcements, as an unreachable database would. */
    Recorder(int failures) {
      this.failuresLeft = failures;
    }

    @Override
    public synchronized void announce(List<Long> productIds) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("outbox down");
      }
      announced.addAll(productIds);
    }

    synchronized List<Long> announced() {
      return List.copyOf(announced);
    }
  }
}
