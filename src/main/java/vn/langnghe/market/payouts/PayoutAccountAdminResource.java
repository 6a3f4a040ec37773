package vn.langnghe.market.payouts;

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
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.PayoutAccountViews.DecisionRequest;
import vn.langnghe.market.payouts.PayoutAccountViews.ReviewItem;
import vn.langnghe.market.payouts.PayoutAccountViews.ReviewList;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/** Officers review receiving accounts whose holder is not the shop's owner (/admin/payout-accounts). */
@Path("/admin/payout-accounts")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayoutAccountAdminResource {

  @Inject ReceivingAccounts receivingAccounts;
  @Inject RequestValidation validation;
  @Inject Event<PersonalDataRead> reads;

  @GET
  public ReviewList list(@QueryParam("status") String status, @Context SecurityContext security) {
    ReviewList list = new ReviewList(receivingAccounts.withStatus(QueryParams.enumOrDefault("status",
        status, PayoutAccount.Status.class, PayoutAccount.Status.AWAITING_APPROVAL)));
    long reader = Caller.of(security).accountId();
    list.items().forEach(item -> reads.fire(new PersonalDataRead(reader,
        receivingAccounts.ownerOfAccount(item.id()), "receiving account " + item.id() + " of shop "
            + item.shopSlug() + ": the owner's name and bank account")));
    return list;
  }

  @POST
  @Path("{id}/decision")
  public ReviewItem decide(@PathParam("id") String id, DecisionRequest decision,
      @Context SecurityContext security) {
    return receivingAccounts.decide(Caller.of(security), QueryParams.longOrDefault("id", id, -1),
        validation.valid(decision));
  }
}
