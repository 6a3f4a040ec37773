/**
 * Catalogue: categories, products, their variants (SKUs with VND prices and stock) and pictures.
 * The public sees only ACTIVE products of APPROVED shops; an artisan sees and changes only the
 * products of their own shop (anyone else's answer 404). Descriptions are sanitised on the way in.
 * Stock moves only through {@link vn.langnghe.market.catalog.Stock}'s conditional UPDATEs (sales,
 * releases, returns, the artisan's counts and adjustments); a product edit never writes it.
 * A product's OCOP stars are written only by {@link vn.langnghe.market.catalog.OcopBadges} (a
 * verified, unexpired certificate of the ocop component), never by the artisan's edit.
 */
package vn.langnghe.market.catalog;
