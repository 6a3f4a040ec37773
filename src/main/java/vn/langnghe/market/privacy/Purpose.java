package vn.langnghe.market.privacy;

/** What personal data may be used for, each consented to (or withdrawn) apart. */
public enum Purpose {
  /**
   * Processing orders: the contract of sale. Needed to buy (delivery needs a name, a phone and an
   * address); recorded at sign-up, and without it checkout refuses.
   */
  ORDER_PROCESSING(true),
  /** News and offers by e-mail: off until the person turns it on. */
  MARKETING_EMAIL(false),
  /** News and offers by Zalo: off until the person turns it on. */
  MARKETING_ZALO(false);

  private final boolean neededToBuy;

  Purpose(boolean neededToBuy) {
    this.neededToBuy = neededToBuy;
  }

  public boolean neededToBuy() {
    return neededToBuy;
  }
}
