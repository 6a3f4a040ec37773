/**
 * Demo: a believable catalogue of the Thái Bình craft villages, loaded once at start-up when
 * {@code market.demo.enabled} is on, and, with {@code market.demo.sales-history}, six months of
 * its sales, both through the public boundaries only. The generated content is deterministic
 * (fixed seed) and its pictures are drawn, not shipped.
 */
package vn.langnghe.market.demo;
