package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page of webapp/ (and the storefront's frame template) names the web app manifest and loads the module that registers the service
 * worker, so the site is installable and gets its offline copies from whichever page an artisan
 * opens first. The offline page names the manifest but runs nothing.
 */
class InstallLinksTest {

  static final String MANIFEST = "<link rel=\"manifest\" href=\"/manifest.webmanifest\">";
  static final String INSTALL = "<script type=\"module\" src=\"/js/install.js\"></script>";
  /** The same in the storefront's frame, at the module's fingerprinted address. */
  static final String INSTALL_IN_FRAME = "<script type=\"module\" src=\"${Assets.url(\"/js/install.js\")}\"></script>";

  @Test
  void everyPageNamesTheManifestAndRegistersTheServiceWorker() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(Path.of("webapp"))) {
      pages = Stream.concat(files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("offline.html")),
          // the frame of every server-rendered storefront page
          Stream.of(Path.of("src/main/jte/frame.jte"))).toList();
    }
    assertThat(pages).hasSizeGreaterThan(20);
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      String head = html.substring(0, html.indexOf("</head>"));
      assertThat(head).as(page.toString())
          .contains(MANIFEST, page.toString().endsWith(".jte") ? INSTALL_IN_FRAME : INSTALL);
    }
  }

  @Test
  void theOfflinePageNamesTheManifestAndRunsNothing() throws IOException {
    String html = Files.readString(Path.of("webapp/offline.html"), StandardCharsets.UTF_8);
    assertThat(html).contains(MANIFEST).doesNotContain("<script");
  }
}
