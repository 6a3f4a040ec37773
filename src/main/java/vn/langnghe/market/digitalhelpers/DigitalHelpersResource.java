package vn.langnghe.market.digitalhelpers;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.digitalhelpers.HelperViews.ActionView;
import vn.langnghe.market.digitalhelpers.HelperViews.AppointRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.CodeRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.CommuneRef;
import vn.langnghe.market.digitalhelpers.HelperViews.CommunesRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.HelperView;
import vn.langnghe.market.digitalhelpers.HelperViews.MandateView;
import vn.langnghe.market.digitalhelpers.HelperViews.OnboardRequest;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/** HTTP for officers (appointing helpers, the report), helpers (onboarding) and artisans (audit). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DigitalHelpersResource {

  @Inject DigitalHelpers helpers;
  @Inject HelperActions actions;
  @Inject RequestValidation validation;

  // ---- officers

  @GET
  @Path("officer/digital-helpers")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public List<HelperView> list(@Context SecurityContext security) {
    return helpers.helpers(Caller.of(security));
  }

  @POST
  @Path("officer/digital-helpers")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public Response appoint(AppointRequest request, @Context SecurityContext security) {
    HelperView helper = helpers.appoint(Caller.of(security), validation.valid(request));
    return Response.status(helper.created() ? 201 : 200).entity(helper).build();
  }

  @PUT
  @Path("officer/digital-helpers/{id}/communes")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public HelperView communes(@PathParam("id") String id, CommunesRequest request,
      @Context SecurityContext security) {
    return helpers.changeCommunes(Caller.of(security), id(id),
        validation.valid(request).communeCodes());
  }

  @GET
  @Path("officer/digital-helpers/mandates/{id}/consent-photo")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM,
      MediaType.APPLICATION_JSON})
  public Response consentPhoto(@PathParam("id") String id, @Context SecurityContext security) {
    byte[] photo = helpers.consentPhotoFor(Caller.of(security), id(id));
    return Response.ok(photo, DigitalHelpers.contentTypeOf(photo))
        .header("Cache-Control", "private, no-store").build();
  }

  // ---- helpers

  @GET
  @Path("helper/communes")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public List<CommuneRef> myCommunes(@Context SecurityContext security) {
    return helpers.myCommunes(Caller.of(security));
  }

  @POST
  @Path("helper/artisans")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public Response onboard(OnboardRequest request, @Context SecurityContext security) {
    return Response.status(201)
        .entity(helpers.onboard(Caller.of(security), validation.valid(request))).build();
  }

  @GET
  @Path("helper/mandates")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public List<MandateView> myArtisans(@Context SecurityContext security) {
    return helpers.myArtisans(Caller.of(security));
  }

  @POST
  @RateLimited(RequestLimit.PASSWORD_RESET)
  @Path("helper/mandates/{id}/consent-code")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public MandateView resendCode(@PathParam("id") String id, @Context SecurityContext security) {
    return helpers.resendCode(Caller.of(security), id(id));
  }

  @POST
  @RateLimited(RequestLimit.SIGN_IN)
  @Path("helper/mandates/{id}/consent")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public MandateView consent(@PathParam("id") String id, CodeRequest request,
      @Context SecurityContext security) {
    return helpers.confirmCode(Caller.of(security), id(id), validation.valid(request).code());
  }

  @POST
  @RateLimited(RequestLimit.UPLOAD)
  @Path("helper/mandates/{id}/consent-photo")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public MandateView consentPhoto(@PathParam("id") String id, @FormParam("file") EntityPart file,
      @Context SecurityContext security) {
    return helpers.consentPhoto(Caller.of(security), id(id), Uploads.picture(file, "file"));
  }

  @POST
  @Path("helper/mandates/{id}/hand-over")
  @RolesAllowed(Role.DIGITAL_HELPER_ROLE)
  public MandateView handOver(@PathParam("id") String id, @Context SecurityContext security) {
    return helpers.handOverByHelper(Caller.of(security), id(id));
  }

  // ---- artisans

  @GET
  @Path("my/helper-actions")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public List<ActionView> actions(@Context SecurityContext security) {
    return actions.of(Caller.of(security));
  }

  @POST
  @Path("my/helper-actions/{id}/undo")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public ActionView undo(@PathParam("id") String id, @Context SecurityContext security) {
    return actions.undo(Caller.of(security), id(id));
  }

  @GET
  @Path("my/helper-mandates")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public List<MandateView> mandates(@Context SecurityContext security) {
    return helpers.mandatesOf(Caller.of(security));
  }

  @POST
  @Path("my/helper-mandates/{id}/end")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public MandateView end(@PathParam("id") String id, @Context SecurityContext security) {
    return helpers.endMandate(Caller.of(security), id(id));
  }

  private static long id(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
