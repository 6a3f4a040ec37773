package vn.langnghe.market.devenv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The cluster's supporting services for {@code bench/cluster.sh}, one per process so that
 * stopping one (kill, kill -9) is a real fault the others survive:
 * <ul>
 *   <li>{@code zookeeper PORT DIR}: the ZooKeeper SolrCloud keeps its state in (chroot
 *       {@code /solr}, holding the nodes' {@code solr.xml});
 *   <li>{@code solr PORT DIR ZKHOST}: one SolrCloud node; the marketplace creates its collection
 *       and uploads the configset itself (a full reindex);
 *   <li>{@code mail PORT DIR}: the SMTP sink, keeping each e-mail as an .eml file in DIR.
 * </ul>
 * Each binds 127.0.0.1, keeps its data in DIR across restarts and runs until it is killed.
 */
public final class ClusterServices {

  private ClusterServices() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(dir);
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    switch (args[0]) {
      case "zookeeper" -> zookeeper(port, dir);
      case "solr" -> solr(port, dir, args[3]);
      case "mail" -> DemoMailbox.start(dir, port);
      default -> throw new IllegalArgumentException("zookeeper, solr or mail: " + args[0]);
    }
    System.out.println(args[0] + " ready on 127.0.0.1:" + port);
    Thread.currentThread().join();
  }

  private static void zookeeper(int port, Path dir) throws Exception {
    ZkTestServer zk = new ZkTestServer(dir.resolve("data"), port);
    // false: keep what an earlier run stored (collections, aliases), as a real ensemble would
    zk.run(false);
    try (SolrZkClient client = new SolrZkClient.Builder().withUrl(zk.getZkHost())
        .withTimeout(30, TimeUnit.SECONDS).build()) {
      if (!client.exists("/solr/solr.xml", true)) {
        client.makePath("/solr/solr.xml",
            MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.getBytes(StandardCharsets.UTF_8), true);
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        zk.shutdown();
      } catch (Exception e) {
        System.err.println("ZooKeeper did not stop cleanly: " + e);
      }
    }));
  }

  private static void solr(int port, Path dir, String zkHost) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("solr.xml"), MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
    Properties node = new Properties();
    node.setProperty("zkHost", zkHost);
    // the address the node registers under in ZooKeeper, which clients then call
    node.setProperty("host", "127.0.0.1");
    JettySolrRunner runner = new JettySolrRunner(home.toString(), node,
        JettyConfig.builder().setPort(port).setContext("/solr").build());
    runner.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.stop();
      } catch (Exception e) {
        System.err.println("Solr did not stop cleanly: " + e);
      }
    }));
  }
}
