package vn.langnghe.market.payouts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.Statements.MonthlyStatement;
import vn.langnghe.market.platform.Downloads;
import vn.langnghe.market.platform.PdfDocuments;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.reporting.ReportExports;

/** The artisan's monthly statement of their shop ({@code 2026-12}, Vietnam time). */
@Path("/my/statements")
@RolesAllowed(Role.ARTISAN_ROLE)
public class StatementsResource {

  @Inject Statements statements;

  @GET
  @Path("{month}.pdf")
  @Produces(PdfDocuments.TYPE)
  public Response pdf(@PathParam("month") String month, @Context SecurityContext security) {
    MonthlyStatement statement = statement(month, security);
    return Downloads.attachment(StatementFiles.pdf(statement), PdfDocuments.TYPE,
        StatementFiles.fileName(statement, "pdf"));
  }

  @GET
  @Path("{month}.csv")
  @Produces(ReportExports.CSV_TYPE)
  public Response csv(@PathParam("month") String month, @Context SecurityContext security) {
    MonthlyStatement statement = statement(month, security);
    return Downloads.attachment(ReportExports.csv(StatementFiles.table(statement)),
        ReportExports.CSV_TYPE, StatementFiles.fileName(statement, "csv"));
  }

  private MonthlyStatement statement(String month, SecurityContext security) {
    return statements.of(Caller.of(security), QueryParams.month("month", month));
  }
}
