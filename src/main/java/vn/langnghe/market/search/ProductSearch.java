package vn.langnghe.market.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.catalog.PiecesSold;
import vn.langnghe.market.catalog.CatalogViews.CategoryNode;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.reviews.Rating;
import vn.langnghe.market.search.SearchViews.FacetValue;
import vn.langnghe.market.search.SearchViews.Hit;
import vn.langnghe.market.search.SearchViews.Results;
import vn.langnghe.market.search.SearchViews.Suggestion;

/**
 * The storefront's search over Solr: edismax across exact and folded Vietnamese and English,
 * filters that keep the other facets' counts (multi-select), price bands, accent-aware
 * highlighting and a "did you mean" written with its accents back.
 */
@ApplicationScoped
public class ProductSearch {

  private static final Duration LABELS_KEPT = Duration.ofMinutes(1);

  @Inject SolrConnection solr;
  @Inject Catalog catalog;
  @Inject PiecesSold piecesSold;
  @Inject Places places;

  private volatile Labels labels;
  private final ReentrantLock rereading = new ReentrantLock();

  public Results search(SearchRequest request) {
    SolrQuery query = SearchQueries.of(request);
    QueryResponse response = ask(query);
    List<Hit> items = new ArrayList<>();
    Highlighter highlighter = Highlighter.of(request.q());
    for (SolrDocument doc : response.getResults()) {
      items.add(hit(doc, highlighter));
    }
    String didYouMean = response.getResults().getNumFound() == 0 ? didYouMean(response) : null;
    return new Results(response.getResults().getNumFound(), request.page().page(),
        request.page().size(), withSoldCounts(items), facets(response), didYouMean);
  }

  /** Titles and villages whose words start with what was typed, accents optional. */
  public List<Suggestion> suggest(String typed) {
    String text = VietnameseText.clean(typed);
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String folded = VietnameseText.fold(text).replaceAll("[^a-z0-9 ]", " ").trim();
    if (folded.isEmpty()) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (VillageView village : labels().villages) {
      if (VietnameseText.fold(village.name()).contains(folded)) {
        suggestions.add(new Suggestion(village.name(), null, village.slug()));
      }
    }
    for (SolrDocument doc : ask(SearchQueries.suggest(folded)).getResults()) {
      if (suggestions.size() >= 10) {
        break;
      }
      suggestions.add(
          new Suggestion((String) doc.getFirstValue("title"), (String) doc.getFirstValue("slug"), null));
    }
    return suggestions.subList(0, Math.min(10, suggestions.size()));
  }

  /**
   * Sent as a form POST, not a GET: a storefront search is some thirty parameters (facets with
   * their exclusion tags, price bands), and as a URL of about 900 characters the HTTP client parsed
   * it into a URI three times per request (a tenth of this node's CPU per search in a profile).
   */
  private QueryResponse ask(SolrQuery query) {
    try {
      return solr.client().query(query, SolrRequest.METHOD.POST);
    } catch (Exception e) {
      throw new SearchUnavailableException();
    }
  }


  private List<Hit> withSoldCounts(List<Hit> hits) {
    if (hits.isEmpty()) {
      return hits;
    }
    Map<Long, Long> sold = piecesSold.ofProducts(hits.stream().map(Hit::id).toList());
    return hits.stream().map(hit -> hit.withSoldCount(sold.getOrDefault(hit.id(), 0L))).toList();
  }

  private static Hit hit(SolrDocument doc, Highlighter highlighter) {
    String title = (String) doc.getFirstValue("title");
    Number price = (Number) doc.getFirstValue("price_vnd");
    Number stars = (Number) doc.getFirstValue("ocop_stars");
    Number average = (Number) doc.getFirstValue("rating_average");
    Number count = (Number) doc.getFirstValue("rating_count");
    String imageKey = (String) doc.getFirstValue("image_key");
    Number imageWidth = (Number) doc.getFirstValue("image_width");
    Number imageHeight = (Number) doc.getFirstValue("image_height");
    Images.Responsive picture = imageKey == null || imageWidth == null || imageHeight == null ? null
        : Images.responsive(imageKey, imageWidth.intValue(), imageHeight.intValue(), ImageRendition.Size.THUMB);
    return new Hit(Long.parseLong((String) doc.getFirstValue("id")), (String) doc.getFirstValue("slug"),
        title, price == null ? null : price.longValue(), (String) doc.getFirstValue("shop_name"),
        (String) doc.getFirstValue("village_name"), (String) doc.getFirstValue("image_url"),
        stars == null ? 0 : stars.intValue(), highlighter.mark(title),
        average == null || count == null ? Rating.NONE : new Rating(average.doubleValue(), count.intValue()),
        0, picture == null ? null : picture.srcset(), picture == null ? null : picture.webpSrcset(),
        picture == null ? null : picture.width(), picture == null ? null : picture.height());
  }

