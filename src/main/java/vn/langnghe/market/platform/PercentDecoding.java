package vn.langnghe.market.platform;

import io.undertow.UndertowOptions;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import io.undertow.util.CanonicalPathUtils;
import io.undertow.util.URLUtils;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import org.xnio.OptionMap;

/**
 * Percent-decodes the address and its parameters the way the HTTP listener would, so that a broken
 * encoding ({@code ?q=%zz}, a cut-off {@code %E0%A4%A}) reaches the error pages as a 400 naming what
 * is broken: problem+json under /api, the Vietnamese page elsewhere. The listener itself must not
 * decode (decode-url=false in config/wildfly): when it does, it refuses such a request with a bare
 * 400 before any of the application runs, and this class then leaves the request alone.
 */
public class PercentDecoding implements ServletExtension {

  /** Request attribute: the query parameter whose encoding is broken, or "path" for the address. */
  public static final String BROKEN_PART = PercentDecoding.class.getName() + ".broken-part";

  private static final AttachmentKey<String> BROKEN = AttachmentKey.create(String.class);

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    deployment.addInitialHandlerChainWrapper(decoding());
    deployment.addInnerHandlerChainWrapper(refusingBroken());
  }

  /** Runs before the servlet is chosen, so that it is chosen by the decoded path. */
  static HandlerWrapper decoding() {
    return next -> (HttpHandler) exchange -> {
      OptionMap options = exchange.getConnection().getUndertowOptions();
      if (!options.get(UndertowOptions.DECODE_URL, true)) {
        String broken = decode(exchange, options.get(UndertowOptions.URL_CHARSET, StandardCharsets.UTF_8.name()),
            URLUtils.getSlashDecodingFlag(options));
        if (broken != null) {
          exchange.putAttachment(BROKEN, broken);
        }
      }
      next.handleRequest(exchange);
    };
  }

  /**
   * Runs just before the servlet, once the request and its security context exist, so that the
   * refusal goes through web.xml's error pages (whose own dispatch passes here too: hence the removal).
   */
  static HandlerWrapper refusingBroken() {
    return next -> (HttpHandler) exchange -> {
      String broken = exchange.removeAttachment(BROKEN);
      if (broken == null) {
        next.handleRequest(exchange);
        return;
      }
      ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
      servlet.getServletRequest().setAttribute(BROKEN_PART, broken);
      ((HttpServletResponse) servlet.getServletResponse()).sendError(HttpServletResponse.SC_BAD_REQUEST);
    };
  }

  /**
   * Decodes path, query and path parameters in place (a query's '+' is a space, an encoded slash
   * stays encoded unless the listener allows it), then makes the path canonical again, because a
   * decoded "%2e%2e" is a "..". Returns what could not be decoded, leaving the rest undecoded.
   */
  private static String decode(HttpServerExchange exchange, String charset, boolean decodeSlash) {
    StringBuilder buffer = new StringBuilder();
    String relativePath;
    try {
      relativePath = URLUtils.decode(exchange.getRelativePath(), charset, decodeSlash, false, buffer);
      exchange.setRequestPath(URLUtils.decode(exchange.getRequestPath(), charset, decodeSlash, false, buffer));
      exchange.setResolvedPath(URLUtils.decode(exchange.getResolvedPath(), charset, decodeSlash, false, buffer));
    } catch (IllegalArgumentException e) {
      exchange.getQueryParameters().clear();
      exchange.getPathParameters().clear();
      return "path";
    }
    exchange.setRelativePath(CanonicalPathUtils.canonicalize(relativePath));
    exchange.setRequestPath(CanonicalPathUtils.canonicalize(exchange.getRequestPath()));
    String broken = decodeAll(exchange.getQueryParameters(), charset, true, buffer);
    return broken != null ? broken : decodeAll(exchange.getPathParameters(), charset, false, buffer);
  }

  private static String decodeAll(Map<String, Deque<String>> parameters, String charset, boolean form,
      StringBuilder buffer) {
    Map<String, Deque<String>> decoded = new TreeMap<>();
    for (Map.Entry<String, Deque<String>> parameter : parameters.entrySet()) {
      String name;
      try {
        name = URLUtils.decode(parameter.getKey(), charset, true, form, buffer);
      } catch (IllegalArgumentException e) {
        parameters.clear();
        return parameter.getKey();
      }
      Deque<String> values = new ArrayDeque<>(parameter.getValue().size());
      try {
        for (String value : parameter.getValue()) {
          values.add(URLUtils.decode(value, charset, true, form, buffer));
        }
      } catch (IllegalArgumentException e) {
        parameters.clear();
        return name;
      }
      decoded.merge(name, values, (first, more) -> {
        first.addAll(more);
        return first;
      });
    }
    parameters.clear();
    parameters.putAll(decoded);
    return null;
  }
}
