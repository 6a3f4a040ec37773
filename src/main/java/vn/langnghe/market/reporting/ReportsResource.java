package vn.langnghe.market.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.reporting.ReportViews.Overview;
import vn.langnghe.market.reporting.ReportViews.SalesReport;
import vn.langnghe.market.reporting.ReportViews.TopReport;

/**
 * The trade office's reports. {@code from} and {@code to} are Vietnam days, both included (default:
 * the last 30 days); filters: communeCode, villageId, categoryId (with its subcategories), shopId.
 */
@Path("/reports")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject SalesReports reports;

  @GET
  @Path("overview")
  public Overview overview(@BeanParam ReportParams params, @Context SecurityContext security,
      @Context UriInfo uri) {
    return reports.overview(params.period(reports.today()), params.filters(), access(security, uri));
  }

  /** groupBy: one or two of day, week, month, commune, village, category, paymentMethod, shop. */
  @GET
  @Path("sales")
  public SalesReport sales(@BeanParam ReportParams params, @QueryParam("groupBy") String groupBy,
      @QueryParam("formerUnits") String formerUnits, @Context SecurityContext security,
      @Context UriInfo uri) {
    return reports.sales(params.period(reports.today()),
        Dimension.parse(groupBy, SalesReports.OFFICER_GROUPS), params.filters(),
        flag("formerUnits", formerUnits), access(security, uri));
  }

  /** The same report as a CSV file (UTF-8 with BOM, for Excel) with what it covers on top. */
  @GET
  @Path("sales.csv")
  @Produces(ReportExports.CSV_TYPE)
  public Response salesCsv(@BeanParam ReportParams params, @QueryParam("groupBy") String groupBy,
      @QueryParam("formerUnits") String formerUnits, @Context SecurityContext security,
      @Context UriInfo uri) {
    SalesReport report = sales(params, groupBy, formerUnits, security, uri);
    return file(ReportExports.csv(SalesReportFile.of(report, params.filters(), reports.now())),
        ReportExports.CSV_TYPE, SalesReportFile.fileName(report, params.filters(), "csv"));
  }

  /** The same report as an XLSX workbook. */
  @GET
  @Path("sales.xlsx")
  @Produces(ReportExports.XLSX_TYPE)
  public Response salesXlsx(@BeanParam ReportParams params, @QueryParam("groupBy") String groupBy,
      @QueryParam("formerUnits") String formerUnits, @Context SecurityContext security,
      @Context UriInfo uri) {
    SalesReport report = sales(params, groupBy, formerUnits, security, uri);
    return file(ReportExports.xlsx(SalesReportFile.of(report, params.filters(), reports.now())),
        ReportExports.XLSX_TYPE, SalesReportFile.fileName(report, params.filters(), "xlsx"));
  }

  private static Response file(byte[] body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", SalesReportFile.contentDisposition(fileName))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** what: products or shops; limit: 1 to 100, default 10. */
  @GET
  @Path("top")
  public TopReport top(@BeanParam ReportParams params, @QueryParam("what") String what,
      @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
    return reports.top(params.period(reports.today()), what == null ? "products" : what.strip(),
        QueryParams.intOrDefault("limit", limit, 10), params.filters(), access(security, uri));
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new Problems.InvalidInputException(name, "must be true or false");
  }

  private static SalesReports.Access access(SecurityContext security, UriInfo uri) {
    String query = uri.getRequestUri().getRawQuery();
    return new SalesReports.Access(Caller.of(security).accountId(), "/api/" + uri.getPath().replaceFirst("^/", ""),
        query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8));
  }
}
