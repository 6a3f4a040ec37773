package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.returns.ReturnViews.EscalateRequest;
import vn.langnghe.market.returns.ReturnViews.ParcelRequest;
import vn.langnghe.market.returns.ReturnViews.ReturnView;

/** The buyer's steps on their own return: the parcel sent back, escalation to the officers. */
@Path("/returns")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

  @Inject Returns returns;

  @POST
  @Path("{id}/parcel")
  public ReturnView parcel(@PathParam("id") String id, ParcelRequest request, @Context SecurityContext security) {
    ParcelRequest body = request == null ? new ParcelRequest(null, null) : request;
    return LockContention.retried(() -> returns.sentBack(Caller.of(security), id(id), body.carrier(),
        body.trackingCode()));
  }

  @POST
  @Path("{id}/escalate")
  public ReturnView escalate(@PathParam("id") String id, EscalateRequest request, @Context SecurityContext security) {
    String text = request == null ? null : request.text();
    return LockContention.retried(() -> returns.escalate(Caller.of(security), id(id), text));
  }

  static long id(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
