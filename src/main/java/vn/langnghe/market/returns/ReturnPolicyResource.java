package vn.langnghe.market.returns;

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
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.returns.ReturnViews.ReturnPolicy;
import vn.langnghe.market.shops.Shops;

/** The shop's return policy: whether it takes back pieces a buyer changed their mind about. */
@Path("/my/return-policy")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnPolicyResource {

  @Inject Shops shops;

  @GET
  public ReturnPolicy policy(@Context SecurityContext security) {
    return new ReturnPolicy(shops.acceptsChangedMindReturns(shops.ownShop(Caller.of(security)).id()));
  }

  @PUT
  public ReturnPolicy set(ReturnPolicy request, @Context SecurityContext security) {
    if (request == null || request.acceptsChangedMind() == null) {
      throw new Problems.InvalidInputException("acceptsChangedMind", "is required (true or false)");
    }
    return new ReturnPolicy(shops.setChangedMindReturns(Caller.of(security), request.acceptsChangedMind()));
  }
}
