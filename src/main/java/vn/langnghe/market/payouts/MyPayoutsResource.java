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
import vn.langnghe.market.payouts.PayoutViews.MyPayouts;

/** The payouts made to the artisan's shop, newest first, with the orders each one paid. */
@Path("/my/payouts")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class MyPayoutsResource {

  @Inject PayoutBalances balances;

  @GET
  public MyPayouts payouts(@Context SecurityContext security) {
    return balances.payouts(Caller.of(security));
  }
}
