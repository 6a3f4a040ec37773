package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.embedded.JettyConfig;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.devenv.IntegrationEnvironment;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

/**
 * The way to grow: a SolrCloud collection of two shards on two nodes (with ZooKeeper) answers the
 * marketplace's own queries exactly as the single node does, over the same catalogue.
 */
class SolrCloudIT extends MarketIT {

  @Test
  void aTwoShardSolrCloudAnswersTheSameQueriesAsTheSingleNode() throws Exception {
    SearchIT.awaitIndexed("size=1", r -> r.at("/total").asLong() == TestDatabase.count(SearchIT.ON_SALE), 60_000);
    Path base = Files.createTempDirectory(Path.of("target"), "solrcloud");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(2, base, JettyConfig.builder().build());
    try (SolrClient single = new HttpJdkSolrClient.Builder(IntegrationEnvironment.solr().coreUrl()).build()) {
      cluster.uploadConfigSet(Path.of("config/solr/configsets/market/conf").toAbsolutePath(), "market");
      CollectionAdminRequest.createCollection("market", "market", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection("market", 2, 2);
      String node = cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
      try (SolrClient cloud = new HttpJdkSolrClient.Builder(node).withDefaultCollection("market").build()) {
        copyCatalogue(single, cloud);

        List<SearchRequest> questions = List.of(
            request("dong xam", null, "relevance"), request("Đồng Xâm", null, "relevance"),
            request("DONG XAM", null, "relevance"), request("nhan bac", null, "relevance"),
            request("silver ring", null, "relevance"), request(null, "dong-xam-cham-bac", "price_asc"),
            request(null, null, "newest"), request("chieu coi", null, "price_desc"),
            request("dong xma", null, "relevance"));
        for (SearchRequest question : questions) {
          QueryResponse expected = single.query(SearchQueries.of(question));
          QueryResponse actual = cloud.query(SearchQueries.of(question));
          String label = String.valueOf(question.q()) + " / " + question.village() + " / " + question.sort();
          assertThat(actual.getResults().getNumFound()).as(label).isEqualTo(expected.getResults().getNumFound());
          assertThat(ids(actual)).as(label).isEqualTo(ids(expected));
          assertThat(facets(actual)).as(label).isEqualTo(facets(expected));
          assertThat(bands(actual)).as(label).isEqualTo(bands(expected));
        }
        QueryResponse dongXam = cloud.query(SearchQueries.of(request("dong xam", null, "relevance")));
        for (SolrDocument doc : dongXam.getResults()) {
          assertThat(doc.getFirstValue("village_name")).isEqualTo(SearchIT.DONG_XAM);
        }
        QueryResponse misspelt = cloud.query(SearchQueries.of(request("dong xma", null, "relevance")));
        assertThat(misspelt.getSpellCheckResponse().getCollatedResults().get(0).getCollationQueryString())
            .isEqualTo("dong xam");
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static SearchRequest request(String q, String village, String sort) {
    return SearchRequest.of(q, null, village, null, null, null, null, null, sort, null, "20");
  }

  /** The single node's stored documents, re-added to the cloud (copy fields rebuild themselves). */
  private static void copyCatalogue(SolrClient single, SolrClient cloud) throws Exception {
    SolrQuery all = new SolrQuery("*:*");
    all.set("defType", "lucene");
    all.setRows(100_000);
    List<SolrInputDocument> documents = new ArrayList<>();
    for (SolrDocument doc : single.query(all).getResults()) {
      SolrInputDocument copy = new SolrInputDocument();
      doc.getFieldNames().stream().filter(f -> !f.startsWith("_")).forEach(f -> copy.addField(f, doc.getFieldValue(f)));
      documents.add(copy);
    }
    cloud.add(documents);
    cloud.commit();
    assertThat(cloud.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound())
        .isEqualTo(documents.size());
  }

  private static List<String> ids(QueryResponse response) {
    List<String> ids = new ArrayList<>();
    response.getResults().forEach(d -> ids.add((String) d.getFirstValue("id")));
    return ids;
  }

  /** Price bands that hold products (a distributed facet query leaves out empty ones). */
  private static Map<String, Integer> bands(QueryResponse response) {
    Map<String, Integer> bands = new TreeMap<>(response.getFacetQuery());
    bands.values().removeIf(count -> count == 0);
    return bands;
  }

  private static Map<String, Map<String, Long>> facets(QueryResponse response) {
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    for (FacetField field : response.getFacetFields()) {
      Map<String, Long> counts = new TreeMap<>();
      field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
      facets.put(field.getName(), counts);
    }
    return facets;
  }
}
