package vn.langnghe.market.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second WildFly process beside the Arquillian one: the same provisioned server (its own
 * {@code jboss.server.base.dir} under target/), the same system properties as arquillian.xml
 * gives the first (the same database, Solr, SMTP and gateway simulators, which live on the first
 * node), its ports moved by {@link #OFFSET} more, and the built war in its deployments folder.
 * What two nodes behind a load balancer are, minus the balancer.
 */
public final class SecondNode implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SecondNode.class.getName());
  /** Ports of the second node: the first node's offset plus this (550 beside 500). */
  public static final int OFFSET = 50;
  private static final Duration BOOT = Duration.ofSeconds(240);

  private final Process process;
  private final int portOffset;
  private final Path base;
  private final Thread killer;

  private SecondNode(Process process, int portOffset, Path base) {
    this.process = process;
    this.portOffset = portOffset;
    this.base = base;
    // a test run that ends without close() must not leave a server behind
    this.killer = new Thread(this::stop);
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /** Starts it and waits until the war is deployed. */
  public static SecondNode start() throws Exception {
    Path home = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
    Path war = Path.of(System.getProperty("market.war", "target/market.war")).toAbsolutePath();
    int offset = TestSite.portOffset() + OFFSET;
    Path base = Path.of("target", "second-node").toAbsolutePath();
    deleteRecursively(base);
    Path configuration = base.resolve("configuration");
    copyTree(home.resolve("standalone").resolve("configuration"), configuration);
    Path xml = configuration.resolve("standalone-microprofile.xml");
    // the first node's deployments, recorded in its configuration, are not this node's
    Files.writeString(xml, Files.readString(xml).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(war, deployments.resolve("market.war"));

    // what standalone.conf would add, as JAVA_OPTS replaces its defaults; a smaller heap than the
    // first node's, as this one only runs jobs and answers a few requests
    String jvm = vmArguments().replaceAll("-Djboss\\.socket\\.binding\\.port-offset=\\S+", "")
        .replaceAll("-Xmx\\S+", "-Xmx1g")
        + " -Djboss.socket.binding.port-offset=" + offset + " -Djboss.node.name=node-2"
        + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true";
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("standalone.sh").toString(),
        "-c", "standalone-microprofile.xml", "-Djboss.server.base.dir=" + base)
        .redirectErrorStream(true)
        .redirectOutput(base.resolve("console.log").toFile());
    // standalone.sh evals JAVA_OPTS: quoted, the database URL's parentheses stay as they are
    builder.environment().put("JAVA_OPTS", java.util.Arrays.stream(jvm.strip().split("\\s+"))
        .map(argument -> "'" + argument + "'").collect(java.util.stream.Collectors.joining(" ")));
    builder.environment().put("JBOSS_HOME", home.toString());
    // the script then runs java in the background and passes TERM on to it
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    LOG.info("Starting a second WildFly at port offset " + offset + " in " + base);
    SecondNode node = new SecondNode(builder.start(), offset, base);
    try {
      node.awaitDeployed(deployments);
    } catch (Exception | AssertionError e) {
      node.close();
      throw e;
    }
    return node;
  }

  /** The marketplace's base URL on this node, without a trailing slash. */
  public String base() {
    return "http://localhost:" + (8080 + portOffset);
  }

  private void awaitDeployed(Path deployments) throws Exception {
    Instant deadline = Instant.now().plus(BOOT);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (true) {
      if (Files.exists(deployments.resolve("market.war.failed"))) {
        throw new IllegalStateException("The second node failed to deploy the war: "
            + Files.readString(deployments.resolve("market.war.failed")) + "; see " + base.resolve("console.log"));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The second node stopped; see " + base.resolve("console.log"));
      }
      if (Files.exists(deployments.resolve("market.war.deployed")) && answers(http)) {
        LOG.info("The second node serves " + base());
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("The second node not up after " + BOOT + "; see " + base.resolve("console.log"));
      }
      Thread.sleep(500);
    }
  }

  private boolean answers(HttpClient http) {
    try {
      HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + (9990 + portOffset) + "/health/ready"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
      return ready.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The JVM arguments arquillian.xml gives the first node, with their placeholders filled in. */
  static String vmArguments() throws IOException {
    String xml;
    try (InputStream in = SecondNode.class.getClassLoader().getResourceAsStream("arquillian.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher arguments = Pattern.compile("<property name=\"javaVmArguments\">(.*?)</property>", Pattern.DOTALL)
        .matcher(xml);
    if (!arguments.find()) {
      throw new IllegalStateException("arquillian.xml names no javaVmArguments");
    }
    Matcher placeholder = Pattern.compile("\\$\\{([^}]+)}").matcher(arguments.group(1).strip());
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = System.getProperty(placeholder.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for ${" + placeholder.group(1) + "} in arquillian.xml");
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  /** Stops the server (TERM, then KILL after 30 s) and everything it started. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs now anyway
    }
  }

  private void stop() {
    List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    all.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plusSeconds(30);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
            java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (Exception notYet) {
        handle.destroyForcibly();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
