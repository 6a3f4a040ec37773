package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/**
 * Cash on delivery for the back office: carriers' remittance statements uploaded by hand, and
 * the remittances that did not settle as they came.
 */
@Path("/admin/cod")
@Produces(MediaType.APPLICATION_JSON)
public class CodAdminResource {

  @Inject CodStatements statements;
  @Inject CashOnDelivery cashOnDelivery;
  @Inject RequestValidation validation;

  /** The statement file as the body: CSV (UTF-8) of carrier, tracking code or shop order id, amount, date. */
  @POST
  @Path("remittances")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public CodStatements.Report upload(byte[] file) {
    if (file == null || file.length == 0) {
      throw new vn.langnghe.market.platform.Problems.InvalidInputException("file", "is empty");
    }
    return statements.read(file);
  }

  public record RemittanceView(long id, String source, String sourceRef, Long shopOrderId,
      String carrier, String trackingCode, long amountVnd, Long expectedVnd, Instant remittedAt,
      CodRemittance.Result result, String reason, CodRemittance.ReviewStatus reviewStatus,
      Instant receivedAt) {
    static RemittanceView of(CodRemittance r) {
      return new RemittanceView(r.id(), r.source(), r.sourceRef(), r.shopOrderId(), r.carrier(),
          r.trackingCode(), r.amountVnd(), r.expectedVnd(), r.remittedAt(), r.result(), r.reason(),
          r.reviewStatus(), r.receivedAt());
    }
  }

  /** Remittances waiting for a person: another amount than due, money owed for nothing, unknown parcels. */
  @GET
  @Path("reviews")
  @RolesAllowed({Role.ADMIN_ROLE, Role.OFFICER_ROLE})
  public List<RemittanceView> reviews() {
    return cashOnDelivery.openReviews().stream().map(RemittanceView::of).toList();
  }

  public record Resolution(@NotNull @Size(min = 3, max = 400) String note) {}

  @POST
  @Path("reviews/{id}/resolve")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  public RemittanceView resolve(@PathParam("id") String id, Resolution request) {
    Resolution valid = validation.valid(request);
    long reviewId = QueryParams.longOrDefault("id", id, -1);
    return RemittanceView.of(LockContention.retried(() -> cashOnDelivery.resolve(reviewId, valid.note())));
  }
}
