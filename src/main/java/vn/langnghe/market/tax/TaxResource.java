package vn.langnghe.market.tax;

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
import vn.langnghe.market.platform.Downloads;
import vn.langnghe.market.platform.PdfDocuments;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.tax.Withholding.Certificate;

/** The yearly withholding certificates: an artisan's own, or any shop's for officers. */
@Path("/")
public class TaxResource {

  @Inject Withholding withholding;

  @GET
  @Path("my/tax-certificates/{year}.pdf")
  @Produces(PdfDocuments.TYPE)
  @RolesAllowed(Role.ARTISAN_ROLE)
  public Response ownCertificate(@PathParam("year") String year,
      @Context SecurityContext security) {
    return certificate(withholding.certificate(Caller.of(security), QueryParams.year("year", year)));
  }

  @GET
  @Path("admin/shops/{slug}/tax-certificates/{year}.pdf")
  @Produces(PdfDocuments.TYPE)
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public Response shopCertificate(@PathParam("slug") String slug, @PathParam("year") String year) {
    return certificate(withholding.certificate(slug, QueryParams.year("year", year)));
  }

  private static Response certificate(Certificate certificate) {
    return Downloads.attachment(WithholdingFiles.certificate(certificate), PdfDocuments.TYPE,
        WithholdingFiles.certificateFileName(certificate));
  }
}
