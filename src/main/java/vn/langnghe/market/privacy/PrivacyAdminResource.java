package vn.langnghe.market.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.privacy.PrivacyViews.BreachRequest;
import vn.langnghe.market.privacy.PrivacyViews.BreachView;
import vn.langnghe.market.privacy.PrivacyViews.ReadView;

/** Admins: the log of reads of personal data, and the breach register. */
// at the root, like the other resources sharing the admin/ prefix: a class at /admin would be
// the only one JAX-RS looks in for every admin/… address, and the others would answer 404
@Path("/")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyAdminResource {

  @Inject PersonalDataReads reads;
  @Inject DataBreaches breaches;
  @Inject RequestValidation validation;

  /** Newest first, at most {@code limit} (default 200, up to 1000); by subject or reader. */
  @GET
  @Path("admin/personal-data-reads")
  public List<ReadView> reads(@QueryParam("subject") String subject,
      @QueryParam("reader") String reader, @QueryParam("limit") String limit) {
    long max = QueryParams.longOrDefault("limit", limit, 200);
    if (max < 1 || max > 1000) {
      throw new vn.langnghe.market.platform.Problems.InvalidInputException("limit",
          "must be between 1 and 1000");
    }
    return reads.list(subject == null ? null : QueryParams.longOrDefault("subject", subject, -1),
        reader == null ? null : QueryParams.longOrDefault("reader", reader, -1), (int) max);
  }

  @GET
  @Path("admin/data-breaches")
  public List<BreachView> breaches() {
    return breaches.list();
  }

  @POST
  @Path("admin/data-breaches")
  public Response record(BreachRequest request, @Context SecurityContext security) {
    return Response.status(Response.Status.CREATED)
        .entity(breaches.record(Caller.of(security), validation.valid(request))).build();
  }
}
