package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.market.devenv.SolrNode;

/**
 * A full reindex on a single node swaps cores, so the live index then sits in the spare core's
 * folder. The run command's Solr must still start on that home, with the reindexed core live
 * (it used to write a second core named "market" and refuse to start).
 */
class CoreSwapRestartTest {

  @TempDir Path home;

  @Test
  void aNodeRestartedAfterAFullReindexServesTheNewIndex() throws Exception {
    int port = freePort();
    try (SolrNode node = new SolrNode(home, port).start()) {
      index(node, "before-reindex");
      try (CoreSwap swap = new CoreSwap("http://127.0.0.1:" + port + "/solr", SolrNode.CORE)) {
        swap.prepare();
        swap.add(List.of(document("after-reindex")));
        swap.goLive();
        swap.cleanUp();
      }
      assertThat(ids(node)).containsExactly("after-reindex");
    }

    try (SolrNode restarted = new SolrNode(home, port).start()) {
      assertThat(ids(restarted)).containsExactly("after-reindex");
      index(restarted, "after-restart"); // and it takes updates
      assertThat(ids(restarted)).containsExactlyInAnyOrder("after-reindex", "after-restart");
    }
  }

  private static void index(SolrNode node, String id) throws Exception {
    try (SolrClient client = client(node)) {
      client.add(document(id));
      client.commit();
    }
  }

  private static List<String> ids(SolrNode node) throws Exception {
    try (SolrClient client = client(node)) {
      SolrDocumentList found = client.query(new SolrQuery("*:*").setFields("id")).getResults();
      return found.stream().map(doc -> (String) doc.getFirstValue("id")).toList();
    }
  }

  private static SolrClient client(SolrNode node) {
    return new HttpJdkSolrClient.Builder(node.coreUrl()).build();
  }

  private static SolrInputDocument document(String id) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", id);
    doc.addField("title", "Nhẫn bạc " + id);
    return doc;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
