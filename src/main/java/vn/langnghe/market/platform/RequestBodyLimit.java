package vn.langnghe.market.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than the application accepts (12 MB: an 8 MB picture and its form) is
 * refused at once with 413 problem+json, before anything reads it. The HTTP listener's own limit
 * (max-post-size in config/wildfly) stays above this one: it answers a bare 400 that names nothing.
 */
@WebFilter("/api/*")
public class RequestBodyLimit extends HttpFilter {

  @Inject
  @ConfigProperty(name = "market.http.max-body-bytes", defaultValue = "12582912")
  long maxBodyBytes;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      response.setStatus(413);
      response.setHeader("Connection", "close");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      JsonSettings.MAPPER.writeValue(response.getOutputStream(), Problem.of(413, "Payload too large",
          "The request body is larger than " + maxBodyBytes / (1024 * 1024) + " MB."));
      return;
    }
    chain.doFilter(request, response);
  }
}
