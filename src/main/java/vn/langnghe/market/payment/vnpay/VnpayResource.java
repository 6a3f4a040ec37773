package vn.langnghe.market.payment.vnpay;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.market.payment.PaymentCallbacks;
import vn.langnghe.market.payment.PaymentEvent;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;

/**
 * What VNPay calls: the IPN, server to server, which alone settles a payment; and the return URL,
 * where the shopper's browser comes back, which only shows where things stand.
 */
@Path("/payments/vnpay")
@PermitAll
public class VnpayResource {

  private static final Logger LOG = Logger.getLogger(VnpayResource.class.getName());

  @Inject PaymentCallbacks callbacks;
  @Inject VnpayGateway gateway;

  /** Always HTTP 200 with VNPay's JSON: the RspCode is the answer, and VNPay retries until 00 or 02. */
  @GET
  @RateLimited(RequestLimit.PAYMENT_CALLBACK)
  @Path("ipn")
  @Produces(MediaType.APPLICATION_JSON)
  public String ipn(@Context UriInfo uri) {
    VnpayIpnAnswer answer;
    try {
      PaymentCallbacks.Handled handled = callbacks.receive(PaymentMethod.VNPAY,
          new PaymentGateway.Inbound(uri.getRequestUri().getRawQuery(), Map.of(), null));
      answer = answerFor(handled);
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "VNPay IPN could not be handled; VNPay will call again", unexpected);
      answer = VnpayIpnAnswer.UNKNOWN_ERROR;
    }
    return answer.json();
  }

  static VnpayIpnAnswer answerFor(PaymentCallbacks.Handled handled) {
    if (!handled.check().valid()) {
      return VnpayIpnAnswer.INVALID_CHECKSUM;
    }
    // 02 only where this very money paid before; an IPN that could not be applied never gets
    // here (it throws, and VNPay hears 99 and calls again)
    return switch (handled.result()) {
      case PAID -> handled.duplicate()
          ? VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED : VnpayIpnAnswer.CONFIRM_SUCCESS;
      // a second payment is recorded for review: VNPay has nothing to send again
      case REFUND_DUE, ATTEMPT_FAILED, IGNORED, SURPLUS -> VnpayIpnAnswer.CONFIRM_SUCCESS;
      case ALREADY_SETTLED -> VnpayIpnAnswer.ORDER_ALREADY_CONFIRMED;
      case REVIEW -> VnpayIpnAnswer.INVALID_AMOUNT;
      case NOT_FOUND, UNMATCHED -> VnpayIpnAnswer.ORDER_NOT_FOUND;
      case REJECTED -> VnpayIpnAnswer.INVALID_CHECKSUM;
    };
  }

  /**
   * The shopper back from VNPay's page: sent on to the result page, which follows the order's
   * state. Nothing changes here, whatever the query says; a query that fails its signature is
   * reported as such.
   */
  @GET
  @Path("return")
  public Response returned(@Context UriInfo uri) {
    PaymentGateway.Check check = gateway.check(
        new PaymentGateway.Inbound(uri.getRequestUri().getRawQuery(), Map.of(), null));
    String signal = !check.valid() ? "invalid"
        : check.outcome() == PaymentGateway.Outcome.PAID ? "paid"
        : check.outcome() == PaymentGateway.Outcome.FAILED ? "failed" : "pending";
    // absolute: a relative Location would be resolved against the API's base (/api/)
    UriBuilder page = uri.getBaseUriBuilder().replacePath("/payment-result.html").queryParam("signal", signal);
    Optional.ofNullable(check.valid() ? orderNumberOf(check.reference()) : null)
        .ifPresent(number -> page.queryParam("order", number));
    return Response.seeOther(page.build()).build();
  }

  /** A payment reference is the order number, a dash and the attempt. */
  static String orderNumberOf(String reference) {
    int dash = reference == null ? -1 : reference.lastIndexOf('-');
    return dash <= 0 ? null : reference.substring(0, dash);
  }
}
