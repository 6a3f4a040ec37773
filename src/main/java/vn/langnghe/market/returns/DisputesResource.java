package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.returns.ReturnViews.DecideRequest;
import vn.langnghe.market.returns.ReturnViews.DisputeRow;
import vn.langnghe.market.returns.ReturnViews.ReturnView;

/** Officers' disputes: the list (open and overdue first), one with both sides, the decision. */
@Path("/officer/disputes")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputesResource {

  @Inject Returns returns;
  @Inject ReturnsPersonalData buyers;
  @Inject Event<PersonalDataRead> reads;

  /** {@code status}: open, decided, or absent for both. */
  @GET
  public List<DisputeRow> list(@QueryParam("status") String status) {
    return returns.disputes(status);
  }

  @GET
  @Path("{id}")
  public ReturnView dispute(@PathParam("id") String id, @Context SecurityContext security) {
    long disputeId = ReturnsResource.id(id);
    ReturnView dispute = returns.dispute(disputeId);
    reads.fire(new PersonalDataRead(Caller.of(security).accountId(), buyers.buyerOf(disputeId),
        "dispute " + disputeId + " (order " + dispute.orderNumber()
            + "): the buyer's words, photos and messages"));
    return dispute;
  }

  @POST
  @Path("{id}/decide")
  public ReturnView decide(@PathParam("id") String id, DecideRequest request, @Context SecurityContext security) {
    DecideRequest body = request == null ? new DecideRequest(null, null) : request;
    return LockContention.retried(() -> returns.decide(Caller.of(security), ReturnsResource.id(id),
        body.refundVnd(), body.note()));
  }
}
