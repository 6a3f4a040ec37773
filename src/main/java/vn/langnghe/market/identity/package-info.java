/**
 * Identity: accounts, roles, password hashing, sign-in tokens and the access rules on every
 * endpoint. Passwords exist only as PBKDF2 hashes; tokens only as SHA-256 hashes. An endpoint
 * without an explicit access annotation is closed. Failed sign-ins slow down only the client that
 * made them (never the account), and registration refuses common and personal passwords.
 */
package vn.langnghe.market.identity;
