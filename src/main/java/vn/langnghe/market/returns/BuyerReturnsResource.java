package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.returns.ReturnViews.ReturnAsk;
import vn.langnghe.market.returns.ReturnViews.ReturnView;

/** The buyer's returns of one order: ask one, see them. */
@Path("/orders/{orderNumber}/returns")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuyerReturnsResource {

  static final String IDEMPOTENCY_SCOPE = "return";

  @Inject Returns returns;

  @GET
  public List<ReturnView> list(@PathParam("orderNumber") String orderNumber, @Context SecurityContext security) {
    return returns.ofOrder(Caller.of(security), orderNumber);
  }

  /** 201 with the return; an {@code Idempotency-Key} makes a repeat answer the first one's return. */
  @POST
  @RateLimited(RequestLimit.CONVERSATION)
  public Response ask(@PathParam("orderNumber") String orderNumber, ReturnAsk request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context SecurityContext security) {
    Caller buyer = Caller.of(security);
    IdempotentRequests.Claim claim = IdempotentRequests.claimFor(buyer.accountId(), IDEMPOTENCY_SCOPE,
        idempotencyKey, request);
    ReturnView made = LockContention.retried(() -> returns.ask(buyer, orderNumber, request, claim));
    return Response.status(Response.Status.CREATED).entity(made).build();
  }
}
