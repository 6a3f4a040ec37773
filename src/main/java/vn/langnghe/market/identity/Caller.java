package vn.langnghe.market.identity;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import vn.langnghe.market.platform.Problems;

/**
 * The signed-in user of a request, as the authentication filter established it.
 *
 * @param helperAccountId when a commune digital helper acts for an artisan, the helper's account:
 *                        the caller is then the artisan (their account, email and roles), and
 *                        whatever is written is marked as done by that helper; null otherwise
 */
public record Caller(long accountId, String email, Set<Role> roles, Long helperAccountId)
    implements Principal {

  public Caller(long accountId, String email, Set<Role> roles) {
    this(accountId, email, roles, null);
  }

  @Override
  public String getName() {
    return email;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether a digital helper is acting for this account in this request. */
  public boolean byHelper() {
    return helperAccountId != null;
  }

  /** The same account, acted for by the helper. */
  public Caller actedForBy(long helper) {
    return new Caller(accountId, email, roles, helper);
  }

  /** The caller of a request that passed the access check of a signed-in-only endpoint. */
  public static Caller of(SecurityContext context) {
    if (context.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw new Problems.AuthenticationRequiredException("Sign in first.");
  }
}
