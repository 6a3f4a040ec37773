package vn.langnghe.market.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpSolrClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Solr client of this node, over Apache HttpClient's pooled, blocking connections: the
 * request thread does its own I/O. The JDK-client one ({@code HttpJdkSolrClient}) registered
 * every request's time-out under one lock and ran all sockets on one selector thread; under 16
 * concurrent searches a JFR profile showed requests waiting there. Short time-outs: when Solr is
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

  private SolrClient client;
  private String baseUrl;
  private String collection;

  @PostConstruct
  void connect() {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    int slash = trimmed.lastIndexOf('/');
    baseUrl = trimmed.substring(0, slash);
    collection = trimmed.substring(slash + 1);
    client = new HttpSolrClient.Builder(baseUrl)
        .withDefaultCollection(collection)
        .withConnectionTimeout((int) Math.min(1000, timeoutMillis), TimeUnit.MILLISECONDS)
        .withSocketTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS)
        .build();
  }

  public SolrClient client() {
    return client;
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
    client.close();
  }
}
