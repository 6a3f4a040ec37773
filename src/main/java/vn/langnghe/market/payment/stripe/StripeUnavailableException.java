package vn.langnghe.market.payment.stripe;

import vn.langnghe.market.platform.ProblemException;

/** 503: the card gateway could not open the payment now; the shopper may try again shortly. */
public class StripeUnavailableException extends ProblemException {
  public StripeUnavailableException(String detail) {
    super(503, "Payment gateway unavailable", detail);
  }
}
