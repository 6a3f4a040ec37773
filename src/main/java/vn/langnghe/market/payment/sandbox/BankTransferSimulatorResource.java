package vn.langnghe.market.payment.sandbox;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.market.payment.vietqr.VietQrTransfer;
import vn.langnghe.market.payment.SandboxOnly;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RequestValidation;

/**
 * The order page's "simulate bank transfer" button and the tests: a transfer to our account,
 * reported by the simulated bank's signed webhook. Absent (404) unless {@code
 * market.payments.sandbox} is on.
 */
@Path("/sandbox/vietqr")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SandboxOnly
public class BankTransferSimulatorResource {

  @Inject BankTransferSimulator bank;
  @Inject RequestValidation validation;

  /**
   * The transfer text is the memo of {@code reference}, or {@code memo} as given (a shopper may
   * type anything); {@code transactionId} repeats an earlier transaction's notice.
   */
  public record Transfer(@Size(max = 40) String reference, @Size(max = 100) String memo,
      @NotNull @Positive Long amountVnd, @Size(max = 100) String transactionId) {}

  @POST
  @Path("transfers")
  public BankTransferSimulator.Delivered transfer(Transfer request) {
    Transfer valid = validation.valid(request);
    String memo;
    if (valid.reference() != null) {
      try {
        memo = VietQrTransfer.memoFor(valid.reference());
      } catch (IllegalArgumentException e) {
        throw new Problems.InvalidInputException("reference", e.getMessage());
      }
    } else if (valid.memo() != null) {
      memo = valid.memo();
    } else {
      throw new Problems.InvalidInputException("reference", "give a payment reference or a memo");
    }
    return bank.transfer(memo, valid.amountVnd(), valid.transactionId());
  }
}
