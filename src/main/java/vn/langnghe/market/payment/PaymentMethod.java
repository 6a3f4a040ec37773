package vn.langnghe.market.payment;

/** The ways to pay: VNPay, cards through a Stripe-style gateway, VietQR bank transfer. */
public enum PaymentMethod {
  VNPAY(true),
  STRIPE(true),
  VIETQR(true);

  private final boolean cashless;

  PaymentMethod(boolean cashless) {
    this.cashless = cashless;
  }

  /** No cash changes hands: what the trade office's cashless share counts (cash on delivery would not). */
  public boolean cashless() {
    return cashless;
  }
}
