package vn.langnghe.market.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The storefront's pages, scripts and styles are revalidated on every use, so a new deployment
 * reaches browsers at once; the revalidation is a 304 by the file's content hash (ETag, from
 * {@link Assets}) or by Last-Modified. Their fingerprinted addresses ({@link FingerprintedAssets})
 * are kept a year instead. The API sets its own headers. The protection headers come from
 * {@link SecurityHeaders}. The service worker (/sw.js) and the web app manifest are among the
 * revalidated: a browser checks both for a new version on its own schedule and must never be
 * handed a stale one from its HTTP cache.
 */
@WebFilter(urlPatterns = {"/", "*.html", "*.js", "*.css", "*.svg", "*.webmanifest"})
public class StaticFileCaching extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    // only what the container serves from the war: a page a servlet renders has its own tags
    if (DEFAULT_SERVLET.equals(request.getHttpServletMapping().getServletName())) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      Optional<String> tag = Assets.current().etagOf(path.equals("/") ? "/index.html" : path);
      if (tag.isPresent()) {
        response.setHeader("ETag", tag.get());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.get()) || ifNoneMatch.trim().equals("*"))
            && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
          response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static final String DEFAULT_SERVLET = "default";
}
