package vn.langnghe.market.search;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.VietnameseText;

/** The shopper's question, checked: every parameter that is wrong is a 400 naming it. */
public record SearchRequest(String q, String category, String village, String commune,
    Long priceMinVnd, Long priceMaxVnd, Integer ocopMin, Integer ratingMin, Sort sort, Page.Request page) {

  public enum Sort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST,
    /** Best rated first (the smoothed score), unrated last. */
    RATING
  }

  static final int MAX_QUERY_LENGTH = 200;
  static final int DEEPEST_RESULT = 10_000;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,10}");

  public static SearchRequest of(String q, String category, String village, String commune,
      String priceMin, String priceMax, String ocopMin, String ratingMin, String sort, String page,
      String size) {
    String query = VietnameseText.clean(q);
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new Problems.InvalidInputException("q", "at most " + MAX_QUERY_LENGTH + " characters");
    }
    Long min = priceMin == null || priceMin.isBlank() ? null : QueryParams.longOrDefault("priceMinVnd", priceMin, 0);
    Long max = priceMax == null || priceMax.isBlank() ? null : QueryParams.longOrDefault("priceMaxVnd", priceMax, 0);
    if (min != null && min < 0) {
      throw new Problems.InvalidInputException("priceMinVnd", "must not be negative");
    }
    if (max != null && max < 0) {
      throw new Problems.InvalidInputException("priceMaxVnd", "must not be negative");
    }
    if (min != null && max != null && min > max) {
      throw new Problems.InvalidInputException("priceMaxVnd", "must not be below priceMinVnd");
    }
    Integer stars = ocopMin == null || ocopMin.isBlank() ? null : QueryParams.intOrDefault("ocopMin", ocopMin, 0);
    if (stars != null && (stars < 0 || stars > 5)) {
      throw new Problems.InvalidInputException("ocopMin", "must be between 0 and 5");
    }
    Integer rating = ratingMin == null || ratingMin.isBlank() ? null : QueryParams.intOrDefault("ratingMin", ratingMin, 0);
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new Problems.InvalidInputException("ratingMin", "must be between 1 and 5");
    }
    Sort order = QueryParams.enumOrDefault("sort",
        sort == null ? null : sort.toUpperCase(Locale.ROOT), Sort.class, Sort.RELEVANCE);
    Page.Request paging = Page.Request.of(page, size);
    if ((long) paging.page() * paging.size() + paging.size() > DEEPEST_RESULT) {
      throw new Problems.InvalidInputException("page", "results beyond the first " + DEEPEST_RESULT
          + " are not served; narrow the search");
    }
    return new SearchRequest(query == null || query.isEmpty() ? null : query,
        checked("category", category, SLUG), checked("village", village, SLUG),
        checked("commune", commune, CODE), min, max, stars, rating, order, paging);
  }

  private static String checked(String name, String value, Pattern pattern) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!pattern.matcher(value.trim()).matches()) {
      throw new Problems.InvalidInputException(name, "is not a valid " + name);
    }
    return value.trim();
  }
}
