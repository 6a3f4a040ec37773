package vn.langnghe.market.listings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.listings.ListingViews.HideRequest;
import vn.langnghe.market.listings.ListingViews.NoteRequest;
import vn.langnghe.market.listings.ListingViews.QueuedReport;
import vn.langnghe.market.listings.ListingViews.ReportQueue;
import vn.langnghe.market.listings.ListingViews.ReportRequest;
import vn.langnghe.market.listings.ListingViews.TakedownView;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/**
 * Reporting a listing (anyone), the officers' queue and takedowns, and the artisan's answer.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingsResource {

  @Inject ListingReports reports;
  @Inject Takedowns takedowns;
  @Inject RequestValidation validation;

  /** Signed in or not: a visitor's report counts as much as a buyer's. */
  @POST
  @Path("products/{idOrSlug}/report")
  @PermitAll
  @RateLimited(RequestLimit.LISTING_REPORT)
  public Response report(@PathParam("idOrSlug") String idOrSlug, ReportRequest request,
      @Context SecurityContext security) {
    Caller reporter = security.getUserPrincipal() instanceof Caller caller ? caller : null;
    ListingReports.Receipt receipt = reports.report(idOrSlug, reporter, validation.valid(request));
    return Response.status(receipt.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(receipt.view())
        .build();
  }

  @GET
  @Path("officer/listing-reports")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public ReportQueue queue(@QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return reports.queue(
        QueryParams.enumOrDefault("status", status, ListingReports.Show.class, ListingReports.Show.ALL),
        Page.Request.of(page, size));
  }

  @POST
  @Path("officer/listing-reports/{id}/dismiss")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public QueuedReport dismiss(@PathParam("id") String id, NoteRequest request,
      @Context SecurityContext security) {
    String note = request == null ? null : validation.valid(request).note();
    return reports.dismiss(Caller.of(security), QueryParams.longOrDefault("id", id, -1), note);
  }

  @GET
  @Path("officer/listing-takedowns")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public Map<String, List<TakedownView>> inForce() {
    return Map.of("items", takedowns.inForce());
  }

  @POST
  @Path("officer/products/{id}/hide")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public TakedownView hide(@PathParam("id") String id, HideRequest request,
      @Context SecurityContext security) {
    return takedowns.hide(Caller.of(security), QueryParams.longOrDefault("id", id, -1),
        validation.valid(request));
  }

  @POST
  @Path("officer/products/{id}/unhide")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public TakedownView unhide(@PathParam("id") String id, NoteRequest request,
      @Context SecurityContext security) {
    String note = request == null ? null : validation.valid(request).note();
    return takedowns.restore(Caller.of(security), QueryParams.longOrDefault("id", id, -1), note);
  }

  @GET
  @Path("my/listing-takedowns")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public Map<String, List<TakedownView>> mine(@Context SecurityContext security) {
    return Map.of("items", takedowns.ofArtisan(Caller.of(security)));
  }
}
