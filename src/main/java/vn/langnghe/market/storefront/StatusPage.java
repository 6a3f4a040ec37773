package vn.langnghe.market.storefront;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A storefront page sent with a status other than 200: the search page saying what is wrong with
 * its filters (400) or that search is down for a moment (503, with Retry-After). Thrown while
 * rendering, sent by {@link StorefrontPages}; never cached.
 */
final class StatusPage extends RuntimeException {

  private final int status;
  private final transient byte[] body;
  private final Integer retryAfterSeconds;

  StatusPage(int status, byte[] body, Integer retryAfterSeconds) {
    super("page with status " + status, null, false, false);
    this.status = status;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  void send(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    if (retryAfterSeconds != null) {
      response.setHeader("Retry-After", retryAfterSeconds.toString());
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
