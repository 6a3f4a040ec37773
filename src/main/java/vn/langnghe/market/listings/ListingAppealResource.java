package vn.langnghe.market.listings;

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
import vn.langnghe.market.listings.ListingViews.AppealRequest;
import vn.langnghe.market.listings.ListingViews.TakedownView;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The artisan's answer to a takedown. A root resource of its own: JAX-RS would send any path under
 * /my/products to the catalogue's resource, the longer literal root.
 */
@Path("/my/products/{id}/appeal")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingAppealResource {

  @Inject Takedowns takedowns;
  @Inject RequestValidation validation;

  @POST
  public TakedownView appeal(@PathParam("id") String id, AppealRequest request,
      @Context SecurityContext security) {
    return takedowns.appeal(Caller.of(security), QueryParams.longOrDefault("id", id, -1),
        validation.valid(request).text());
  }
}
