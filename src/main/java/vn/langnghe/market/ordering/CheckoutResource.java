package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ordering.OrderViews.CheckoutRequest;
import vn.langnghe.market.ordering.OrderViews.QuoteRequest;
import vn.langnghe.market.ordering.OrderViews.QuoteView;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/**
 * POST /checkout: the cart (or the lines sent) becomes an order awaiting payment; POST
 * /checkout/quote: what that order would cost, per shop, before the shopper commits.
 */
@Path("/checkout")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {

  @Inject Checkout checkout;
  @Inject CheckoutQuotes quotes;
  @Inject RequestValidation validation;

  @POST
  public Response place(CheckoutRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context SecurityContext security, @Context UriInfo uri, @Context HttpServletRequest http) {
    Caller buyer = Caller.of(security);
    CheckoutRequest valid = validation.valid(request);
    IdempotentRequests.Claim claim = IdempotentRequests.claimFor(buyer.accountId(),
        Checkout.IDEMPOTENCY_SCOPE, idempotencyKey, valid);
    Checkout.Placed placed = LockContention.retried(
        () -> checkout.place(buyer, valid, claim, http.getRemoteAddr()), Checkout::numberTaken);
    return Response.created(uri.getBaseUriBuilder().path("orders").path(placed.order().orderNumber()).build())
        .header("Idempotent-Replayed", placed.replayed())
        .entity(placed.order())
        .build();
  }

  @POST
  @Path("/quote")
  @RateLimited(RequestLimit.CHECKOUT_QUOTE)
  public QuoteView quote(QuoteRequest request, @Context SecurityContext security) {
    return quotes.quote(Caller.of(security), validation.valid(request));
  }
}
