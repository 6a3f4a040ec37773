package vn.langnghe.market.cart;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import vn.langnghe.market.cart.CartViews.AddLineRequest;
import vn.langnghe.market.cart.CartViews.ChangeLineRequest;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The cart of the signed-in shopper, or of an anonymous browser through an HttpOnly cookie.
 * Other roles (artisans, officers) have no cart.
 */
@Path("/cart")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

  static final String COOKIE = "market_cart";
  /** 32 random bytes in unpadded base64url; anything else in the cookie is ignored. */
  private static final int TOKEN_LENGTH = 43;
  private static final int COOKIE_DAYS = 30;

  @Inject Carts carts;
  @Inject RequestValidation validation;

  @Context SecurityContext security;
  @Context UriInfo uri;

  @CookieParam(COOKIE)
  String cookieToken;

  @GET
  public Response view() {
    return respond(carts.view(owner()));
  }

  @POST
  @RateLimited(RequestLimit.CART)
  @Path("lines")
  public Response add(AddLineRequest request) {
    AddLineRequest valid = validation.valid(request);
    return respond(carts.add(owner(), sku(valid.sku()), valid.quantity()));
  }

  @PUT
  @RateLimited(RequestLimit.CART)
  @Path("lines/{sku}")
  public Response change(@PathParam("sku") String sku, ChangeLineRequest request) {
    return respond(carts.change(owner(), sku(sku), validation.valid(request).quantity()));
  }

  @DELETE
  @RateLimited(RequestLimit.CART)
  @Path("lines/{sku}")
  public Response remove(@PathParam("sku") String sku) {
    return respond(carts.remove(owner(), sku(sku)));
  }

  private Carts.Owner owner() {
    String token = cookieToken == null || cookieToken.length() != TOKEN_LENGTH ? null : cookieToken;
    if (security.getUserPrincipal() instanceof Caller caller) {
      if (!caller.has(Role.SHOPPER)) {
        throw new Problems.AccessDeniedException("Only shoppers have a cart.");
      }
      return new Carts.Owner(caller.accountId(), token);
    }
    return new Carts.Owner(null, token);
  }

  private static String sku(String sku) {
    if (sku == null || !sku.matches(CartViews.SKU_PATTERN)) {
      throw new Problems.InvalidInputException("sku", "is not a SKU");
    }
    return sku.toUpperCase(Locale.ROOT);
  }

  private Response respond(Carts.Outcome outcome) {
    Response.ResponseBuilder response = Response.ok(outcome.cart());
    if (outcome.newCookieToken() != null) {
      response.cookie(cookie(outcome.newCookieToken(), COOKIE_DAYS * 24 * 3600));
    } else if (outcome.forgetCookie()) {
      response.cookie(cookie("", 0));
    }
    return response.build();
  }

  private NewCookie cookie(String value, int maxAge) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/api")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure("https".equals(uri.getBaseUri().getScheme()))
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
