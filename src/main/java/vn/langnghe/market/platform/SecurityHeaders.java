package vn.langnghe.market.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a browser should refuse on the marketplace's behalf, on every answer (pages and API):
 * scripts, styles and frames only from the marketplace itself, no framing by other sites, no
 * full URLs leaked to other sites, no camera or location, and HTTPS only once seen over HTTPS.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  /** The headers for an answer; Strict-Transport-Security only over TLS (browsers ignore it else). */
  static Map<String, String> headersFor(boolean secure) {
    Map<String, String> headers = new LinkedHashMap<>();
    // the storefront's import map (Assets) is the one inline script allowed, by its hash
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY.replace("script-src 'self'",
        "script-src 'self' " + Assets.importMapHash()));
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (secure) {
      headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    return headers;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headersFor(request.isSecure()).forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
