package vn.langnghe.market.search;

import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * The Solr queries behind the search API, built apart from sending them so that the same
 * questions can be put to a single node or to a SolrCloud collection.
 */
public final class SearchQueries {

  /** Price bands of the facet, in VND: [from, to). */
  static final long[][] PRICE_BANDS = {
      {0, 200_000}, {200_000, 500_000}, {500_000, 1_000_000}, {1_000_000, 5_000_000},
      {5_000_000, Long.MAX_VALUE}};

  /** The "n★ and up" choices of the rating facet. */
  static final int[] RATING_STEPS = {4, 3};

  /**
   * A gentle lift for well-rated products in relevance order: the smoothed score (1–5, see
   * reviews.Ratings; 3.5 is where an unreviewed product stands) multiplies the text score by 0.94
   * to 1.04; unrated products keep theirs. Text still decides; ratings only reorder near-equals.
   */
  static final String RATING_BOOST = "if(exists(rating_score),sum(1,mul(0.025,sub(rating_score,3.5))),1)";

  /**
   * An OCOP product's lift in relevance order: its verified stars (the index holds only a verified,
   * unexpired certificate's, 0 otherwise) multiply the text score by 1.03 to 1.05.
   */
  static final String OCOP_BOOST = "sum(1,mul(0.01,ocop_stars))";

  private static final Pattern SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

  private SearchQueries() {}

  public static SolrQuery of(SearchRequest request) {
    SolrQuery query = new SolrQuery(request.q() == null ? "*:*" : escape(request.q()));
    if (request.q() == null) {
      query.set("defType", "lucene");
    }
    query.setStart(request.page().offset());
    query.setRows(request.page().size());
    query.setFields("id", "slug", "title", "price_vnd", "shop_name", "village_name", "image_url",
        "image_key", "image_width", "image_height", "ocop_stars", "rating_average", "rating_count");
    filter(query, "category", "category_path", request.category());
    filter(query, "village", "village_slug", request.village());
    filter(query, "commune", "commune_code", request.commune());
    if (request.priceMinVnd() != null || request.priceMaxVnd() != null) {
      query.addFilterQuery("{!tag=price}price_vnd:[" + bound(request.priceMinVnd()) + " TO "
          + bound(request.priceMaxVnd()) + "]");
    }
    if (request.ocopMin() != null) {
      query.addFilterQuery("{!tag=ocop}ocop_stars:[" + request.ocopMin() + " TO *]");
    }
    if (request.ratingMin() != null) {
      query.addFilterQuery("{!tag=rating}rating_average:[" + request.ratingMin() + " TO *]");
    }
    switch (request.sort()) {
      case PRICE_ASC -> query.addSort("price_vnd", SolrQuery.ORDER.asc);
      case PRICE_DESC -> query.addSort("price_vnd", SolrQuery.ORDER.desc);
      case NEWEST -> query.addSort("created_at", SolrQuery.ORDER.desc);
      case RATING -> {
        query.addSort("rating_score", SolrQuery.ORDER.desc);
        query.addSort("rating_count", SolrQuery.ORDER.desc);
      }
      case RELEVANCE -> {
        query.addSort("score", SolrQuery.ORDER.desc);
        query.addSort("created_at", SolrQuery.ORDER.desc);
      }
    }
    query.addSort("id", SolrQuery.ORDER.asc);
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetLimit(50);
    query.addFacetField("{!ex=category}category_slug", "{!ex=village}village_slug",
        "{!ex=commune}commune_code", "{!ex=ocop}ocop_stars");
    for (long[] band : PRICE_BANDS) {
      query.addFacetQuery("{!ex=price key=" + bandKey(band) + "}price_vnd:[" + band[0] + " TO "
          + (band[1] == Long.MAX_VALUE ? "*" : Long.toString(band[1] - 1)) + "]");
    }
    for (int min : RATING_STEPS) {
      query.addFacetQuery("{!ex=rating key=" + ratingKey(min) + "}rating_average:[" + min + " TO *]");
    }
    if (request.q() != null) {
      query.set("boost", "product(" + RATING_BOOST + "," + OCOP_BOOST + ")");
      query.set("spellcheck", true);
      query.set("spellcheck.q", request.q());
    }
    return query;
  }

  /** Every typed word must start a word of a title or village name (folded). */
  public static SolrQuery suggest(String foldedWords) {
    StringBuilder q = new StringBuilder();
    for (String word : foldedWords.split("\\s+")) {
      q.append(q.length() == 0 ? "" : " AND ").append("suggest:").append(word);
    }
    SolrQuery query = new SolrQuery(q.toString());
    query.set("defType", "lucene");
    query.setFields("slug", "title");
    query.setRows(10);
    return query;
  }

  static String bandKey(long[] band) {
    return band[0] + "-" + (band[1] == Long.MAX_VALUE ? "" : Long.toString(band[1]));
  }

  static String ratingKey(int min) {
    return "rating-" + min;
  }

  static String escape(String text) {
    return SPECIAL.matcher(text).replaceAll("\\\\$1");
  }

  private static void filter(SolrQuery query, String tag, String field, String value) {
    if (value != null) {
      query.addFilterQuery("{!tag=" + tag + "}" + field + ":" + escape(value));
    }
  }

  private static String bound(Long value) {
    return value == null ? "*" : Long.toString(value);
  }
}
