/**
 * Checkout and orders. One order per checkout, split into one shop order per shop, each with its
 * own shipping fee; lines keep the title and price as sold. Stock is reserved at checkout, sold
 * when the payment arrives and released when the order expires or is cancelled, each exactly once
 * because every transition locks the order row and follows the state machines of {@link
 * vn.langnghe.market.ordering.Order.Status} and {@link vn.langnghe.market.ordering.ShopOrder.Status}.
 * Every transition is kept in the audit trail ({@link vn.langnghe.market.ordering.StatusChange}).
 * Quotes and checkouts price through one path ({@link vn.langnghe.market.ordering.ParcelRates} for
 * the parcels); a checkout naming a quote charges exactly its figures, once, or places nothing.
 */
package vn.langnghe.market.ordering;
