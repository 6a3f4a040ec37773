/**
 * A Stripe-style card gateway: webhook signatures checked against the raw body bytes (any current
 * secret, timestamps within 300 s), events de-duplicated by their id, form-encoded API calls with
 * an Idempotency-Key. VND is a zero-decimal currency there: amounts are whole VND, never × 100.
 * Only {@link vn.langnghe.market.payment.stripe.StripeGateway} calls the gateway.
 */
package vn.langnghe.market.payment.stripe;
