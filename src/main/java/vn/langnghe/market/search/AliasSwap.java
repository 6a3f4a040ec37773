package vn.langnghe.market.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * SolrCloud: the catalogue streams into a new collection ({@code market_20261126203000123}),
 * then CREATEALIAS points the alias every client uses at it in one ZooKeeper write, then the
 * collection it pointed at before goes away. Updates sent to the alias meanwhile land in the old
 * collection; the reindex replays them afterwards through the outbox.
 */
final class AliasSwap implements IndexSwap {

  private static final Logger LOG = Logger.getLogger(AliasSwap.class.getName());
  /** The configset as the war carries it (copied from config/solr/configsets/market/conf by the build). */
  static final String CONFIGSET_RESOURCES = "solr/configsets/market/conf/";
  static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "schema.xml", "synonyms.txt");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  private static final Duration READY = Duration.ofSeconds(120);
  /** Time for searches other nodes already routed to the old collection to finish before it goes. */
  static Duration drainOld = Duration.ofSeconds(2);

  private final CloudSolrClient client;
  private final String alias;
  private final String configSet;
  private final int shards;
  private final int replicas;
  private final String fresh;
  private List<String> previous = List.of();
  private boolean created;

  AliasSwap(CloudSolrClient client, String alias, String configSet, int shards, int replicas, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.configSet = configSet;
    this.shards = shards;
    this.replicas = replicas;
    this.fresh = alias + "_" + STAMP.format(clock.instant());
  }

  String freshCollection() {
    return fresh;
  }

  @Override
  public void prepare() throws Exception {
    if (aliasTargets().isEmpty() && CollectionAdminRequest.listCollections(client).contains(alias)) {
      // an alias cannot share a name with a collection: move the data once by hand (see README)
      throw new IllegalStateException("A collection is named '" + alias
          + "'; a full reindex on SolrCloud needs that name free for its alias");
    }
    uploadConfigSetIfMissing();
    CollectionAdminRequest.createCollection(fresh, configSet, shards, replicas).process(client);
    created = true;
    awaitActive();
  }

  private void uploadConfigSetIfMissing() throws Exception {
    ConfigSetAdminResponse.List present = new ConfigSetAdminRequest.List().process(client);
    if (present.getConfigSets().contains(configSet)) {
      return; // operations may manage it themselves; never overwrite theirs
    }
    LOG.info("Uploading the Solr configset '" + configSet + "'");
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(configSet);
    upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configSetZip(), configSet + ".zip",
        "application/octet-stream"));
    upload.process(client);
  }

  static byte[] configSetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : CONFIGSET_FILES) {
        try (InputStream in = AliasSwap.class.getClassLoader().getResourceAsStream(CONFIGSET_RESOURCES + file)) {
          if (in == null) {
            throw new IOException("The configset file " + file + " is missing from the classpath");
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  /** Until every replica of the new collection is active on a live node. */
  private void awaitActive() throws Exception {
    ClusterStateProvider state = client.getClusterStateProvider();
    long deadline = System.nanoTime() + READY.toNanos();
    while (true) {
      DocCollection collection = state.getCollection(fresh);
      if (collection != null && collection.getSlices().size() == shards
          && collection.getReplicas().stream().filter(r -> r.isActive(state.getLiveNodes())).count()
              == (long) shards * replicas) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Collection " + fresh + " not active after " + READY);
      }
      Thread.sleep(250);
    }
  }

  @Override
  public void add(List<SolrInputDocument> documents) throws Exception {
    client.add(fresh, documents);
  }

  /** The collections the alias points at now, read from ZooKeeper (none when it does not exist). */
  private List<String> aliasTargets() throws Exception {
    Map<String, String> aliases = new CollectionAdminRequest.ListAliases().process(client).getAliases();
    return aliases.containsKey(alias) ? List.of(aliases.get(alias).split(",")) : List.of();
  }

  @Override
  public void goLive() throws Exception {
    client.commit(fresh);
    // read just before the move, not at the start: another node's reindex (two nodes starting
    // on an empty cluster both build a first collection) may have moved the alias meanwhile,
    // and its collection must not be left behind unreferenced
    previous = aliasTargets();
    CollectionAdminRequest.createAlias(alias, fresh).process(client);
    // this node's own searches and updates follow the alias from now on
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!client.getClusterStateProvider().resolveAlias(alias).equals(List.of(fresh))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The alias " + alias + " does not show " + fresh);
      }
      Thread.sleep(50);
    }
    created = false; // live now: never abandon it
  }

  @Override
  public void cleanUp() {
    List<String> old = new ArrayList<>(previous);
    old.remove(fresh);
    if (old.isEmpty()) {
      return;
    }
    try {
      Thread.sleep(drainOld.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    old.forEach(this::deleteQuietly);
  }

  @Override
  public void abandon() {
    if (created) {
      deleteQuietly(fresh);
    }
  }

  private void deleteQuietly(String collection) {
    try {
      CollectionAdminRequest.deleteCollection(collection).process(client);
      LOG.info("Deleted the collection " + collection);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Collection " + collection + " not deleted; delete it by hand", e);
    }
  }

  @Override
  public void close() {
    // the client is the connection's, shared with searches
  }
}
