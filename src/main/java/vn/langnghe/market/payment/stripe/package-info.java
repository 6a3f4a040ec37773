/**
 * A Stripe-style card gateway on the wire: webhook signatures checked against the raw body bytes
 * (any current secret, timestamps within tolerance) and form-encoded API parameters. VND is a
 * zero-decimal currency there: amounts are whole VND, never × 100. No HTTP here.
 */
package vn.langnghe.market.payment.stripe;
