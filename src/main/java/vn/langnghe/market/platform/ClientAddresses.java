package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is calling, for per-client limits: the socket's peer address. X-Forwarded-For is believed
 * only when that peer is one of our own proxies ({@code market.trusted-proxies}, addresses as the
 * server sees them), since anyone else can write any address into it.
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "market.trusted-proxies")
  Optional<List<String>> trustedProxies;

  /** The client of the request being handled. */
  public String current() {
    Set<String> trusted =
        trustedProxies.orElse(List.of()).stream().map(String::trim).collect(Collectors.toSet());
    return clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
  }

  /**
   * The nearest address that is not one of our proxies: each proxy appends the address it was
   * called from, so the list is read from its end and only as far as our own proxies reach. Every
   * header line counts, in order: a proxy may add a line of its own after the client's instead of
   * appending to it.
   */
  static String clientOf(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor.isEmpty() || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = String.join(",", forwardedFor).split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (hop.isEmpty()) {
        break;
      }
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
