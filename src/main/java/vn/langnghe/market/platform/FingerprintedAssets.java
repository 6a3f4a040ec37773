package vn.langnghe.market.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /v/<fingerprint>/css/site.css}: the file {@code /css/site.css}, kept by browsers and
 * shared caches for a year without asking, since its address changes with its bytes
 * ({@link Assets}). An address from an earlier deployment (an old page still open, a cached page)
 * gets today's file, revalidated like a plain path: never a year of the wrong bytes under it.
 */
@WebServlet(urlPatterns = "/v/*")
public class FingerprintedAssets extends HttpServlet {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String rest = request.getPathInfo();
    int slash = rest == null ? -1 : rest.indexOf('/', 1);
    String path = slash < 0 ? null : rest.substring(slash);
    Assets assets = Assets.current();
    if (path == null || path.contains("..") || assets.fingerprintOf(path).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean current = assets.fingerprintOf(path).get().equals(rest.substring(1, slash));
    response.setHeader("Cache-Control", current ? IMMUTABLE : "no-cache");
    assets.etagOf(path).ifPresent(tag -> response.setHeader("ETag", tag));
    request.getRequestDispatcher(path).forward(request, response);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doGet(request, response);
  }
}
