package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.Shop;

/**
 * The catalogue as the buying path sees it: what a SKU costs and whether it can be bought, and
 * the stock movements of orders. Every movement is one conditional UPDATE, so two shoppers racing
 * for the last piece are decided by the database, never by a read followed by a write. Rows are
 * locked in variant-id order, so two carts holding the same SKUs in opposite orders cannot
 * deadlock each other. The artisan's own counts and adjustments are conditional UPDATEs too, so
 * they never write over a sale.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Stock {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  /**
   * A SKU as a cart or checkout needs it, with the reason it cannot be bought if so;
   * {@code thumbUrl} only when read by {@link #purchasablesShown}.
   */
  public record Purchasable(long variantId, String sku, long productId, String productSlug,
      String title, Map<String, String> options, long priceVnd, int weightGrams, int available,
      boolean onSale, long shopId, String shopSlug, String shopName, String originCommuneCode,
      String thumbUrl) {}

  /** Units of one variant moving with an order. */
  public record Movement(long variantId, long productId, String sku, int quantity) {}

  /**
   * The SKUs that exist, keyed by SKU, as a checkout needs them: without thumbnails (one query
   * fewer on every order); unknown SKUs are simply absent.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Purchasable> purchasables(Collection<String> skus) {
    return read(skus, false);
  }

  /** The same as {@link #purchasables}, each with its product's thumbnail, for showing them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Purchasable> purchasablesShown(Collection<String> skus) {
    return read(skus, true);
  }

  private Map<String, Purchasable> read(Collection<String> skus, boolean withThumbnails) {
    Map<String, Purchasable> found = new LinkedHashMap<>();
    if (skus.isEmpty()) {
      return found;
    }
    // the buying path reads every SKU of every cart view and checkout: only the columns it needs,
    // no product, shop or image objects to build (this was a fifth of checkout's CPU)
    List<Object[]> rows = em.createQuery(
            "select v.id, v.sku, p.id, p.slug, p.title, v.options, v.priceVnd, v.weightGrams,"
                + " v.onHand, v.reserved, v.retired, p.status, s.id, s.slug, s.name, s.status, c.code,"
                + " p.hiddenAt"
                + " from Variant v join v.product p join p.shop s left join s.village vil"
                + " left join vil.commune c where v.sku in :skus", Object[].class)
        .setParameter("skus", Set.copyOf(skus))
        .getResultList();
    Map<Long, String> thumbs = withThumbnails
        ? thumbnails(rows.stream().map(r -> (Long) r[2]).collect(Collectors.toSet()))
        : Map.of();
    for (Object[] r : rows) {
      @SuppressWarnings("unchecked")
      Map<String, String> options = (Map<String, String>) r[5];
      boolean retired = (Boolean) r[10];
      int available = retired ? 0 : (Integer) r[8] - (Integer) r[9];
      boolean onSale = r[11] == Product.Status.ACTIVE && r[15] == Shop.Status.APPROVED && !retired
          && r[17] == null;
      long productId = (Long) r[2];
      found.put((String) r[1], new Purchasable((Long) r[0], (String) r[1], productId, (String) r[3],
          (String) r[4], options, (Long) r[6], (Integer) r[7], available, onSale, (Long) r[12],
          (String) r[13], (String) r[14], (String) r[16], thumbs.get(productId)));
    }
    return found;
  }

  /** The first picture of each product, as its thumbnail's address. */
  private Map<Long, String> thumbnails(Set<Long> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> thumbs = new HashMap<>();
    em.createQuery("select i.product.id, i.imageKey from ProductImage i where i.product.id in :ids"
            + " order by i.position desc", Object[].class)
        .setParameter("ids", productIds)
        .getResultList()
        // lowest position last, so it is the one kept
        .forEach(r -> thumbs.put((Long) r[0], Images.url((String) r[1], ImageRendition.Size.THUMB)));
    return thumbs;
  }

  /**
   * Reserves every movement or reports the SKUs that are short. On a shortage the caller must roll
   * back: the movements that succeeded stay reserved until then.
   */
  public List<String> reserve(List<Movement> movements) {
    List<String> short_ = new ArrayList<>();
    for (Movement m : inLockOrder(movements)) {
      int updated = em.createNativeQuery(
              "UPDATE variant SET reserved = reserved + ?1 WHERE id = ?2 AND retired = FALSE"
                  + " AND on_hand - reserved >= ?1")
          .setParameter(1, m.quantity())
          .setParameter(2, m.variantId())
          .executeUpdate();
      if (updated == 0) {
        short_.add(m.sku());
      }
    }
    if (short_.isEmpty()) {
      announceWhereAvailableIs(movements, false);
    }
    return short_;
  }

  /** An unpaid order let go: its reservation returns to what can be sold. */
  public void release(List<Movement> movements) {
    move(movements, "UPDATE variant SET reserved = reserved - ?1 WHERE id = ?2 AND reserved >= ?1");
    announceWhereAvailableIs(movements, true);
  }

  /** A paid order: its reserved units leave the shop's stock for good (what is available stays). */
  public void sell(List<Movement> movements) {
    move(movements, "UPDATE variant SET on_hand = on_hand - ?1, reserved = reserved - ?1"
        + " WHERE id = ?2 AND reserved >= ?1");
  }

  /** Sold units coming back to the shelf (a paid order cancelled before it shipped). */
  public void putBack(List<Movement> movements) {
    move(movements, "UPDATE variant SET on_hand = on_hand + ?1 WHERE id = ?2");
    announceWhereAvailableIs(movements, true);
  }

  /** A variant's stock as it is now. */
  public record Level(String sku, int onHand, int reserved) {
    public int available() {
      return onHand - reserved;
    }
  }

  /**
   * The artisan's count: on hand becomes {@code onHand}, only while it still is {@code expected}
   * (when given) and never below what pending orders hold. One conditional UPDATE, so a sale that
   * lands meanwhile is never written over.
   */
  public void count(long variantId, String sku, int onHand, Integer expected) {
    Variant.requireStockInRange("onHand", onHand);
    var update = em.createNativeQuery("UPDATE variant SET on_hand = ?1 WHERE id = ?2 AND reserved <= ?1"
            + (expected == null ? "" : " AND on_hand = ?3"))
        .setParameter(1, onHand)
        .setParameter(2, variantId);
    if (expected != null) {
      update.setParameter(3, expected);
    }
    if (update.executeUpdate() == 1) {
      return;
    }
    Level now = level(variantId, sku);
    if (expected != null && now.onHand() != expected) {
      throw new StockConflictException(now, "expectedOnHand", "On hand of " + sku + " is "
          + now.onHand() + " now, not " + expected + ": it changed since it was read.");
    }
    throw belowReserved(now, "onHand");
  }

  /** Adds pieces (or removes them, when {@code by} is negative) to what is on hand, as one UPDATE. */
  public void adjust(long variantId, String sku, int by) {
    int updated = em.createNativeQuery("UPDATE variant SET on_hand = on_hand + ?1 WHERE id = ?2"
            + " AND on_hand + ?1 >= reserved AND on_hand + ?1 BETWEEN 0 AND ?3")
        .setParameter(1, by)
        .setParameter(2, variantId)
        .setParameter(3, Variant.MAX_STOCK)
        .executeUpdate();
    if (updated == 1) {
      return;
    }
    Level now = level(variantId, sku);
    long wanted = (long) now.onHand() + by;
    if (wanted < 0) {
      throw new Problems.RefusedException("adjustBy", "Only " + now.onHand() + " of " + sku
          + " are on hand; " + -by + " cannot be taken away.");
    }
    if (wanted > Variant.MAX_STOCK) {
      throw new Problems.RefusedException("adjustBy", "On hand may be at most " + Variant.MAX_STOCK + ".");
    }
    throw belowReserved(now, "adjustBy");
  }

  private static StockConflictException belowReserved(Level now, String field) {
    return new StockConflictException(now, field, "Pending orders hold " + now.reserved() + " of "
        + now.sku() + "; on hand cannot go below that (it is " + now.onHand() + ").");
  }

  /** Read with a lock, so the figure is the latest committed one whatever the isolation level. */
  private Level level(long variantId, String sku) {
    Object[] row = (Object[]) em.createNativeQuery(
            "SELECT on_hand, reserved FROM variant WHERE id = ?1 FOR UPDATE")
        .setParameter(1, variantId)
        .getSingleResult();
    return new Level(sku, ((Number) row[0]).intValue(), ((Number) row[1]).intValue());
  }

  /** Runs the update (?1 the quantity, ?2 the variant) for every movement, in lock order. */
  private void move(List<Movement> movements, String sql) {
    for (Movement m : inLockOrder(movements)) {
      expectOneRow(m, em.createNativeQuery(sql)
          .setParameter(1, m.quantity())
          .setParameter(2, m.variantId())
          .executeUpdate());
    }
  }

  /** Stock that an order holds is always there to move; anything else is a bug, not a race. */
  private static void expectOneRow(Movement m, int updated) {
    if (updated != 1) {
      throw new IllegalStateException("Stock of " + m.sku() + " does not hold " + m.quantity()
          + " units for this order");
    }
  }

  private static List<Movement> inLockOrder(List<Movement> movements) {
    return movements.stream().sorted(Comparator.comparingLong(Movement::variantId)).toList();
  }

  /**
   * Search shows whether a product is in stock, nothing finer: only a movement that took a variant
   * to nothing available (reserving) or back from nothing (returning exactly what is now there)
   * changes what search must show, so only those products are announced.
   */
  private void announceWhereAvailableIs(List<Movement> movements, boolean returning) {
    // the ids as parameters: spelled into the SQL, every order was a statement text of its own,
    // parsed anew and crowding the connections' statement caches
    List<Object[]> rows = em.createQuery(
            "select v.id, v.onHand - v.reserved from Variant v where v.id in :ids", Object[].class)
        .setParameter("ids", movements.stream().map(Movement::variantId).distinct().toList())
        .getResultList();
    Set<Long> products = new LinkedHashSet<>();
    for (Object[] row : rows) {
      long variantId = (Long) row[0];
      int available = ((Number) row[1]).intValue();
      for (Movement m : movements) {
        if (m.variantId() == variantId && (returning ? available == m.quantity() : available == 0)) {
          products.add(m.productId());
        }
      }
    }
    products.forEach(id -> outbox.announce(Outbox.PRODUCT, id));
  }
}
