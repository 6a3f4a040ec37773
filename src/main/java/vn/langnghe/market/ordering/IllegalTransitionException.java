package vn.langnghe.market.ordering;

import vn.langnghe.market.platform.Problems;

/** 409: the order or shop order is not in a state that allows this step. */
public class IllegalTransitionException extends Problems.ConflictException {
  public IllegalTransitionException(String what, String from, String to) {
    super("status", what + " is " + from + " and cannot become " + to + ".");
  }
}
