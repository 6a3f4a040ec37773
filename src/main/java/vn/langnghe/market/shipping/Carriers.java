package vn.langnghe.market.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The carriers a shop may name, and each one's public tracking page for a code. GHN has an API
 * here; the others are entered by hand with their code, and only linked.
 */
@ApplicationScoped
public class Carriers {

  /**
   * Public tracking pages, keyed by the carrier's name folded to letters and digits. Only GHN
   * documents its page; the others are the pages shops commonly link, to check when one moves.
   */
  private static final Map<String, String> TRACKING = Map.of(
      "viettelpost", "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=",
      "vtp", "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=",
      "vnpost", "https://www.vnpost.vn/vi-vn/dinh-vi/buu-pham?key=",
      "buudienvietnam", "https://www.vnpost.vn/vi-vn/dinh-vi/buu-pham?key=",
      "ghtk", "https://i.ghtk.vn/",
      "giaohangtietkiem", "https://i.ghtk.vn/",
      "jtexpress", "https://jtexpress.vn/vi/tracking?type=track&billcode=");

  @Inject GhnSettings ghn;

  /** True for the carriers booked through their API rather than by hand. */
  public static boolean hasApi(String carrier) {
    return carrier != null && isGhn(carrier);
  }

  static boolean isGhn(String carrier) {
    String key = fold(carrier);
    return key.equals("ghn") || key.equals("giaohangnhanh");
  }

  /** The carrier's tracking page of a code; null for a carrier we do not know. */
  public String trackingUrl(String carrier, String code) {
    if (carrier == null || code == null || code.isBlank()) {
      return null;
    }
    if (isGhn(carrier)) {
      return ghn.trackingUrl(code);
    }
    String page = TRACKING.get(fold(carrier));
    return page == null ? null : page + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
  }

  static String fold(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D');
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
