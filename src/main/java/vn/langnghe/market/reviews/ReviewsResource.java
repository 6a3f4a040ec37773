package vn.langnghe.market.reviews;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.reviews.ReviewViews.EditRequest;
import vn.langnghe.market.reviews.ReviewViews.HideRequest;
import vn.langnghe.market.reviews.ReviewViews.ModeratedReview;
import vn.langnghe.market.reviews.ReviewViews.PhotoView;
import vn.langnghe.market.reviews.ReviewViews.ReplyRequest;
import vn.langnghe.market.reviews.ReviewViews.ReportRequest;
import vn.langnghe.market.reviews.ReviewViews.ReportView;
import vn.langnghe.market.reviews.ReviewViews.ReviewPage;
import vn.langnghe.market.reviews.ReviewViews.ReviewView;

/**
 * Reviews: read by anyone, edited by their authors, answered by the shop, moderated by officers.
 * Writing one belongs to an order: {@link OrderReviewsResource}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

  @Inject Reviews reviews;
  @Inject RequestValidation validation;

  @GET
  @PermitAll
  @Path("products/{idOrSlug}/reviews")
  public ReviewPage ofProduct(@PathParam("idOrSlug") String idOrSlug, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return reviews.ofProduct(idOrSlug, Page.Request.of(page, size));
  }

  @PUT
  @RolesAllowed(Role.SHOPPER_ROLE)
  @RateLimited(RequestLimit.REVIEW)
  @Path("reviews/{id}")
  public ReviewView edit(@PathParam("id") String id, EditRequest request, @Context SecurityContext security) {
    return reviews.edit(Caller.of(security), reviewId(id), validation.valid(request));
  }

  @POST
  @RolesAllowed(Role.SHOPPER_ROLE)
  @RateLimited(RequestLimit.UPLOAD)
  @Path("reviews/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response uploadPhoto(@FormParam("file") EntityPart file, @Context SecurityContext security) {
    PhotoView photo = reviews.uploadPhoto(Caller.of(security), Uploads.picture(file, "file"));
    return Response.status(Response.Status.CREATED).entity(photo).build();
  }

  @POST
  @RolesAllowed(Role.ARTISAN_ROLE)
  @RateLimited(RequestLimit.REVIEW)
  @Path("reviews/{id}/reply")
  public ReviewView reply(@PathParam("id") String id, ReplyRequest request, @Context SecurityContext security) {
    return reviews.reply(Caller.of(security), reviewId(id), validation.valid(request).text());
  }

  @POST
  @RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  @RateLimited(RequestLimit.REVIEW)
  @Path("reviews/{id}/report")
  public Response report(@PathParam("id") String id, ReportRequest request, @Context SecurityContext security) {
    ReportRequest valid = request == null ? new ReportRequest(null) : validation.valid(request);
    ReportView report = reviews.report(Caller.of(security), reviewId(id), valid.reason());
    return Response.status(report.alreadyReported() ? Response.Status.OK : Response.Status.CREATED)
        .entity(report)
        .build();
  }

  @GET
  @RolesAllowed(Role.ARTISAN_ROLE)
  @Path("my/reviews")
  public Page<ReviewView> ofOwnShop(@QueryParam("page") String page, @QueryParam("size") String size,
      @Context SecurityContext security) {
    return reviews.ofOwnShop(Caller.of(security), Page.Request.of(page, size));
  }

  @GET
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  @Path("officer/reviews")
  public Page<ModeratedReview> forOfficers(@QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Reviews.Moderation which = QueryParams.enumOrDefault("status",
        status == null ? null : status.toUpperCase(Locale.ROOT), Reviews.Moderation.class,
        Reviews.Moderation.REPORTED);
    return reviews.forOfficers(which, Page.Request.of(page, size));
  }

  @POST
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  @Path("officer/reviews/{id}/hide")
  public ModeratedReview hide(@PathParam("id") String id, HideRequest request, @Context SecurityContext security) {
    return reviews.hide(Caller.of(security), reviewId(id), validation.valid(request).reason());
  }

  private static long reviewId(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
