package vn.langnghe.market.digitalhelpers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.market.digitalhelpers.HelperViews.ReportView;
import vn.langnghe.market.identity.Role;

/** The officers' report on the helpers' work (its own root: /reports has a resource of its own). */
@Path("/reports/digital-helpers")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class HelperReportResource {

  @Inject HelperReports reports;

  @GET
  public ReportView report() {
    return reports.report();
  }
}
