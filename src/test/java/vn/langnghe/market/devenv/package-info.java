/**
 * The development environment on the test class path: the database the tests and the run command
 * use (a local MySQL/MariaDB when one answers, else an embedded MariaDB), the integration-test
 * session setup, and the launcher behind README command 1. None of it ships in the war.
 */
package vn.langnghe.market.devenv;
