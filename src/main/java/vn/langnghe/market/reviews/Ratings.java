package vn.langnghe.market.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.UtcInstantConverter;

/**
 * The products' and shops' ratings as the storefront and search read them, and the tallies behind
 * them. A tally (count and sum of the shown reviews' stars) moves by atomic increments in the
 * transaction that shows, edits or hides a review, so two reviews written at once both count.
 *
 * <p>Ranking uses a smoothed (Bayesian) score, {@code (C·m + Σstars) / (C + n)}: a product with
 * one 5★ review does not outrank one with forty reviews averaging 4.8, as every product starts
 * with C imaginary reviews of m stars ({@code market.reviews.prior-weight}, {@code
 * market.reviews.prior-stars}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Ratings {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.reviews.prior-weight", defaultValue = "5")
  double priorWeight;

  @Inject
  @ConfigProperty(name = "market.reviews.prior-stars", defaultValue = "3.5")
  double priorStars;

  /** A rating with its smoothed score, for ranking (the score is absent without reviews). */
  public record Ranked(Rating rating, Double score) {}

  public Rating ofProduct(long productId) {
    return ofProducts(List.of(productId)).getOrDefault(productId, Rating.NONE);
  }

  /** Products without a review are left out of the map. */
  public Map<Long, Rating> ofProducts(Collection<Long> productIds) {
    Map<Long, Rating> ratings = new HashMap<>();
    tallies("product_rating", "product_id", productIds)
        .forEach((id, tally) -> ratings.put(id, Rating.of((int) tally[0], tally[1])));
    return ratings;
  }

  public Map<Long, Ranked> rankedProducts(Collection<Long> productIds) {
    Map<Long, Ranked> ranked = new HashMap<>();
    tallies("product_rating", "product_id", productIds).forEach((id, tally) ->
        ranked.put(id, new Ranked(Rating.of((int) tally[0], tally[1]), score((int) tally[0], tally[1]))));
    return ranked;
  }

  public Rating ofShop(long shopId) {
    long[] tally = tallies("shop_rating", "shop_id", List.of(shopId)).get(shopId);
    return tally == null ? Rating.NONE : Rating.of((int) tally[0], tally[1]);
  }

  Double score(int count, long starsSum) {
    return count <= 0 ? null : (priorWeight * priorStars + starsSum) / (priorWeight + count);
  }

  /**
   * Moves a product's and its shop's tallies by a review shown (+1, +stars), re-rated (0, ±Δ) or
   * hidden (−1, −stars), and tells search about the product.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void count(long productId, long shopId, int reviews, long stars) {
    Object now = new UtcInstantConverter().convertToDatabaseColumn(clock.instant());
    em.createNativeQuery("INSERT INTO product_rating (product_id, shop_id, review_count, stars_sum, updated_at)"
            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE review_count = review_count + VALUES(review_count),"
            + " stars_sum = stars_sum + VALUES(stars_sum), updated_at = VALUES(updated_at)")
        .setParameter(1, productId).setParameter(2, shopId).setParameter(3, reviews)
        .setParameter(4, stars).setParameter(5, now)
        .executeUpdate();
    em.createNativeQuery("INSERT INTO shop_rating (shop_id, review_count, stars_sum, updated_at)"
            + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE review_count = review_count + VALUES(review_count),"
            + " stars_sum = stars_sum + VALUES(stars_sum), updated_at = VALUES(updated_at)")
        .setParameter(1, shopId).setParameter(2, reviews).setParameter(3, stars).setParameter(4, now)
        .executeUpdate();
    outbox.announce(Outbox.PRODUCT, productId);
  }

  /** id → {count, sum} of the rows with reviews. */
  private Map<Long, long[]> tallies(String table, String key, Collection<Long> ids) {
    Map<Long, long[]> tallies = new HashMap<>();
    if (ids.isEmpty()) {
      return tallies;
    }
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      in.append(i == 0 ? "?" : ",?");
    }
    var query = em.createNativeQuery("SELECT " + key + ", review_count, stars_sum FROM " + table
        + " WHERE review_count > 0 AND " + key + " IN (" + in + ")");
    int position = 1;
    for (Long id : ids) {
      query.setParameter(position++, id);
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      tallies.put(((Number) columns[0]).longValue(),
          new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
    }
    return tallies;
  }
}
