package vn.langnghe.market.ocop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ocop.OcopViews.CertificateView;
import vn.langnghe.market.ocop.OcopViews.RejectRequest;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/** The officers' verification of OCOP certificates. */
@Path("/officer/ocop-certificates")
@RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficerOcopCertificatesResource {

  @Inject OcopCertificates certificates;
  @Inject RequestValidation validation;

  /** Certificates of one status (SUBMITTED unless asked), oldest first. */
  @GET
  public Page<CertificateView> queue(@QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return certificates.withStatus(QueryParams.enumOrDefault("status", status,
        OcopCertificate.Status.class, OcopCertificate.Status.SUBMITTED), Page.Request.of(page, size));
  }

  @POST
  @Path("{id}/verify")
  public CertificateView verify(@PathParam("id") String id, @Context SecurityContext security) {
    long certificateId = QueryParams.longOrDefault("id", id, -1);
    return LockContention.retried(() -> certificates.verify(Caller.of(security), certificateId));
  }

  @POST
  @Path("{id}/reject")
  public CertificateView reject(@PathParam("id") String id, RejectRequest request,
      @Context SecurityContext security) {
    long certificateId = QueryParams.longOrDefault("id", id, -1);
    String reason = request == null ? null : validation.valid(request).reason();
    return LockContention.retried(() -> certificates.reject(Caller.of(security), certificateId, reason));
  }
}
