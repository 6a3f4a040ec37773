/**
 * Media: uploaded images, checked by their bytes (not their name or declared type), decoded
 * within a memory budget, a few at a time and within each account's daily quota, and stored as
 * renditions. A picture is served under a random key (never its sequential id) and only to whom
 * its owner component ({@link vn.langnghe.market.media.PictureAudience}) lets see it; only a public
 * picture gets long-lived cache headers.
 */
package vn.langnghe.market.media;
