package vn.langnghe.market.payouts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.PayoutAccountViews.AccountRequest;
import vn.langnghe.market.payouts.PayoutAccountViews.AccountView;
import vn.langnghe.market.platform.ClientAddresses;
import vn.langnghe.market.platform.RequestValidation;

/** The artisan's receiving account for their own shop (/my/payout-account). */
@Path("/my/payout-account")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyPayoutAccountResource {

  @Inject ReceivingAccounts receivingAccounts;
  @Inject RequestValidation validation;
  @Inject ClientAddresses clients;

  @GET
  public AccountView get(@Context SecurityContext security) {
    return receivingAccounts.mine(Caller.of(security));
  }

  /** The password's attempts are counted per client like sign-ins (429 once spent). */
  @PUT
  public AccountView put(AccountRequest request, @Context SecurityContext security) {
    return receivingAccounts.change(Caller.of(security), validation.valid(request), clients.current());
  }
}
