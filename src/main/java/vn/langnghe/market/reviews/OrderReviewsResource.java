package vn.langnghe.market.reviews;

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
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.reviews.ReviewViews.OrderReviews;
import vn.langnghe.market.reviews.ReviewViews.ReviewRequest;

/**
 * The buyer's reviews of their own order. Rooted at /orders like ordering's resource: the server
 * picks the resource class by its own path first, so a "/"-rooted class never sees /orders/….
 */
@Path("/orders")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderReviewsResource {

  @Inject Reviews reviews;
  @Inject RequestValidation validation;

  @GET
  @Path("{orderNumber}/reviews")
  public OrderReviews ofOrder(@PathParam("orderNumber") String orderNumber, @Context SecurityContext security) {
    return reviews.ofOrder(Caller.of(security), orderNumber);
  }

  @POST
  @RateLimited(RequestLimit.REVIEW)
  @Path("{orderNumber}/reviews")
  public Response create(@PathParam("orderNumber") String orderNumber, ReviewRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context SecurityContext security) {
    Caller buyer = Caller.of(security);
    ReviewRequest valid = validation.valid(request);
    Reviews.Created created = reviews.create(buyer, orderNumber, valid,
        IdempotentRequests.claimFor(buyer.accountId(), Reviews.IDEMPOTENCY_SCOPE, idempotencyKey,
            new Object[] {orderNumber, valid}));
    return Response.status(created.replayed() ? Response.Status.OK : Response.Status.CREATED)
        .header("Idempotent-Replayed", created.replayed())
        .entity(created.review())
        .build();
  }
}