  private Map<String, List<FacetValue>> facets(QueryResponse response) {
    Labels names = labels();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("category", values(response.getFacetField("category_slug"), names.categories));
    facets.put("village", values(response.getFacetField("village_slug"), names.villageNames));
    facets.put("commune", values(response.getFacetField("commune_code"), names.communes));
    List<FacetValue> prices = new ArrayList<>();
    for (long[] band : SearchQueries.PRICE_BANDS) {
      String key = SearchQueries.bandKey(band);
      Integer count = response.getFacetQuery().get(key);
      if (count != null && count > 0) {
        prices.add(new FacetValue(key, priceLabel(band), count));
      }
    }
    facets.put("price", prices);
    List<FacetValue> ocop = new ArrayList<>();
    FacetField stars = response.getFacetField("ocop_stars");
    if (stars != null) {
      for (FacetField.Count c : stars.getValues()) {
        if (!"0".equals(c.getName())) {
          ocop.add(new FacetValue(c.getName(), c.getName() + " sao OCOP", c.getCount()));
        }
      }
    }
    facets.put("ocop", ocop);
    List<FacetValue> rated = new ArrayList<>();
    for (int min : SearchQueries.RATING_STEPS) {
      Integer count = response.getFacetQuery().get(SearchQueries.ratingKey(min));
      if (count != null && count > 0) {
        rated.add(new FacetValue(Integer.toString(min), "Từ " + min + "★ trở lên", count));
      }
    }
    facets.put("rating", rated);
    return facets;
  }

  private static List<FacetValue> values(FacetField field, Map<String, String> labels) {
    List<FacetValue> values = new ArrayList<>();
    if (field != null) {
      for (FacetField.Count c : field.getValues()) {
        values.add(new FacetValue(c.getName(), labels.getOrDefault(c.getName(), c.getName()), c.getCount()));
      }
    }
    return values;
  }

  private static String priceLabel(long[] band) {
    if (band[0] == 0) {
      return "Dưới " + vn.langnghe.market.platform.Money.formatVnd(band[1]);
    }
    if (band[1] == Long.MAX_VALUE) {
      return "Từ " + vn.langnghe.market.platform.Money.formatVnd(band[0]);
    }
    return vn.langnghe.market.platform.Money.formatVnd(band[0]) + " – "
        + vn.langnghe.market.platform.Money.formatVnd(band[1]);
  }

  /**
   * Solr's collation is folded ("dong xam"); the shopper should read "đồng xâm". Each word gets
   * the accents it carries in the titles and village names that the collation finds.
   */
  private String didYouMean(QueryResponse response) {
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    if (spelling == null || spelling.getCollatedResults() == null || spelling.getCollatedResults().isEmpty()) {
      return null;
    }
    String collation = spelling.getCollatedResults().get(0).getCollationQueryString();
    SolrQuery top = new SolrQuery(SearchQueries.escape(collation));
    top.setFields("title", "village_name");
    top.setRows(3);
    Map<String, String> accented = new HashMap<>();
    for (SolrDocument doc : ask(top).getResults()) {
      for (String field : List.of("title", "village_name")) {
        Object value = doc.getFirstValue(field);
        if (value != null) {
          for (String word : value.toString().split("[\\s,.;:()\\-–]+")) {
            accented.putIfAbsent(VietnameseText.fold(word), word.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    StringBuilder text = new StringBuilder();
    for (String word : collation.split("\\s+")) {
      text.append(text.length() == 0 ? "" : " ").append(accented.getOrDefault(word, word));
    }
    return text.toString();
  }

  /**
   * Facet labels from reference data, re-read at most once a minute, by one request while the
   * others go on with the labels they have (all sixteen searches in flight used to re-read them
   * at once when a minute was up).
   */
  private Labels labels() {
    Labels current = labels;
    if (current != null && !current.readAt.plus(LABELS_KEPT).isBefore(Instant.now())) {
      return current;
    }
    if (current == null) {
      rereading.lock();
    } else if (!rereading.tryLock()) {
      return current;
    }
    try {
      Labels latest = labels;
      if (latest == current) {
        latest = new Labels(catalog.categoryTree(), places.villages());
        labels = latest;
      }
      return latest;
    } finally {
      rereading.unlock();
    }
  }

  private static final class Labels {
    final Instant readAt = Instant.now();
    final Map<String, String> categories = new HashMap<>();
    final Map<String, String> villageNames = new HashMap<>();
    final Map<String, String> communes = new HashMap<>();
    final List<VillageView> villages;

    Labels(List<CategoryNode> tree, List<VillageView> villages) {
      this.villages = villages;
      addCategories(tree);
      for (VillageView village : villages) {
        villageNames.put(village.slug(), village.name());
        communes.put(village.commune().code(), village.commune().name());
      }
    }

    private void addCategories(List<CategoryNode> nodes) {
      for (CategoryNode node : nodes) {
        categories.put(node.slug(), node.name());
        addCategories(node.children());
      }
    }
  }
}
