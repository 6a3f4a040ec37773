/**
 * Reviews and ratings: a buyer's stars, words and photos about a product they received (once per
 * product per shop order, editable by its author for a while), the shop's one reply, readers'
 * reports and officers' hiding; and the product and shop tallies search ranks by. A hidden review
 * counts nowhere. Tallies change only in the transaction that changes a review, and announce the
 * product through the outbox so search follows within seconds.
 */
package vn.langnghe.market.reviews;
