package vn.langnghe.market.platform;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every request is handled as addressed to {@code market.public-url}: the Host header and scheme
 * are replaced before anything reads them, so absolute URLs (a 303's Location, a 201's, the
 * container's own redirects) name the marketplace and never a host a client made up.
 */
public class PublicAddress implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    Optional<String> configured = ConfigProvider.getConfig(servletContext.getClassLoader())
        .getOptionalValue("market.public-url", String.class);
    configured.map(URI::create).ifPresent(url -> deployment.addInitialHandlerChainWrapper(rebase(url)));
  }

  static HandlerWrapper rebase(URI publicUrl) {
    String authority = publicUrl.getRawAuthority();
    String scheme = publicUrl.getScheme();
    return next -> (HttpHandler) exchange -> {
      exchange.getRequestHeaders().put(Headers.HOST, authority);
      exchange.setRequestScheme(scheme);
      next.handleRequest(exchange);
    };
  }
}
