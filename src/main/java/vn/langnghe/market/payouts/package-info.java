/**
 * Payouts: what each shop is owed and how it reaches the artisan's bank. Every ledger line
 * becomes an earning of its shop; it is pending until its part is delivered and the return window
 * has passed, then available unless a return or dispute holds it. A payout run (one per ISO week)
 * takes each shop's available earnings into one line, exported as an ISO 20022 pain.001 credit
 * transfer; the bank's status report marks lines paid, or rejected, which returns their earnings
 * to available. A refund after a payout is a negative earning that the next line nets. So for
 * every shop, at every moment: Σ ledger net = pending + on hold + available + paid out.
 */
package vn.langnghe.market.payouts;
