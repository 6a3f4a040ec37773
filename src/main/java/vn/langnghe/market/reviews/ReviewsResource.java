package vn.langnghe.market.reviews;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.ImageInspector;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.reviews.ReviewViews.EditRequest;
import vn.langnghe.market.reviews.ReviewViews.HideRequest;
import vn.langnghe.market.reviews.ReviewViews.ModeratedReview;
import vn.langnghe.market.reviews.ReviewViews.OrderReviews;
import vn.langnghe.market.reviews.ReviewViews.PhotoView;
import vn.langnghe.market.reviews.ReviewViews.ReplyRequest;
import vn.langnghe.market.reviews.ReviewViews.ReportRequest;
import vn.langnghe.market.reviews.ReviewViews.ReportView;
import vn.langnghe.market.reviews.ReviewViews.ReviewPage;
import vn.langnghe.market.reviews.ReviewViews.ReviewRequest;
import vn.langnghe.market.reviews.ReviewViews.ReviewView;

/** Reviews: read by anyone, written by buyers after delivery, answered by the shop, moderated by officers. */
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

  @GET
  @RolesAllowed(Role.SHOPPER_ROLE)
  @Path("orders/{orderNumber}/reviews")
  public OrderReviews ofOrder(@PathParam("orderNumber") String orderNumber, @Context SecurityContext security) {
    return reviews.ofOrder(Caller.of(security), orderNumber);
  }

  @POST
  @RolesAllowed(Role.SHOPPER_ROLE)
  @RateLimited(RequestLimit.REVIEW)
  @Path("orders/{orderNumber}/reviews")
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
    if (file == null) {
      throw new Problems.InvalidInputException("file", "attach the picture as the 'file' part");
    }
    PhotoView photo = reviews.uploadPhoto(Caller.of(security), readLimited(file));
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

  /** Reads at most the limit plus one byte, so a huge upload is refused without filling memory. */
  private static byte[] readLimited(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(ImageInspector.MAX_BYTES + 1);
      if (bytes.length > ImageInspector.MAX_BYTES) {
        throw new Problems.PayloadTooLargeException("file", "A picture may be at most 8 MB.");
      }
      return bytes;
    } catch (IOException e) {
      throw new Problems.InvalidInputException("file", "the upload could not be read");
    }
  }
}
