package vn.langnghe.market.search;

import java.util.List;
import java.util.Map;
import vn.langnghe.market.reviews.Rating;

/** What the search endpoints answer. */
public final class SearchViews {

  private SearchViews() {}

  /**
   * {@code soldCount}: pieces delivered, read from ordering at query time (it moves with every sale).
   * The card picture as on a catalogue card: {@code imageUrl} the thumbnail, its srcsets and the
   * thumbnail's width and height (null without a picture, or in a document indexed before them).
   */
  public record Hit(long id, String slug, String title, Long priceVnd, String shopName,
      String villageName, String imageUrl, int ocopStars, String highlight, Rating rating,
      long soldCount, String imageSrcset, String imageWebpSrcset, Integer imageWidth,
      Integer imageHeight) {

    Hit withSoldCount(long pieces) {
      return new Hit(id, slug, title, priceVnd, shopName, villageName, imageUrl, ocopStars,
          highlight, rating, pieces, imageSrcset, imageWebpSrcset, imageWidth, imageHeight);
    }
  }

  public record FacetValue(String value, String label, long count) {}

  public record Results(long total, int page, int size, List<Hit> items,
      Map<String, List<FacetValue>> facets, String didYouMean) {}

  /** A product (productSlug) or a craft village (villageSlug) whose words start as typed. */
  public record Suggestion(String text, String productSlug, String villageSlug) {}
}
