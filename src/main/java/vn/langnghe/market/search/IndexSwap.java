package vn.langnghe.market.search;

import java.time.Clock;
import java.util.List;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;

/**
 * Where a full reindex writes and how it goes live in one step: a spare core swapped with the
 * live one on a single node, a new collection the alias moves to on SolrCloud. Kept apart from
 * {@link Reindexer} (which needs the database and the container) so the Solr side runs in tests
 * against a real cluster.
 */
interface IndexSwap extends AutoCloseable {

  /** Creates the empty index the catalogue streams into. */
  void prepare() throws Exception;

  void add(List<SolrInputDocument> documents) throws Exception;

  /** Commits the new index and makes it the one searches and updates reach, atomically. */
  void goLive() throws Exception;

  /** Drops what the swap left behind (the old index); failures are only logged. */
  void cleanUp();

  /** Drops the half-built index after a failure. */
  void abandon();

  static IndexSwap of(SolrConnection solr, Clock clock) {
    return solr.isCloud()
        ? new AliasSwap((CloudSolrClient) solr.client(), solr.collection(),
            solr.configSet(), solr.shards(), solr.replicas(), clock)
        : new CoreSwap(solr.baseUrl(), solr.collection());
  }
}
