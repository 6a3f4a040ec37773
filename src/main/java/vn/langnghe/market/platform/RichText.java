package vn.langnghe.market.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Descriptions are HTML written by artisans and shown to everyone: only formatting and plain links
 * survive (no scripts, styles, event handlers, frames or images from elsewhere).
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

  private RichText() {}

  public static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return POLICY.sanitize(VietnameseText.nfc(html));
  }
}
