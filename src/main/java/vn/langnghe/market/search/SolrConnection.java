package vn.langnghe.market.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Solr client of this node, over the JDK's HTTP client. Short time-outs: when Solr is
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
    client = new HttpJdkSolrClient.Builder(baseUrl)
        .withDefaultCollection(collection)
        .withConnectionTimeout(Math.min(1000, timeoutMillis), TimeUnit.MILLISECONDS)
        .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .useHttp1_1(true)
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
