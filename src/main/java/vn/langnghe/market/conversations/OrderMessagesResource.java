package vn.langnghe.market.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.conversations.ConversationViews.MessageRequest;
import vn.langnghe.market.conversations.ConversationViews.ThreadView;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ordering.PurchasedParts;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/** The buyer's side of the thread with one shop of their order. */
@Path("/orders/{orderNumber}/shop-orders/{shopOrderId}/messages")
@RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderMessagesResource {

  @Inject Conversations conversations;
  @Inject RequestValidation validation;
  @Inject PurchasedParts parts;
  @Inject Event<PersonalDataRead> reads;

  @GET
  public ThreadView thread(@PathParam("orderNumber") String orderNumber,
      @PathParam("shopOrderId") String shopOrderId, @Context SecurityContext security) {
    Caller caller = Caller.of(security);
    long part = QueryParams.longOrDefault("shopOrderId", shopOrderId, -1);
    ThreadView thread = conversations.buyerThread(caller, orderNumber, part);
    if (caller.has(Role.OFFICER) || caller.has(Role.ADMIN)) {
      reads.fire(new PersonalDataRead(caller.accountId(),
          parts.byId(part).map(PurchasedParts.Part::buyerAccountId).orElse(null),
          "messages of order " + orderNumber + " part " + part + " between the buyer and the shop"));
    }
    return thread;
  }

  @POST
  @RateLimited(RequestLimit.CONVERSATION)
  public ThreadView write(@PathParam("orderNumber") String orderNumber,
      @PathParam("shopOrderId") String shopOrderId, MessageRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context SecurityContext security) {
    Caller buyer = Caller.of(security);
    MessageRequest valid = validation.valid(request);
    return conversations.buyerWrites(buyer, orderNumber, QueryParams.longOrDefault("shopOrderId", shopOrderId, -1),
        valid.text(), IdempotentRequests.claimFor(buyer.accountId(), "order-message", idempotencyKey,
            new ConversationViews.Written(shopOrderId, valid.text())));
  }
}
