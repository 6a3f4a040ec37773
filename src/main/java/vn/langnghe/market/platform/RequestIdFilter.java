package vn.langnghe.market.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its id (see {@link RequestIds}) before anything else runs: in the MDC for
 * the log lines it causes, and in the {@code X-Request-Id} answer. Mapped first in web.xml, for
 * the API and the pages alike, and again on the error dispatch: the server's error page is a
 * dispatch of its own, after this filter's first pass has ended, and a 500 logged there must
 * carry the same id (a request refused before any filter, such as a broken percent-encoding,
 * gets its id there).
 */
public class RequestIdFilter extends HttpFilter {

  /** The request's id, kept across its dispatches. */
  static final String ATTRIBUTE = RequestIds.class.getName();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = (String) request.getAttribute(ATTRIBUTE);
    if (id == null) {
      id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
      request.setAttribute(ATTRIBUTE, id);
    }
    response.setHeader(RequestIds.HEADER, id);
    try (RequestIds.Scope scope = RequestIds.actingFor(id)) {
      chain.doFilter(request, response);
    }
  }
}
