package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprinted addresses change exactly when the bytes behind them do. */
class AssetsTest {

  private static final Map<String, byte[]> FILES = Map.of(
      "/css/site.css", bytes("body{color:#222}"),
      "/img/logo.svg", bytes("<svg/>"),
      "/js/api.js", bytes("export const get = 1;"),
      "/js/pages/product.js", bytes("import { get } from '/js/api.js';"),
      "/index.html", bytes("<!doctype html>"));

  @Test
  void aChangedFileGetsANewAddressAndTheOthersKeepTheirs() {
    Assets before = new Assets(FILES);
    Map<String, byte[]> edited = new HashMap<>(FILES);
    edited.put("/css/site.css", bytes("body{color:#111}"));
    Assets after = new Assets(edited);

    assertThat(before.urlOf("/css/site.css")).matches("/v/[0-9a-f]{12}/css/site\\.css");
    assertThat(after.urlOf("/css/site.css")).isNotEqualTo(before.urlOf("/css/site.css"));
    assertThat(after.urlOf("/img/logo.svg")).isEqualTo(before.urlOf("/img/logo.svg"));
    assertThat(after.urlOf("/js/api.js")).isEqualTo(before.urlOf("/js/api.js"));
    assertThat(new Assets(new HashMap<>(FILES)).urlOf("/css/site.css"))
        .as("the same bytes, the same address").isEqualTo(before.urlOf("/css/site.css"));
  }

  @Test
  void modulesShareTheirFolderFingerprintSoTheirImportsFollowThem() {
    Assets before = new Assets(FILES);
    Map<String, byte[]> edited = new HashMap<>(FILES);
    edited.put("/js/api.js", bytes("export const get = 2;"));
    Assets after = new Assets(edited);

    String api = before.urlOf("/js/api.js");
    String page = before.urlOf("/js/pages/product.js");
    assertThat(page.substring(0, 16)).isEqualTo(api.substring(0, 16));
    assertThat(after.urlOf("/js/pages/product.js")).as("a changed import moves its importers too")
        .isNotEqualTo(page);
    assertThat(before.importMap()).isEqualTo(
        "{\"imports\":{\"/js/\":\"" + api.substring(0, api.indexOf("/js/")) + "/js/\"}}");
  }

  @Test
  void theImportMapsHashIsTheOneTheContentSecurityPolicyAllows() throws Exception {
    Assets assets = new Assets(FILES);
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(assets.importMap().getBytes(StandardCharsets.UTF_8)));
    assertThat(assets.importMapSource()).isEqualTo("'sha256-" + hash + "'");
  }

  @Test
  void unknownFilesAndPagesKeepTheirPlainAddressesButPagesHaveAnEntityTag() {
    Assets assets = new Assets(FILES);
    assertThat(assets.urlOf("/css/missing.css")).isEqualTo("/css/missing.css");
    assertThat(assets.urlOf("/index.html")).isEqualTo("/index.html");
    assertThat(assets.etagOf("/index.html")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]{32}\""));
    assertThat(assets.etagOf("/nothing.html")).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
