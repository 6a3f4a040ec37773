/**
 * VNPay 2.1.0 on the wire: the signed pay URL, the verification of return and IPN queries, the
 * signed querydr and refund bodies, and VNPay's formats (amount × 100, Vietnam-time dates, ASCII
 * text). Pure functions of their inputs: no HTTP, no database; the hash secret comes from outside.
 */
package vn.langnghe.market.payment.vnpay;
