package vn.langnghe.market.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrInputDocument;

/** A single Solr node: a spare core from the live one's configset, then CoreAdmin's SWAP. */
final class CoreSwap implements IndexSwap {

  private static final int CREATE_ATTEMPTS = 40;
  private static final long CREATE_PAUSE_MILLIS = 250;

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
    // A folder of its own each time: SWAP exchanges the cores' names, not their folders, so after
    // one reindex the live core lives in the folder the spare was created in, and a second
    // reindex creating its spare there again found the live core's index locked.
    create.setInstanceDir(rebuild + "_" + System.currentTimeMillis());
    create.setConfigSet(live);
    // Solr closes an unloaded core once its last searcher is done, after answering the unload:
    // the spare's name can still be taken for a moment. Ask again for a while.
    for (int attempt = 1; ; attempt++) {
      try {
        create.process(admin);
        return;
      } catch (SolrServerException | RuntimeException e) {
        if (attempt == CREATE_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(CREATE_PAUSE_MILLIS);
      }
    }
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
