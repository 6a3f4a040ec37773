/**
 * Media: uploaded images, checked by their bytes (not their name or declared type), decoded
 * within size limits and stored as renditions that are served with long-lived cache headers
 * (an image never changes under its id).
 */
package vn.langnghe.market.media;
