package vn.langnghe.market.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Solr client of this node. Short time-outs: when Solr is down, a shopper gets a quick
 * "search unavailable", not a hanging page.
 *
 * <p>Two ways to reach Solr. {@code market.solr.url} names a core on a single node, reached over
 * SolrJ's Jetty client speaking HTTP/1.1 on kept-alive connections. (The JDK-client one,
 * {@code HttpJdkSolrClient}, registered every request's time-out under one lock and ran all
 * sockets on one selector thread; under 16 concurrent searches a JFR profile showed requests
 * waiting there. Apache HttpClient's {@code HttpSolrClient} measured the same once both JVMs were
 * warm, but is deprecated and gone in SolrJ 10; HTTP/2 to a single node measured slower.)
 * {@code market.solr.zk-hosts} (or, without ZooKeeper access, {@code market.solr.cloud-urls})
 * names a SolrCloud: the client then follows the cluster state, sends each update to its shard
 * leader and survives a node going away. SolrJ's cloud client only exists over the same Jetty
 * client. On SolrCloud, {@code market.solr.collection} is an alias that each full reindex points
 * at a new collection.
 */
@ApplicationScoped
public class SolrConnection {

  private static final Logger LOG = Logger.getLogger(SolrConnection.class.getName());

  @Inject
  @ConfigProperty(name = "market.solr.url", defaultValue = "http://127.0.0.1:8983/solr/market")
  String url;

  /** {@code zk1:2181,zk2:2181/solr}: ZooKeeper hosts, optionally with the chroot after the last host. */
  @Inject
  @ConfigProperty(name = "market.solr.zk-hosts")
  Optional<String> zkHosts;

  /** {@code http://solr1:8983/solr,http://solr2:8983/solr}: SolrCloud nodes, when ZooKeeper is out of reach. */
  @Inject
  @ConfigProperty(name = "market.solr.cloud-urls")
  Optional<String> cloudUrls;

  @Inject
  @ConfigProperty(name = "market.solr.collection", defaultValue = "market")
  String alias;

  @Inject
  @ConfigProperty(name = "market.solr.configset", defaultValue = "market")
  String configSet;

  @Inject
  @ConfigProperty(name = "market.solr.shards", defaultValue = "2")
  int shards;

  @Inject
  @ConfigProperty(name = "market.solr.replicas", defaultValue = "1")
  int replicas;

  @Inject
  @ConfigProperty(name = "market.solr.timeout-ms", defaultValue = "3000")
  long timeoutMillis;

  private SolrClient client;
  private ExecutorService responseThreads;
  private String baseUrl;
  private String collection;

  @PostConstruct
  void connect() {
    responseThreads = responseThreads();
    if (zkHosts.filter(s -> !s.isBlank()).isPresent() || cloudUrls.filter(s -> !s.isBlank()).isPresent()) {
      collection = alias;
      client = cloudClient();
      return;
    }
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    int slash = trimmed.lastIndexOf('/');
    baseUrl = trimmed.substring(0, slash);
    collection = trimmed.substring(slash + 1);
    client = new Http2SolrClient.Builder(baseUrl)
        .withExecutor(responseThreads)
        .withDefaultCollection(collection)
        .useHttp1_1(true)
        .withConnectionTimeout(Math.min(1000, timeoutMillis), TimeUnit.MILLISECONDS)
        .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .build();
  }

  private CloudSolrClient cloudClient() {
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withExecutor(responseThreads)
        .withConnectionTimeout(Math.min(1000, timeoutMillis), TimeUnit.MILLISECONDS)
        .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
    CloudHttp2SolrClient.Builder builder;
    if (zkHosts.filter(s -> !s.isBlank()).isPresent()) {
      ZkAddress zk = ZkAddress.parse(zkHosts.get());
      builder = new CloudHttp2SolrClient.Builder(zk.hosts(), zk.chroot())
          .withZkConnectTimeout((int) Math.max(1000, timeoutMillis), TimeUnit.MILLISECONDS)
          .withZkClientTimeout((int) Math.max(10_000, timeoutMillis), TimeUnit.MILLISECONDS);
    } else {
      builder = new CloudHttp2SolrClient.Builder(split(cloudUrls.get()));
    }
    return builder.withInternalClientBuilder(http).withDefaultCollection(collection).build();
  }

  /**
   * The threads that select on the client's sockets and read Solr's answers. SolrJ's own pool
   * records a stack trace of the submitting thread and renames the running thread for every task,
   * for its server-side logs; here that was one exception and one system call per search (about
   * 2% of this node's CPU per search in a profile), for nothing we log. Threads are made as needed
   * (two of them always select) and go after a minute idle.
   */
  private static ExecutorService responseThreads() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory named = task -> {
      Thread thread = new Thread(task, "solr-client-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return new ThreadPoolExecutor(4, 256, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), named);
  }

  /** ZooKeeper's connect string: hosts separated by commas, the chroot (if any) after the last one. */
  record ZkAddress(List<String> hosts, Optional<String> chroot) {
    static ZkAddress parse(String connect) {
      String trimmed = connect.strip();
      int slash = trimmed.indexOf('/');
      Optional<String> chroot = slash < 0 || slash == trimmed.length() - 1
          ? Optional.empty() : Optional.of(trimmed.substring(slash));
      String hosts = slash < 0 ? trimmed : trimmed.substring(0, slash);
      return new ZkAddress(split(hosts), chroot);
    }
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public SolrClient client() {
    return client;
  }

  public boolean isCloud() {
    return client instanceof CloudSolrClient;
  }

  /** SolrCloud: whether the alias exists (a new cluster has none until the first reindex). */
  public boolean aliasExists() throws Exception {
    return new CollectionAdminRequest.ListAliases().process(client).getAliases().containsKey(collection);
  }

  /** The Solr base URL (…/solr) of a single node, for core administration during a full reindex. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The name searches and updates go to: the core, or on SolrCloud the alias. */
  public String collection() {
    return collection;
  }

  String configSet() {
    return configSet;
  }

  int shards() {
    return shards;
  }

  int replicas() {
    return replicas;
  }

  /** A lifecycle callback may not throw a checked exception (CDI), so a failed close is only logged. */
  @PreDestroy
  void close() {
    try {
      client.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the Solr client failed", e);
    } finally {
      responseThreads.shutdown();
    }
  }
}
