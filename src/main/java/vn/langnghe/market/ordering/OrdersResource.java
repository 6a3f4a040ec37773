package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import vn.langnghe.market.ordering.OrderViews.CancelRequest;
import vn.langnghe.market.ordering.OrderViews.OrderSummary;
import vn.langnghe.market.ordering.OrderViews.OrderView;
import vn.langnghe.market.ordering.OrderViews.RetryPaymentRequest;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.RequestValidation;

/** A shopper's own orders, with their history; cancelling while allowed. */
@Path("/orders")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

  @Inject Orders orders;
  @Inject RequestValidation validation;

  @GET
  public Page<OrderSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
      @Context SecurityContext security) {
    return orders.list(Caller.of(security), Page.Request.of(page, size));
  }

  @GET
  @Path("{number}")
  public OrderView detail(@PathParam("number") String number, @Context SecurityContext security) {
    return orders.detail(Caller.of(security), number);
  }

  /** The body is optional: {@code {"reason": "..."}}. */
  @POST
  @Path("{number}/cancel")
  public OrderView cancel(@PathParam("number") String number, CancelRequest request,
      @Context SecurityContext security) {
    String reason = request == null ? null : validation.valid(request).reason();
    return LockContention.retried(() -> orders.cancel(Caller.of(security), number, reason));
  }

  /**
   * A new payment attempt for an order still awaiting payment: after a failed or abandoned one,
   * or to pay another way. The body is optional: {@code {"paymentMethod": "VIETQR"}}.
   */
  @POST
  @Path("{number}/payments")
  public OrderView retryPayment(@PathParam("number") String number, RetryPaymentRequest request,
      @Context SecurityContext security, @Context HttpServletRequest http) {
    PaymentMethod method = request == null ? null : validation.valid(request).paymentMethod();
    return LockContention.retried(() -> orders.retryPayment(Caller.of(security), number, method,
        http.getRemoteAddr()));
  }
}
