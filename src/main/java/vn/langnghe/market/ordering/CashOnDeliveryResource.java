package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;

/** GET /checkout/cash-on-delivery: whether the shopper's cart may be paid on delivery, and why not. */
@Path("/checkout/cash-on-delivery")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class CashOnDeliveryResource {

  @Inject CashOnDelivery cashOnDelivery;

  @GET
  public CashOnDelivery.Terms terms(@Context SecurityContext security) {
    return cashOnDelivery.terms(Caller.of(security));
  }
}
