/**
 * Notifications: every {@code platform.Notice} becomes a row in the transaction that caused it,
 * then a drainer delivers it by e-mail and, where the person gave a phone and a template exists
 * for its kind, by Zalo ZNS. The two channels are retried apart: one failing never holds the other.
 */
package vn.langnghe.market.notifications;
