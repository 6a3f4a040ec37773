/**
 * Saved addresses: a shopper's address book for checkout. Each shopper keeps a few; exactly one
 * is the default whenever there is any; every commune is a current one and every phone is stored
 * in E.164. A shopper only ever sees and changes their own; another's is "not found".
 */
package vn.langnghe.market.addresses;
