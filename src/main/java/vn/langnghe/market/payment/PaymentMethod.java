package vn.langnghe.market.payment;

/**
 * The ways to pay: VNPay, cards through a Stripe-style gateway, VietQR bank transfer, and cash on
 * delivery (no gateway: the carrier collects the money and remits it).
 */
public enum PaymentMethod {
  VNPAY(true),
  STRIPE(true),
  VIETQR(true),
  COD(false);

  private final boolean cashless;

  PaymentMethod(boolean cashless) {
    this.cashless = cashless;
  }

  /** No cash changes hands: what the trade office's cashless share counts (cash on delivery does not). */
  public boolean cashless() {
    return cashless;
  }

  /** Paid before delivery through a gateway; cash on delivery is paid to the courier. */
  public boolean prepaid() {
    return this != COD;
  }
}
