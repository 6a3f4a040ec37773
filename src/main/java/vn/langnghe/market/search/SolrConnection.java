package vn.langnghe.market.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Solr clients of this node, over the JDK's HTTP client. Short time-outs: when Solr is
 * down, a shopper gets a quick "search unavailable", not a hanging page. {@code market.solr.url}
 * names a core or collection: a single node, or any node (or load balancer) of a SolrCloud.
 */
@ApplicationScoped
public class SolrConnection {

  @Inject
  @ConfigProperty(name = "market.solr.url", defaultValue = "http://127.0.0.1:8983/solr/market")
  String url;

  @Inject
  @ConfigProperty(name = "market.solr.timeout-ms", defaultValue = "3000")
  long timeoutMillis;

  /**
   * Requests take turns on a few clients: one JDK HTTP client registers every request's time-out
   * under one lock and runs all its sockets on one selector thread, and under 16 concurrent
   * searches a JFR profile showed requests queueing there (monitor waits over 10 ms), not working.
   */
  private static final int CLIENTS = 4;

  private final List<SolrClient> clients = new ArrayList<>();
  private final AtomicInteger turn = new AtomicInteger();
  private String baseUrl;
  private String collection;

  @PostConstruct
  void connect() {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    int slash = trimmed.lastIndexOf('/');
    baseUrl = trimmed.substring(0, slash);
    collection = trimmed.substring(slash + 1);
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(new HttpJdkSolrClient.Builder(baseUrl)
          .withDefaultCollection(collection)
          .withConnectionTimeout(Math.min(1000, timeoutMillis), TimeUnit.MILLISECONDS)
          .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
          .withIdleTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
          .useHttp1_1(true)
          .build());
    }
  }

  /** A client for one request (or one batch); they all talk to the same core or collection. */
  public SolrClient client() {
    return clients.get(Math.floorMod(turn.getAndIncrement(), CLIENTS));
  }

  /** The Solr base URL (…/solr), for core administration during a full reindex. */
  public String baseUrl() {
    return baseUrl;
  }

  public String collection() {
    return collection;
  }

  @PreDestroy
  void close() throws IOException {
    for (SolrClient client : clients) {
      client.close();
    }
  }
}
