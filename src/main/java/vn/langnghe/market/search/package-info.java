/**
 * Search: the Solr projection of the products on sale, fed from the outbox (never written by
 * request threads), and the storefront's queries with facets, suggestions and "did you mean".
 * The database stays the truth; when Solr is down, search answers 503 and everything else sells.
 */
package vn.langnghe.market.search;
