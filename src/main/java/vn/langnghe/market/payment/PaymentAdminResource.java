package vn.langnghe.market.payment;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/**
 * Operations on payments: run reconciliation, the event sweeper or the refund runner now rather
 * than at their next tick; the review list of money that could not be accepted as it came.
 */
@Path("/admin/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentAdminResource {

  @Inject PaymentJobs jobs;
  @Inject PaymentReviews reviews;
  @Inject RequestValidation validation;

  @POST
  @Path("reconcile")
  @RolesAllowed(Role.ADMIN_ROLE)
  public PaymentJobs.Run reconcile(@QueryParam("pendingFor") String pendingFor) {
    return jobs.reconcile(duration("pendingFor", pendingFor, Duration.ofMinutes(5)));
  }

  /**
   * The event sweeper now: applies stored callbacks without a result received more than {@code
   * olderThan} ago (default 30 s; applying an event happens once, so a shorter age is safe).
   */
  @POST
  @Path("events/retry")
  @RolesAllowed(Role.ADMIN_ROLE)
  public PaymentJobs.Run retryEvents(@QueryParam("olderThan") String olderThan) {
    return jobs.completeUnfinished(duration("olderThan", olderThan, PaymentCallbacks.IN_FLIGHT));
  }

  private static Duration duration(String name, String value, Duration defaultValue) {
    Duration duration;
    try {
      duration = value == null ? defaultValue : Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new Problems.InvalidInputException(name, "is not an ISO-8601 duration such as PT5M");
    }
    if (duration.isNegative()) {
      throw new Problems.InvalidInputException(name, "cannot be negative");
    }
    return duration;
  }

  @POST
  @Path("refunds/send")
  @RolesAllowed(Role.ADMIN_ROLE)
  public PaymentJobs.Run sendRefunds() {
    return jobs.sendRefunds();
  }

  @GET
  @Path("reviews")
  @RolesAllowed({Role.ADMIN_ROLE, Role.OFFICER_ROLE})
  public List<PaymentReviews.ReviewView> reviews(@QueryParam("status") String status) {
    return reviews.list(QueryParams.enumOrDefault("status", status, PaymentReview.Status.class,
        PaymentReview.Status.OPEN));
  }

  /** REFUND gives the money that came back to the payer; NOTE closes it with what was done. */
  public record Resolution(@NotNull PaymentReviews.Action action, @NotNull @Size(min = 3, max = 500) String note) {}

  @POST
  @Path("reviews/{id}/resolve")
  @RolesAllowed(Role.ADMIN_ROLE)
  public PaymentReviews.ReviewView resolve(@PathParam("id") String id, Resolution request) {
    Resolution valid = validation.valid(request);
    long reviewId = QueryParams.longOrDefault("id", id, -1);
    return LockContention.retried(() -> reviews.resolve(reviewId, valid.action(), valid.note()));
  }
}
