package vn.langnghe.market.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The storefront's static files (styles, scripts, pictures) under addresses that change when
 * their bytes do, so browsers keep them a year without asking: {@code Assets.url("/css/site.css")}
 * is {@code /v/<fingerprint>/css/site.css}, served by {@link FingerprintedAssets}. A file's
 * fingerprint is its own content hash, except the ES modules under {@code /js/}: they import one
 * another by plain path ({@code import … from '/js/api.js'}), so they share one fingerprint over
 * the whole folder, and {@link #importMapTag()} maps {@code /js/} to that folder for the page's
 * imports. Computed once at start ({@link AssetsInstaller}) from the deployed files.
 */
public final class Assets {

  static final String PREFIX = "/v/";
  /** The folders whose files get fingerprinted addresses; pages at the root get only an ETag. */
  static final Set<String> FOLDERS = Set.of("/css/", "/js/", "/img/");
  static final String MODULES = "/js/";
  private static final int FINGERPRINT_LENGTH = 12;

  private static volatile Assets current = new Assets(Map.of());

  /** Content hash (hex SHA-256) of every file by its path ("/css/site.css"). */
  private final Map<String, String> hashes;
  private final String modulesFingerprint;

  Assets(Map<String, byte[]> files) {
    Map<String, String> hashed = new TreeMap<>();
    MessageDigest modules = sha256();
    // TreeMap: the folder's hash does not depend on the order the server lists files in
    new TreeMap<>(files).forEach((path, bytes) -> {
      hashed.put(path, HexFormat.of().formatHex(sha256().digest(bytes)));
      if (path.startsWith(MODULES)) {
        modules.update(path.getBytes(StandardCharsets.UTF_8));
        modules.update((byte) 0);
        modules.update(bytes);
      }
    });
    this.hashes = Map.copyOf(hashed);
    this.modulesFingerprint = HexFormat.of().formatHex(modules.digest()).substring(0, FINGERPRINT_LENGTH);
  }

  static void install(Assets assets) {
    current = assets;
  }

  static Assets current() {
    return current;
  }

  /**
   * The long-cached address of a static file ({@code "/css/site.css"} →
   * {@code "/v/3f9a0c1d2e4b/css/site.css"}); the path itself for a file the server does not have
   * (nothing to fingerprint, and a broken link stays visible as such).
   */
  public static String url(String path) {
    return current.urlOf(path);
  }

  /**
   * {@code <script type="importmap">} sending the page's {@code /js/…} module imports to their
   * fingerprinted folder; put it in the head before any module script of a page whose scripts
   * come from {@link #url}. Allowed by the Content-Security-Policy through {@link #importMapHash()}.
   */
  public static String importMapTag() {
    return "<script type=\"importmap\">" + current.importMap() + "</script>";
  }

  /** The CSP source ({@code 'sha256-…'}) allowing exactly {@link #importMapTag()}'s script. */
  public static String importMapHash() {
    return current.importMapSource();
  }

  String urlOf(String path) {
    return fingerprintOf(path).map(fingerprint -> PREFIX + fingerprint + path).orElse(path);
  }

  Optional<String> fingerprintOf(String path) {
    String hash = hashes.get(path);
    if (hash == null || FOLDERS.stream().noneMatch(path::startsWith)) {
      return Optional.empty();
    }
    return Optional.of(path.startsWith(MODULES) ? modulesFingerprint : hash.substring(0, FINGERPRINT_LENGTH));
  }

  /** The file's strong entity tag (its content hash), for revalidating plain paths. */
  Optional<String> etagOf(String path) {
    return Optional.ofNullable(hashes.get(path)).map(hash -> "\"" + hash.substring(0, 32) + "\"");
  }

  boolean has(String path) {
    return hashes.containsKey(path);
  }

  String importMap() {
    return "{\"imports\":{\"" + MODULES + "\":\"" + PREFIX + modulesFingerprint + MODULES + "\"}}";
  }

  String importMapSource() {
    return "'sha256-" + Base64.getEncoder().encodeToString(
        sha256().digest(importMap().getBytes(StandardCharsets.UTF_8))) + "'";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
