package vn.langnghe.market.ocop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.ocop.OcopViews.CertificateRequest;
import vn.langnghe.market.ocop.OcopViews.CertificateView;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The artisan's certificates of their own product; a digital helper reaches them by acting for the
 * artisan ({@code X-Acting-For}), and the certificate records that a helper submitted it.
 */
@Path("/my/products/{id}/ocop-certificates")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyOcopCertificatesResource {

  @Inject OcopCertificates certificates;
  @Inject RequestValidation validation;

  @GET
  public List<CertificateView> mine(@PathParam("id") String id, @Context SecurityContext security) {
    return certificates.ofProduct(Caller.of(security), productId(id));
  }

  @POST
  @RateLimited(RequestLimit.UPLOAD)
  public Response submit(@PathParam("id") String id, CertificateRequest request,
      @Context SecurityContext security) {
    if (request == null) {
      throw new Problems.InvalidInputException("stars", "send the certificate");
    }
    CertificateView created =
        certificates.submit(Caller.of(security), productId(id), validation.valid(request));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** The certificate's photo (multipart, part {@code file}), through media's checks. */
  @POST
  @Path("{certificateId}/photo")
  @RateLimited(RequestLimit.UPLOAD)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public CertificateView photo(@PathParam("id") String id, @PathParam("certificateId") String certificateId,
      @FormParam("file") EntityPart file, @Context SecurityContext security) {
    byte[] photo = Uploads.picture(file, "file");
    return certificates.attachPhoto(Caller.of(security), productId(id),
        QueryParams.longOrDefault("certificateId", certificateId, -1), photo);
  }

  private static long productId(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
