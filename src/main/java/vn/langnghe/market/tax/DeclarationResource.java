package vn.langnghe.market.tax;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.Downloads;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.reporting.ReportExports;
import vn.langnghe.market.reporting.ReportTable;
import vn.langnghe.market.tax.Withholding.Declaration;

/**
 * The monthly withholding declaration for officers, {@code ?month=2026-12} (Vietnam time), as
 * CSV or XLSX. Its own root path: under {@code /reports} the sales reports' resource would take
 * the request and answer 404.
 */
@Path("/reports/withholding.{format}")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
public class DeclarationResource {

  @Inject Withholding withholding;
  @Inject Event<PersonalDataRead> reads;

  @GET
  @Produces({ReportExports.CSV_TYPE, ReportExports.XLSX_TYPE})
  public Response declaration(@PathParam("format") String format,
      @QueryParam("month") String month, @Context SecurityContext security) {
    boolean csv = format.equals("csv");
    if (!csv && !format.equals("xlsx")) {
      throw new Problems.NotFoundException("/api/reports/withholding." + format);
    }
    Declaration declaration = withholding.declaration(QueryParams.month("month", month));
    ReportTable table = WithholdingFiles.declaration(declaration);
    reads.fire(new PersonalDataRead(Caller.of(security).accountId(), null, "withholding declaration "
        + month + ": the artisans' names and tax codes"));
    return Downloads.attachment(csv ? ReportExports.csv(table) : ReportExports.xlsx(table),
        csv ? ReportExports.CSV_TYPE : ReportExports.XLSX_TYPE,
        WithholdingFiles.declarationFileName(declaration, csv ? "csv" : "xlsx"));
  }
}
