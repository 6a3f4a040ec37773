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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ordering.OrderViews.CancelRequest;
import vn.langnghe.market.ordering.OrderViews.OrderSummary;
import vn.langnghe.market.ordering.OrderViews.OrderView;
import vn.langnghe.market.ordering.OrderViews.RetryPaymentRequest;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.payment.Payments.PaymentView;
import vn.langnghe.market.payment.vietqr.QrImage;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestValidation;

/** A shopper's own orders, with their history; cancelling while allowed. */
@Path("/orders")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

  /** Large enough for a phone held at arm's length to read from a laptop screen. */
  static final int QR_PIXELS = 320;

  @Inject Orders orders;
  @Inject RequestValidation validation;

  @GET
  public Page<OrderSummary> list(@QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size, @Context SecurityContext security) {
    return orders.list(Caller.of(security), OrderFilter.parse(status), Page.Request.of(page, size));
  }

  @GET
  @Path("{number}")
  public OrderView detail(@PathParam("number") String number, @Context SecurityContext security) {
    return orders.detail(Caller.of(security), number);
  }

  /**
   * The QR code to scan while a VietQR payment is pending, as a PNG. Behind the shopper's sign-in
   * like the order itself, so the page fetches it with its token; never cached, as a new attempt
   * brings a new memo under the same address.
   */
  @GET
  @Path("{number}/payment/qr.png")
  @Produces("image/png")
  public Response paymentQr(@PathParam("number") String number, @Context SecurityContext security) {
    PaymentView payment = orders.detail(Caller.of(security), number).payment();
    if (payment == null || payment.qrPayload() == null) {
      throw new Problems.NotFoundException("A QR code to pay order " + number);
    }
    return Response.ok(QrImage.png(payment.qrPayload(), QR_PIXELS))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
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
   * "Đã nhận hàng": the buyer confirms the parcels arrived and the order completes. Saying it
   * twice answers the same; before every live part has shipped, 409.
   */
  @POST
  @Path("{number}/received")
  public OrderView received(@PathParam("number") String number, @Context SecurityContext security) {
    return LockContention.retried(() -> orders.received(Caller.of(security), number));
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
