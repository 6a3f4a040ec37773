package vn.langnghe.market.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The storefront's pages, scripts and styles are revalidated on every use (cheap with
 * Last-Modified), so a new deployment reaches browsers at once; the API sets its own headers.
 * The service worker (/sw.js) and the web app manifest are among them: a browser checks both for
 * a new version on its own schedule, and must never be handed a stale one from its HTTP cache.
 * The protection headers come from {@link SecurityHeaders}.
 */
@WebFilter(urlPatterns = {"/", "*.html", "*.js", "*.css", "*.svg", "*.webmanifest"})
public class StaticFileCaching extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getRequestURI().startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
