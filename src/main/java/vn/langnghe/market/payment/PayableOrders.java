package vn.langnghe.market.payment;

/**
 * What payments need of orders, implemented by the ordering component. A confirmation locks the
 * order before its payment, the same order that expiry and cancellation take, so they serialise
 * without deadlocks.
 */
public interface PayableOrders {

  /** The account placed the order: only its buyer may pay it on a gateway's page. */
  boolean boughtBy(long orderId, long accountId);

  /** Holds the order's row lock until the transaction ends. */
  void lockForPayment(long orderId);

  /**
   * The payment of the whole order has arrived. True when the order is (now) paid; false when it
   * had already expired or been cancelled, so the money must go back.
   */
  boolean settle(long orderId, long amountVnd);

  /**
   * Everything owed back on the order has been paid back (the caller holds the order's lock). A
   * cancelled order is now refunded; an order still being fulfilled (one shop's part was refunded)
   * stays as it is.
   */
  void refunded(long orderId);
}
