/**
 * Identity: accounts, roles, password hashing, sign-in tokens and the access rules on every
 * endpoint. Passwords exist only as PBKDF2 hashes; tokens only as SHA-256 hashes. An endpoint
 * without an explicit access annotation is closed.
 */
package vn.langnghe.market.identity;
