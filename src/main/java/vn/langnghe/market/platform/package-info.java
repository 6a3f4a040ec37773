/**
 * What every component shares: the JAX-RS application, the problem+json error model, request
 * validation, JSON settings, database migration, money and text helpers, health, per-client rate
 * limits, the browser-protection headers, the public address every absolute URL is built on,
 * each request's id (log MDC, X-Request-Id, outbox rows), the plumbing of the metrics, and the
 * periodic jobs with the leases that keep a piece of their work to one node at a time.
 * Nothing here knows about a business concept.
 */
package vn.langnghe.market.platform;
