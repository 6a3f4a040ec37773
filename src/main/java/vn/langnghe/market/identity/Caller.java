package vn.langnghe.market.identity;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import vn.langnghe.market.platform.Problems;

/** The signed-in user of a request, as the authentication filter established it. */
public record Caller(long accountId, String email, Set<Role> roles) implements Principal {

  @Override
  public String getName() {
    return email;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The caller of a request that passed the access check of a signed-in-only endpoint. */
  public static Caller of(SecurityContext context) {
    if (context.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw new Problems.AuthenticationRequiredException("Sign in first.");
  }
}
