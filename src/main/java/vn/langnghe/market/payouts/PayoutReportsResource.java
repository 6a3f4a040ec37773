package vn.langnghe.market.payouts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.PayoutReports.Grouping;
import vn.langnghe.market.payouts.PayoutReports.Report;
import vn.langnghe.market.platform.QueryParams;

/** Artisans' income paid out, for the trade office's dashboard. */
@Path("/reports/payouts")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class PayoutReportsResource {

  @Inject PayoutReports reports;

  /** from, to: months (2026-01), both included, default the last twelve; groupBy: commune or village. */
  @GET
  public Report paidOut(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy) {
    return reports.paidOut(QueryParams.monthOrNull("from", from), QueryParams.monthOrNull("to", to),
        QueryParams.enumOrDefault("groupBy", groupBy, Grouping.class, Grouping.COMMUNE));
  }
}
