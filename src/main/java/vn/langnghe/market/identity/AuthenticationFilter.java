package vn.langnghe.market.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
 * Turns "Authorization: Bearer …" into the request's {@link Caller}. Without a valid token the
 * request stays anonymous: public pages still work with a stale token in the browser, and the
 * access check answers 401 on protected endpoints, saying the token was not accepted.
 *
 * <p>A commune digital helper acts for an artisan by adding {@value #ACTING_FOR}: the artisan's
 * account id. The request then runs as that artisan, marked with the helper (see
 * {@link Caller#helperAccountId()}), if the helper holds a mandate for them; else 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  /** Request property: why a presented token was not accepted (for the 401 of the access check). */
  static final String REJECTED_TOKEN = "market.rejectedToken";

  /** Request header: the artisan account a digital helper acts for. */
  public static final String ACTING_FOR = "X-Acting-For";

  @Inject Accounts accounts;
  @Inject Instance<HelperMandates> mandates;

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
    Caller caller = actingFor(found.get(), request.getHeaderString(ACTING_FOR));
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

  private Caller actingFor(Caller helper, String artisan) {
    if (artisan == null || artisan.isBlank()) {
      return helper;
    }
    if (!helper.has(Role.DIGITAL_HELPER)) {
      throw new Problems.AccessDeniedException(ACTING_FOR + ": only a commune digital helper acts for someone.");
    }
    long artisanId;
    try {
      artisanId = Long.parseLong(artisan.strip());
    } catch (NumberFormatException e) {
      throw new Problems.InvalidInputException(ACTING_FOR, "an account id");
    }
    return (mandates.isResolvable() ? mandates.get().actingFor(helper.accountId(), artisanId)
            : java.util.Optional.<Caller>empty())
        .orElseThrow(() -> new Problems.AccessDeniedException(
            ACTING_FOR + ": you hold no mandate from this artisan."));
  }
}
