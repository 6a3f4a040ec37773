/**
 * The storefront as pages: home, search results, product, shop and craft village rendered on the
 * server (JTE templates compiled at build time) at lasting Vietnamese addresses, each also under
 * {@code /en/}, with what crawlers and link previews read (titles, Open Graph, JSON-LD, sitemaps).
 * The page scripts enhance these pages (cart, filters, gallery); they no longer build them. Reads
 * the catalogue, shops, places and search through their services.
 */
package vn.langnghe.market.storefront;
