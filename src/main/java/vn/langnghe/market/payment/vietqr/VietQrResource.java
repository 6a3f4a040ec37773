package vn.langnghe.market.payment.vietqr;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.CallbackBody;
import vn.langnghe.market.payment.PaymentCallbacks;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;

/**
 * What our bank calls when money moves on the account (see {@link VietQrGateway} for the
 * protocol), and the account shoppers pay to.
 */
@Path("/payments/vietqr")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VietQrResource {

  @Inject PaymentCallbacks callbacks;
  @Inject VietQrGateway gateway;

  @Inject
  @ConfigProperty(name = "market.payments.sandbox")
  boolean sandbox;

  /** What we made of a notice: PAID, REVIEW, SURPLUS, UNMATCHED, DUPLICATE, ... */
  public record WebhookAnswer(String result) {}

  /**
   * 200 once the notice is stored and acted on (a review included: the money is recorded, the
   * bank has nothing to send again); 401 for a bad signature and 400 for a body we cannot read,
   * both stored cut short; 413 for a body over 256 KB, refused unread and not stored; 500 when
   * applying it failed here, so the bank sends it again (until it has a result, a repeat is
   * never answered DUPLICATE).
   */
  @POST
  @RateLimited(RequestLimit.PAYMENT_CALLBACK)
  @Path("webhook")
  public WebhookAnswer webhook(InputStream stream, @Context HttpHeaders headers) throws IOException {
    byte[] body = CallbackBody.read(stream);
    Map<String, String> received = new HashMap<>();
    headers.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        received.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    PaymentCallbacks.Handled handled = callbacks.receive(PaymentMethod.VIETQR,
        new PaymentGateway.Inbound(null, received, body));
    PaymentGateway.Check check = handled.check();
    switch (check.verification()) {
      case VALID -> {
        return new WebhookAnswer(handled.duplicate() ? "DUPLICATE" : handled.result().name());
      }
      case BAD_SIGNATURE, STALE -> throw new BadSignatureException(check.detail());
      default -> throw new Problems.InvalidInputException("body", check.detail());
    }
  }

  /** Our account; {@code sandbox} when transfers to it are simulated (the page offers the button). */
  public record PayeeView(String bankBin, String bankName, String accountNumber, String accountName,
      boolean sandbox) {}

  @GET
  @Path("payee")
  public PayeeView payee() {
    VietQrGateway.Payee payee = gateway.payee();
    return new PayeeView(payee.bankBin(), payee.bankName(), payee.accountNumber(),
        payee.accountName(), sandbox);
  }
}
