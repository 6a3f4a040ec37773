/**
 * Shops: an artisan's store in a craft village. A shop opens PENDING, an officer approves it
 * (only then may it sell) or suspends it; an artisan owns at most one shop and only sees and
 * changes their own.
 */
package vn.langnghe.market.shops;
