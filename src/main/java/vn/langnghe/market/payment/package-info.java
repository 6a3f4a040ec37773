/**
 * Payments of orders. A payment opens pending at checkout; only a confirmation through {@link
 * vn.langnghe.market.payment.Payments#confirm} (a gateway's server-side callback, or the sandbox)
 * settles it, and the order accepts it through {@link vn.langnghe.market.payment.PayableOrders}.
 * Money to give back is recorded as a {@link vn.langnghe.market.payment.Refund} that is due.
 */
package vn.langnghe.market.payment;
