package vn.langnghe.market.shipping;

import vn.langnghe.market.platform.ProblemException;

/** 503: the carrier could not be reached or failed; nothing was booked here, try again shortly. */
public class CarrierUnavailableException extends ProblemException {
  public CarrierUnavailableException(String detail) {
    super(503, "Carrier unavailable", detail);
  }
}
