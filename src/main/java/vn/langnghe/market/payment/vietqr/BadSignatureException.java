package vn.langnghe.market.payment.vietqr;

import vn.langnghe.market.platform.ProblemException;

/** 401: a webhook whose signature is missing or wrong; nothing in it was believed. */
public class BadSignatureException extends ProblemException {
  public BadSignatureException(String detail) {
    super(401, "Bad signature", detail);
  }
}
