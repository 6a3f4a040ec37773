package vn.langnghe.market.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Turns "Authorization: Bearer …" into the request's {@link Caller}. Without a valid token the
 * request stays anonymous: public pages still work with a stale token in the browser, and the
 * access check answers 401 on protected endpoints, saying the token was not accepted.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  /** Request property: why a presented token was not accepted (for the 401 of the access check). */
  static final String REJECTED_TOKEN = "market.rejectedToken";

  @Inject Accounts accounts;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.setProperty(REJECTED_TOKEN, "Use 'Authorization: Bearer <token>'.");
      return;
    }
    String token = header.substring(BEARER.length()).trim();
    var found =
        token.isEmpty() || token.length() > 100
            ? java.util.Optional.<Caller>empty()
            : accounts.callerFor(token);
    if (found.isEmpty()) {
      request.setProperty(REJECTED_TOKEN, "The token is unknown or expired; sign in again.");
      return;
    }
    Caller caller = found.get();
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return caller;
          }

          @Override
          public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.name().equals(role));
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }
}
