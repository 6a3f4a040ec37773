package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.returns.ReturnViews.ReceivedRequest;
import vn.langnghe.market.returns.ReturnViews.RefuseRequest;
import vn.langnghe.market.returns.ReturnViews.ReturnView;

/** The artisan's returns: their shop's only (another shop's is "not found"). */
@Path("/my/returns")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyReturnsResource {

  @Inject Returns returns;
  @Inject ReturnPickups pickups;

  @GET
  public List<ReturnView> list(@Context SecurityContext security) {
    return returns.ofShop(Caller.of(security));
  }

  @POST
  @Path("{id}/accept")
  public ReturnView accept(@PathParam("id") String id, @Context SecurityContext security) {
    return LockContention.retried(() -> returns.accept(Caller.of(security), ReturnsResource.id(id)));
  }

  @POST
  @Path("{id}/refuse")
  public ReturnView refuse(@PathParam("id") String id, RefuseRequest request, @Context SecurityContext security) {
    String reason = request == null ? null : request.reason();
    return LockContention.retried(() -> returns.refuse(Caller.of(security), ReturnsResource.id(id), reason));
  }

  /** {@code {restock: [{sku, quantity}]}}: the pieces fit to sell again; body optional (none). */
  @POST
  @Path("{id}/received")
  public ReturnView received(@PathParam("id") String id, ReceivedRequest request, @Context SecurityContext security) {
    List<ReturnViews.Restock> restock = request == null ? null : request.restock();
    return LockContention.retried(() -> returns.received(Caller.of(security), ReturnsResource.id(id), restock));
  }

  /** Books GHN's pickup of the accepted return's parcel (the shop asks); again answers the same pickup. */
  @POST
  @Path("{id}/pickup")
  public ReturnView pickup(@PathParam("id") String id, @Context SecurityContext security) {
    return pickups.book(Caller.of(security), ReturnsResource.id(id), true);
  }

  /** Cancels GHN's pickup before it is picked up; the parcel can then go back by hand. */
  @jakarta.ws.rs.DELETE
  @Path("{id}/pickup")
  public ReturnView cancelPickup(@PathParam("id") String id, @Context SecurityContext security) {
    return pickups.cancel(Caller.of(security), ReturnsResource.id(id), true);
  }
}
