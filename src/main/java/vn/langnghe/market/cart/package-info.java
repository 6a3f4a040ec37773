/**
 * Carts of signed-in shoppers and of anonymous browsers (a cookie's token, stored hashed). A cart
 * holds SKUs and quantities only; price and availability are read afresh on every view, and lines
 * that can no longer be bought stay, flagged, until the shopper removes them. An anonymous cart
 * merges into the shopper's own on the first cart request after sign-in.
 */
package vn.langnghe.market.cart;
