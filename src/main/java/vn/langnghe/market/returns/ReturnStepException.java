package vn.langnghe.market.returns;

import vn.langnghe.market.platform.Problems;

/** A step the return's state does not allow now (accepting a refused return, deciding twice…). */
public class ReturnStepException extends Problems.ConflictException {
  public ReturnStepException(Long id, ReturnRequest.Status status) {
    super("status", "Return " + id + " is " + status + "; that step is not possible now.");
  }
}
