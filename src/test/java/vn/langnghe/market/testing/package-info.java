/**
 * What the integration tests share: the deployment of the built war on the managed WildFly, an
 * HTTP client for the public API, and direct reads of the test database for checks the API
 * cannot show (what a row really holds).
 */
package vn.langnghe.market.testing;
