package vn.langnghe.market.payment.sandbox;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payment.SandboxOnly;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The VNPay simulator's HTTP side: what the sandbox pay page ({@code /sandbox/vnpay.html}) calls,
 * and the merchant API that our VNPay adapter calls in the demo run and the tests. Absent (404)
 * unless {@code market.payments.sandbox} is on.
 */
@Path("/sandbox/vnpay")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SandboxOnly
public class VnpaySimulatorResource {

  @Inject VnpaySimulator simulator;
  @Inject RequestValidation validation;

  /** The pay URL's query, read as VNPay's page reads it. */
  @GET
  @Path("payment")
  public VnpaySimulator.PayPage page(@Context UriInfo uri) {
    return simulator.page(query(uri));
  }

  /** {@code deliverIpn=false} drops the IPN, as a network might. */
  public record Choice(String bankCode, @NotNull VnpaySimulator.Action action, Boolean deliverIpn) {}

  @POST
  @Path("payment")
  @Consumes(MediaType.APPLICATION_JSON)
  public VnpaySimulator.Paid pay(@Context UriInfo uri, Choice choice) {
    Choice valid = validation.valid(choice);
    String query = query(uri);
    return simulator.pay(query, valid.bankCode(), valid.action(), !Boolean.FALSE.equals(valid.deliverIpn()))
        .orElseThrow(() -> new Problems.RefusedException("payment", simulator.page(query).error()));
  }

  @GET
  @Path("ipn/{txnRef}")
  public Map<String, String> ipn(@PathParam("txnRef") String txnRef) {
    return Map.of("query", simulator.ipnQuery(txnRef)
        .orElseThrow(() -> new Problems.NotFoundException("Transaction " + txnRef)));
  }

  @POST
  @Path("ipn/{txnRef}/resend")
  public Map<String, String> resend(@PathParam("txnRef") String txnRef) {
    return Map.of("answer", simulator.resendIpn(txnRef)
        .orElseThrow(() -> new Problems.NotFoundException("Transaction " + txnRef)));
  }

  /** The refund requests the simulator received for a transaction (what tests check). */
  @GET
  @Path("refunds/{txnRef}")
  public java.util.List<VnpaySimulator.RefundSeen> refunds(@PathParam("txnRef") String txnRef) {
    return simulator.refundsOf(txnRef);
  }

  @POST
  @Path("merchant_webapi/api/transaction")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response api(String body) {
    if (simulator.failing()) {
      return Response.serverError().entity("{\"error\":\"Internal server error\"}").build();
    }
    String answer = simulator.api(body);
    simulator.linger();
    return Response.ok(answer).build();
  }

  public record FaultRequest(VnpaySimulator.Fault mode) {}

  @GET
  @Path("fault")
  public FaultRequest fault() {
    return new FaultRequest(simulator.fault());
  }

  /**
   * The fault switch of the merchant API (querydr, refund) for the fault suite: NONE, ERROR
   * (answers 500) or TIMEOUT (answers after the adapter's timeout). An administrator's only.
   */
  @POST
  @Path("fault")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  public FaultRequest fault(FaultRequest request) {
    simulator.fault(request == null || request.mode() == null ? VnpaySimulator.Fault.NONE : request.mode());
    return new FaultRequest(simulator.fault());
  }

  private String query(UriInfo uri) {
    return uri.getRequestUri().getRawQuery();
  }
}
