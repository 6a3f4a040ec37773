package vn.langnghe.market.payouts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.PayoutViews.BalanceView;

/** The artisan's money by state: pending, available, on hold, paid out. */
@Path("/my/balance")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

  @Inject PayoutBalances balances;

  @GET
  public BalanceView balance(@Context SecurityContext security) {
    return balances.balance(Caller.of(security));
  }
}
