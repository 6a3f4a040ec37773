package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How the SolrCloud settings are read, and that the configset the war uploads is the whole one. */
class SolrCloudConfigTest {

  @Test
  void zooKeeperHostsKeepTheirChrootApart() {
    SolrConnection.ZkAddress zk = SolrConnection.ZkAddress.parse(" zk1:2181, zk2:2181,zk3:2181/solr ");
    assertThat(zk.hosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
    assertThat(zk.chroot()).contains("/solr");
    assertThat(SolrConnection.ZkAddress.parse("zk1:2181").chroot()).isEmpty();
    assertThat(SolrConnection.ZkAddress.parse("zk1:2181/").chroot()).isEmpty();
    assertThat(SolrConnection.ZkAddress.parse("127.0.0.1:4000/a/b").chroot()).contains("/a/b");
  }

  @Test
  void aUrlMeansASingleNodeAndZooKeeperMeansTheAlias() throws Exception {
    SolrConnection single = connection(Optional.empty(), Optional.empty(), "shop-alias");
    assertThat(single.isCloud()).isFalse();
    assertThat(single.baseUrl()).isEqualTo("http://127.0.0.1:8983/solr");
    assertThat(single.collection()).isEqualTo("core1");
    single.close();

    SolrConnection cloud = connection(Optional.of("127.0.0.1:1/solr"), Optional.empty(), "shop-alias");
    assertThat(cloud.isCloud()).isTrue(); // ZooKeeper is contacted lazily: no connection yet
    assertThat(cloud.collection()).isEqualTo("shop-alias");
    cloud.close();

    SolrConnection blank = connection(Optional.of(" "), Optional.of(""), "shop-alias");
    assertThat(blank.isCloud()).isFalse();
    blank.close();
  }

  @Test
  void theUploadedConfigsetHoldsEveryFileOfTheRepositorysOne() throws Exception {
    List<String> inRepository;
    try (Stream<Path> files = Files.list(Path.of("config/solr/configsets/market/conf"))) {
      inRepository = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    List<String> zipped = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(AliasSwap.configSetZip()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertThat(zip.readAllBytes())
            .isEqualTo(Files.readAllBytes(Path.of("config/solr/configsets/market/conf", entry.getName())));
        zipped.add(entry.getName());
      }
    }
    assertThat(zipped.stream().sorted().toList()).isEqualTo(inRepository);
  }

  /** A connection as the container would configure it: 2 shards of 1 replica, 3 s time-outs. */
  static SolrConnection connection(Optional<String> zk, Optional<String> urls, String alias) {
    SolrConnection c = new SolrConnection();
    c.url = "http://127.0.0.1:8983/solr/core1/";
    c.zkHosts = zk;
    c.cloudUrls = urls;
    c.alias = alias;
    c.configSet = "market";
    c.shards = 2;
    c.replicas = 1;
    c.timeoutMillis = 3000;
    c.connect();
    return c;
  }
}
