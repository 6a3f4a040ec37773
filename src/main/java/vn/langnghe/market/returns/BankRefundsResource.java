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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.returns.ReturnViews.BankRefundView;
import vn.langnghe.market.returns.ReturnViews.PaidRequest;

/** Cash-on-delivery refunds for an admin to transfer and mark paid. */
@Path("/admin/return-refunds")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankRefundsResource {

  @Inject BankRefunds refunds;
  @Inject ReturnsPersonalData buyers;
  @Inject Event<PersonalDataRead> reads;

  @GET
  public List<BankRefundView> list(@Context SecurityContext security) {
    List<BankRefundView> list = refunds.list();
    long reader = Caller.of(security).accountId();
    list.forEach(refund -> reads.fire(new PersonalDataRead(reader, buyers.buyerOf(refund.returnId()),
        "COD refund " + refund.id() + " (order " + refund.orderNumber() + "): the buyer's bank account")));
    return list;
  }

  @POST
  @Path("{id}/paid")
  public BankRefundView paid(@PathParam("id") String id, PaidRequest request, @Context SecurityContext security) {
    return refunds.paid(Caller.of(security), ReturnsResource.id(id), request == null ? null : request.bankReference());
  }
}
