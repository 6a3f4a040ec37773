/**
 * VietQR bank transfer (NAPAS 247 to our account): EMVCo TLV payloads closed by a CRC-16 that
 * every payload carries and every parse checks, the QR image, and the bank's HMAC-signed webhook.
 * Only ASCII is written, so lengths in characters and in bytes agree; the transfer memo is what
 * ties an incoming transfer to its payment, and a transfer that matches no payment or another
 * amount goes to review.
 */
package vn.langnghe.market.payment.vietqr;
