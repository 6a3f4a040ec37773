package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.returns.ReturnViews.ComplaintReport;

/** Complaints (returns and disputes) by commune or craft, with their time to resolution. */
@Path("/reports/complaints")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsReportResource {

  @Inject ComplaintReports reports;

  @GET
  public ComplaintReport report(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy) {
    return reports.report(from, to, groupBy);
  }
}
