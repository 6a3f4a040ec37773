package vn.langnghe.market.payment.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.platform.LockContention;

/**
 * The card page's PaymentIntent: the attempt is read in one short transaction, Stripe is called
 * outside any (it may take seconds, and a row lock must not wait on it), and the intent's id is
 * kept in another, so that reconciliation can ask Stripe about it.
 */
@ApplicationScoped
public class StripeIntents {

  @Inject Payments payments;
  @Inject StripeGateway gateway;

  /**
   * What the card page needs to confirm the intent. {@code status} is Stripe's: a page reopened
   * after paying finds it succeeded and goes on to the result instead of paying twice.
   */
  public record IntentView(String reference, String orderNumber, long amountVnd,
      Instant expiresAt, String status, String clientSecret, String publishableKey,
      String confirmUrl) {}

  public IntentView open(String reference, long buyerAccountId) {
    Payments.OpenAttempt attempt = payments.payable(reference, PaymentMethod.STRIPE, buyerAccountId);
    StripeGateway.Intent intent = gateway.createIntent(attempt.reference(), attempt.orderNumber(),
        attempt.amountVnd());
    if (!intent.id().equals(attempt.gatewayRef())) {
      LockContention.retried(() -> {
        payments.identified(attempt.reference(), intent.id());
        return null;
      });
    }
    return new IntentView(attempt.reference(), attempt.orderNumber(), attempt.amountVnd(),
        attempt.expiresAt(), intent.status(), intent.clientSecret(),
        gateway.publishableKey().orElse(null), gateway.confirmUrl(intent.id()));
  }
}
