package vn.langnghe.market.shipping;

import vn.langnghe.market.platform.ProblemException;

/** 422: the carrier answered and refused the parcel (an address it does not serve, a weight). */
public class CarrierRefusedException extends ProblemException {
  public CarrierRefusedException(String detail) {
    super(422, "Refused by the carrier", detail);
  }
}
