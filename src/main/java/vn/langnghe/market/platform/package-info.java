/**
 * What every component shares: the JAX-RS application, the problem+json error model, request
 * validation, JSON settings, database migration, money and text helpers, health.
 * Nothing here knows about a business concept.
 */
package vn.langnghe.market.platform;
