package vn.langnghe.market.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.reporting.ReportViews.SalesReport;

/** The artisan's own shop's sales, from the same facts the trade office reads. */
@Path("/my/sales")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class MySalesResource {

  @Inject SalesReports reports;

  /** groupBy: day (default), week, month or category. */
  @GET
  public SalesReport sales(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy, @Context SecurityContext security) {
    return reports.mySales(Caller.of(security), ReportPeriod.of(from, to, reports.today()),
        Dimension.parse(groupBy == null || groupBy.isBlank() ? "day" : groupBy, SalesReports.ARTISAN_GROUPS));
  }
}
