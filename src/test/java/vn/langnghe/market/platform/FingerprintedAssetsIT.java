package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;

/**
 * Static files under their fingerprinted addresses are kept a year; under their plain paths they
 * are revalidated each time, a 304 when unchanged. The fingerprints expected are computed here
 * from the files in webapp/, as deployed.
 */
class FingerprintedAssetsIT extends MarketIT {

  private static final Path WEBAPP = Path.of("webapp");

  @Test
  void aFingerprintedAddressIsKeptAYearAndServesTheFile() throws IOException {
    Assets assets = new Assets(deployedFiles());
    String css = assets.urlOf("/css/site.css");
    assertThat(css).matches("/v/[0-9a-f]{12}/css/site\\.css");

    Api.Reply kept = api.get(css);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.contentType()).startsWith("text/css");
    assertThat(kept.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(kept.raw().body()).isEqualTo(Files.readAllBytes(WEBAPP.resolve("css/site.css")));

    Api.Reply module = api.get(assets.urlOf("/js/api.js"));
    assertThat(module.status()).isEqualTo(200);
    assertThat(module.contentType()).startsWith("text/javascript");
    assertThat(module.header("Cache-Control")).contains("immutable");
    Api.Reply picture = api.get(assets.urlOf("/img/logo.svg"));
    assertThat(picture.status()).isEqualTo(200);
    assertThat(picture.header("Cache-Control")).contains("immutable");

    // the page's import map (the one inline script) is allowed by its hash, on every answer
    assertThat(api.get("/login.html").header("Content-Security-Policy"))
        .contains("script-src 'self' " + assets.importMapSource());
  }

  @Test
  void anOutdatedFingerprintGetsTodaysFileRevalidatedAndNothingElseIsServed() {
    Api.Reply outdated = api.get("/v/000000000000/css/site.css");
    assertThat(outdated.status()).isEqualTo(200);
    assertThat(outdated.header("Cache-Control")).isEqualTo("no-cache");

    assertThat(api.get("/v/000000000000/WEB-INF/web.xml").status()).isEqualTo(404);
    assertThat(api.get("/v/000000000000/css/nothing.css").status()).isEqualTo(404);
    assertThat(api.get("/v/000000000000/index.html").status()).as("pages are not kept a year").isEqualTo(404);
    assertThat(api.get("/v/").status()).isEqualTo(404);
  }

  @Test
  void plainPathsAreRevalidatedAndAnswer304WhenUnchanged() throws IOException {
    Assets assets = new Assets(deployedFiles());
    for (String path : new String[] {"/css/site.css", "/js/api.js", "/login.html"}) {
      Api.Reply plain = api.get(path);
      assertThat(plain.status()).as(path).isEqualTo(200);
      assertThat(plain.header("Cache-Control")).as(path).isEqualTo("no-cache");
      String tag = plain.header("ETag");
      assertThat(tag).as(path).isEqualTo(assets.etagOf(path).orElseThrow());

      Api.Reply byTag = api.send(api.request(path, null).header("If-None-Match", tag).build());
      assertThat(byTag.status()).as(path + " If-None-Match").isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      Api.Reply otherTag = api.send(api.request(path, null).header("If-None-Match", "\"changed\"").build());
      assertThat(otherTag.status()).as(path + " another tag").isEqualTo(200);

      String lastModified = plain.header("Last-Modified");
      assertThat(lastModified).as(path + " Last-Modified").isNotNull();
      HttpRequest since = api.request(path, null).header("If-Modified-Since", lastModified).build();
      assertThat(api.send(since).status()).as(path + " If-Modified-Since").isEqualTo(304);
    }
  }

  @Test
  void pagesStylesAndScriptsGoOutCompressedButApiAnswersDoNot() throws IOException {
    Assets assets = new Assets(deployedFiles());
    for (String path : new String[] {assets.urlOf("/css/site.css"), assets.urlOf("/js/api.js"), "/", "/login.html"}) {
      Api.Reply zipped = api.send(api.request(path, null).header("Accept-Encoding", "gzip").build());
      assertThat(zipped.status()).as(path).isEqualTo(200);
      assertThat(zipped.header("Content-Encoding")).as(path).isEqualTo("gzip");
      byte[] plain = api.get(path).raw().body();
      assertThat(zipped.raw().body().length).as(path).isLessThan(plain.length / 2);
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.raw().body()))) {
        assertThat(in.readAllBytes()).as(path).isEqualTo(plain);
      }
    }
    // JSON can carry what a caller typed beside a secret: never compressed (BREACH)
    Api.Reply json = api.send(api.request("/api/categories", null).header("Accept-Encoding", "gzip").build());
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Encoding")).isNull();
  }

  /** The war's static files as AssetsInstaller reads them: css/, js/, img/ and the root pages. */
  private static Map<String, byte[]> deployedFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(WEBAPP)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String path = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
        boolean asset = Assets.FOLDERS.stream().anyMatch(path::startsWith);
        boolean page = path.indexOf('/', 1) < 0 && path.endsWith(".html");
        if (asset || page) {
          files.put(path, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }
}
