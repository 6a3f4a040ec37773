package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void strictTransportSecurityOnlyOverTls() {
    assertThat(SecurityHeaders.headersFor(false)).doesNotContainKey("Strict-Transport-Security");
    assertThat(SecurityHeaders.headersFor(true).get("Strict-Transport-Security")).startsWith("max-age=31536000");
  }

  @Test
  void thePolicyAllowsNoInlineScriptOrStyleAndNoFraming() {
    String policy = SecurityHeaders.headersFor(false).get("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe");
  }
}
