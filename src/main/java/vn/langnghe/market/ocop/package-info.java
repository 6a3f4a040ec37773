/**
 * OCOP certificates: an artisan (or a digital helper for them) submits one per product with its
 * photo; an officer verifies or rejects it. Only a VERIFIED certificate whose last day is not past
 * gives the product its badge, through {@code catalog.OcopBadges}, which announces the product on
 * the outbox; the expiry sweep takes the badge away and tells the artisan a month before.
 */
package vn.langnghe.market.ocop;
