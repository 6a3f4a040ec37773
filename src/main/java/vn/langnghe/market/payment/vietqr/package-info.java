/**
 * VietQR (NAPAS 247 transfer to an account) payloads: EMVCo TLV fields closed by a CRC-16 that
 * every payload carries and every parse checks. Only ASCII is written, so lengths in characters
 * and in bytes agree; the transfer memo is what ties an incoming transfer to its payment.
 */
package vn.langnghe.market.payment.vietqr;
