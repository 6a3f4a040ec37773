package vn.langnghe.market.shops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.shops.ShopViews.IdentityRequest;
import vn.langnghe.market.shops.ShopViews.OwnerIdentityView;
import vn.langnghe.market.shops.ShopViews.VerifyRequest;

/**
 * The shop owner's identity: declared by the artisan (or the digital helper acting for them),
 * verified by an officer or the commune's helper, read with its numbers by officers only.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnerIdentityResource {

  @Inject OwnerIdentities identities;
  @Inject RequestValidation validation;

  @GET
  @Path("my/shop/identity")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public OwnerIdentityView mine(@Context SecurityContext security) {
    return identities.mine(Caller.of(security));
  }

  @PUT
  @Path("my/shop/identity")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public OwnerIdentityView declare(IdentityRequest request, @Context SecurityContext security) {
    if (request == null) {
      throw new Problems.InvalidInputException("ownerName", "send the owner's identity");
    }
    return identities.declare(Caller.of(security), validation.valid(request));
  }

  /** The photo of the owner's ID card or registration: multipart, the picture as the 'file' part. */
  @POST
  @Path("my/shop/identity/evidence")
  @RolesAllowed(Role.ARTISAN_ROLE)
  @RateLimited(RequestLimit.UPLOAD)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public OwnerIdentityView evidence(@FormParam("file") EntityPart file, @Context SecurityContext security) {
    return identities.showEvidence(Caller.of(security), Uploads.picture(file, "file"));
  }

  @GET
  @Path("officer/shops/{id}/identity")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public OwnerIdentityView read(@PathParam("id") String id, @Context SecurityContext security) {
    return identities.read(Caller.of(security), QueryParams.longOrDefault("id", id, -1));
  }

  @POST
  @Path("officer/shops/{id}/identity/verify")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE, Role.DIGITAL_HELPER_ROLE})
  public OwnerIdentityView verify(@PathParam("id") String id, VerifyRequest request,
      @Context SecurityContext security) {
    if (request == null) {
      throw new Problems.InvalidInputException("method", "IN_PERSON or DOCUMENT_PHOTO");
    }
    return identities.verify(Caller.of(security), QueryParams.longOrDefault("id", id, -1),
        validation.valid(request));
  }
}
