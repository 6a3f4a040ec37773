package vn.langnghe.market.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrInputDocument;

/** A single Solr node: a spare core from the live one's configset, then CoreAdmin's SWAP. */
final class CoreSwap implements IndexSwap {

  private final SolrClient admin;
  private final String live;
  private final String rebuild;

  CoreSwap(String baseUrl, String live) {
    this.admin = new HttpJdkSolrClient.Builder(baseUrl).withRequestTimeout(60, TimeUnit.SECONDS).build();
    this.live = live;
    this.rebuild = live + "_rebuild";
  }

  @Override
  public void prepare() throws Exception {
    unloadQuietly();
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(rebuild);
    create.setInstanceDir(rebuild);
    create.setConfigSet(live);
    create.process(admin);
  }

  @Override
  public void add(List<SolrInputDocument> documents) throws Exception {
    admin.add(rebuild, documents);
  }

  @Override
  public void goLive() throws Exception {
    admin.commit(rebuild);
    CoreAdminRequest.swapCore(live, rebuild, admin);
  }

  @Override
  public void cleanUp() {
    unloadQuietly(); // after the swap, the old index carries the spare core's name
  }

  @Override
  public void abandon() {
    unloadQuietly();
  }

  private void unloadQuietly() {
    try {
      CoreAdminRequest.unloadCore(rebuild, true, true, admin);
    } catch (Exception e) {
      // not there: nothing to unload
    }
  }

  @Override
  public void close() throws Exception {
    admin.close();
  }
}
