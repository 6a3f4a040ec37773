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
import vn.langnghe.market.platform.Problems;

/**
 * Turns "Authorization: Bearer …" into the request's {@link Caller}. A request without the header
 * stays anonymous; one with an unknown or expired token is refused with 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject Accounts accounts;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new Problems.AuthenticationRequiredException("Use 'Authorization: Bearer <token>'.");
    }
    String token = header.substring(BEARER.length()).trim();
    if (token.isEmpty() || token.length() > 100) {
      throw new Problems.AuthenticationRequiredException("The token is not valid; sign in again.");
    }
    Caller caller =
        accounts
            .callerFor(token)
            .orElseThrow(
                () -> new Problems.AuthenticationRequiredException(
                    "The token is unknown or expired; sign in again."));
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
