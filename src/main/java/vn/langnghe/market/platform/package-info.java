/**
 * What every component shares: the JAX-RS application, the problem+json error model, request
 * validation, JSON settings, database migration, money and text helpers, health, per-client rate
 * limits, the browser-protection headers and the public address every absolute URL is built on.
 * Nothing here knows about a business concept.
 */
package vn.langnghe.market.platform;
