package vn.langnghe.market.payment.stripe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payment.CallbackBody;
import vn.langnghe.market.payment.PaymentCallbacks;
import vn.langnghe.market.payment.PaymentEvent;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;

/**
 * The card gateway's side of our API: the webhook Stripe calls, which alone settles a card
 * payment, and the PaymentIntent the card page confirms.
 */
@Path("/payments/stripe")
@Produces(MediaType.APPLICATION_JSON)
public class StripeResource {

  @Inject PaymentCallbacks callbacks;
  @Inject StripeIntents intents;

  /** What Stripe is told; it only looks at the status, the rest is for the dashboard's log. */
  public record WebhookAnswer(boolean received, boolean duplicate, PaymentEvent.Result result) {}

  /**
   * The body is read as raw bytes: the signature covers them exactly, and parsed-and-rewritten
   * JSON would never verify. 2xx for every verified event once it has a result (Stripe retries
   * anything else for days); 400 for one that fails verification; 500 when applying it failed
   * here, so that Stripe sends it again; 413 for a body over 256 KB.
   */
  @POST
  @RateLimited(RequestLimit.PAYMENT_CALLBACK)
  @Path("webhook")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  public WebhookAnswer webhook(InputStream body, @Context HttpHeaders headers) throws IOException {
    byte[] raw = CallbackBody.read(body);
    Map<String, String> lowerCase = new HashMap<>();
    headers.getRequestHeaders().forEach((name, values) ->
        lowerCase.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    PaymentCallbacks.Handled handled = callbacks.receive(PaymentMethod.STRIPE,
        new PaymentGateway.Inbound(null, lowerCase, raw));
    if (!handled.check().valid()) {
      throw new Problems.InvalidInputException("Stripe-Signature",
          handled.check().verification() + ": " + handled.check().detail());
    }
    return new WebhookAnswer(true, handled.duplicate(), handled.result());
  }

  /** The buyer's PaymentIntent for a pending card payment, created on the first call. */
  @POST
  @Path("intents/{reference}")
  @RolesAllowed(Role.SHOPPER_ROLE)
  public StripeIntents.IntentView intent(@PathParam("reference") String reference,
      @Context SecurityContext security) {
    return intents.open(reference, Caller.of(security).accountId());
  }
}
