package vn.langnghe.market.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The sandbox gateway's "paid" signal, for the demo run and the tests: it confirms a payment
 * through the same boundary that a gateway's callback uses. Absent (404) unless
 * {@code market.payments.sandbox} is on, which production configuration never sets.
 */
@Path("/payments/sandbox")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SandboxOnly
public class PaymentSandboxResource {

  @Inject Payments payments;
  @Inject RequestValidation validation;

  public record SandboxPayment(@NotNull @Positive Long amountVnd) {}

  @POST
  @Path("{reference}/succeed")
  public Map<String, String> succeed(@PathParam("reference") String reference,
      SandboxPayment request) {
    long amount = validation.valid(request).amountVnd();
    Payments.Settlement settlement = LockContention.retried(
        () -> payments.confirm(reference, amount, "SANDBOX-" + reference));
    return Map.of("settlement", settlement.name());
  }
}
