package vn.langnghe.market.reviews;

/**
 * How a product or shop is rated by its shown reviews: the average of their stars (one decimal;
 * 0 when there is none) and how many there are.
 */
public record Rating(double average, int count) {

  public static final Rating NONE = new Rating(0, 0);

  public static Rating of(int count, long starsSum) {
    return count <= 0 ? NONE : new Rating(Math.round(starsSum * 10.0 / count) / 10.0, count);
  }
}
