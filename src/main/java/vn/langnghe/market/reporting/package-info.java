/**
 * Sales facts for the trade office, and the reports read from them. Ordering hands over plain
 * figures in the transaction that moves the money (payment, cancellation after payment), so the
 * facts change with the money and a rebuild from the orders must agree with them to the đồng.
 * A monthly roll-up of each fact table moves with it and is always the sum of its days.
 * A rebuild from the orders runs in short steps beside the payments, never holding one up for long.
 * Reports read only the facts (and the shop and product tables for shop and listing counts).
 */
package vn.langnghe.market.reporting;
