package vn.langnghe.market.tax;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.tax.Withholding.Certificate;

/** The yearly withholding certificates: an artisan's own, or any shop's for officers. */
@Path("/")
public class TaxResource {

  @Inject Withholding withholding;
  @Inject Event<PersonalDataRead> reads;

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
  public Response shopCertificate(@PathParam("slug") String slug, @PathParam("year") String year,
      @Context SecurityContext security) {
    Certificate certificate = withholding.certificate(slug, QueryParams.year("year", year));
    reads.fire(new PersonalDataRead(Caller.of(security).accountId(), null, "shop " + slug
        + "'s withholding certificate " + year + ": the owner's name and tax code"));
    return certificate(certificate);
  }

  private static Response certificate(Certificate certificate) {
    return Downloads.attachment(WithholdingFiles.certificate(certificate), PdfDocuments.TYPE,
        WithholdingFiles.certificateFileName(certificate));
  }
}
