package vn.langnghe.market.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * How many pieces of a product or a shop have reached their buyers: the "Đã bán" a shopper sees.
 * Ordering owns the sales and answers through this, so the catalogue never reads its tables.
 */
public interface PiecesSold {

  /** Pieces delivered of each of these products; a product never delivered is left out. */
  Map<Long, Long> ofProducts(Collection<Long> productIds);

  /** Pieces delivered of all the shop's products. */
  long ofShop(long shopId);
}
