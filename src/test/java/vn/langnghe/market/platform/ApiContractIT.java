package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;

/**
 * Keeps docs/api.md, the contract partners build on, in step with what the server publishes at
 * {@code /openapi}: an endpoint served under /api but missing from the document fails the build.
 * The gateway simulators under /api/sandbox exist only in the sandbox and are not the contract.
 */
class ApiContractIT extends MarketIT {

  private static final Pattern PATH_IN_DOC = Pattern.compile("/api/[A-Za-z0-9_./{},-]*");
  private static final Pattern ALTERNATIVES = Pattern.compile("\\{([a-z-]+(?:,[a-z-]+)+)}");
  private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]*}");

  @Test
  void everyEndpointTheServerPublishesIsInTheContract() throws IOException {
    Api.Reply openapi = api.get("/openapi?format=JSON");
    assertThat(openapi.status()).isEqualTo(200);
    Set<String> documented = documentedPaths(Files.readString(Path.of("docs", "api.md"), StandardCharsets.UTF_8));

    Set<String> served = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : openapi.json().at("/paths").properties()) {
      String address = path.getKey();
      if (!address.startsWith("/api/") || address.contains("/sandbox/")) {
        continue;
      }
      served.add(address);
      if (!documented.contains(normalised(address))) {
        missing.add(address + " " + path.getValue().propertyStream().map(Map.Entry::getKey)
            .map(m -> m.toUpperCase(Locale.ROOT)).toList());
      }
    }

    assertThat(served).as("paths published at /openapi").hasSizeGreaterThan(40);
    assertThat(missing).as("served under /api but not in docs/api.md").isEmpty();
  }

  /** Every /api path the document names, braces of alternatives ({confirm,ship}) spelled out. */
  static Set<String> documentedPaths(String document) {
    Set<String> paths = new TreeSet<>();
    Matcher found = PATH_IN_DOC.matcher(document);
    while (found.find()) {
      for (String path : expanded(found.group().replaceAll("[.,]+$", ""))) {
        paths.add(normalised(path));
      }
    }
    return paths;
  }

  private static List<String> expanded(String path) {
    Matcher alternatives = ALTERNATIVES.matcher(path);
    if (!alternatives.find()) {
      return List.of(path);
    }
    List<String> all = new ArrayList<>();
    for (String choice : alternatives.group(1).split(",")) {
      all.addAll(expanded(path.substring(0, alternatives.start()) + choice + path.substring(alternatives.end())));
    }
    return all;
  }

  private static String normalised(String path) {
    return PARAMETER.matcher(path).replaceAll("{}");
  }
}
