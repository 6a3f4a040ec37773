package vn.langnghe.market.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.catalog.CatalogViews.CategoryNode;
import vn.langnghe.market.catalog.CatalogViews.ProductCard;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.ExchangeRate;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.search.ProductSearch;
import vn.langnghe.market.search.SearchRequest;
import vn.langnghe.market.search.SearchUnavailableException;
import vn.langnghe.market.search.SearchViews.FacetValue;
import vn.langnghe.market.search.SearchViews.Hit;
import vn.langnghe.market.search.SearchViews.Results;

/**
 * The search results page, {@code /tim-kiem?q=…} (and {@code /en/tim-kiem}): the results of
 * {@link ProductSearch} for exactly the parameters {@code /api/search} takes, with its facets as a
 * GET form that works without a script, the filters in use as links that remove them, and a pager
 * that keeps them. Wrong parameters give this page with what is wrong (400); Solr down gives it
 * with the villages and shops to browse meanwhile (503, Retry-After), never a 500.
 */
@ApplicationScoped
public class SearchPage {

  static final String PATH = "/tim-kiem";
  static final int RETRY_AFTER_SECONDS = 30;
  /** Longer facet lists show this many and fold the rest under "Xem thêm". */
  static final int SHORT_LIST = 8;
  /** What a shopper may type around a price: "200.000 ₫", "200 000đ". */
  private static final Pattern PRICE_DECORATION = Pattern.compile("[\\s.,₫đĐ]");
  private static final List<String> FILTERS =
      List.of("category", "village", "commune", "priceMinVnd", "priceMaxVnd", "ocopMin", "ratingMin");
  private static final List<String> SORTS = List.of("relevance", "price_asc", "price_desc", "newest", "rating");

  @Inject ProductSearch search;
  @Inject Places places;
  @Inject Catalog catalog;
  @Inject ExchangeRate exchangeRate;

  /** One choice of a facet: a radio button of the filter form. */
  public record Option(String value, String label, Long count, boolean selected, int stars) {}

  /** A facet: its options, the first ones in view and the rest folded ({@code more}). */
  public record Group(String name, String title, List<Option> shown, List<Option> more, boolean moreOpen) {}

  /** A price band: a link that sets both bounds. */
  public record Band(String label, long count, String href, boolean selected) {}

  /** A filter in use, as a link to the same search without it. */
  public record Chip(String group, String label, String href) {}

  /** A link to a village or a shop, for a search that found nothing or could not search. */
  public record Place(String href, String name, String note) {}

  /** A result: the card every product list shows, and its title with the matched words marked. */
  public record Item(ProductCard card, String highlight) {}

  /** Why there are no results to show: nothing matched, this page is past the last, or a failure. */
  public enum State { RESULTS, EMPTY, PAST_END, INVALID, DOWN }

  /** Everything search.jte shows. */
  public record View(State state, String q, String heading, String summary, String sort,
      List<Option> sorts, Map<String, String> hidden, Group village, List<Group> panel,
      List<Band> bands, String priceMin, String priceMax, List<Chip> chips, String clearHref,
      int filtersInUse, List<Item> items, Page<Item> page, String pagerBase, String didYouMean,
      String didYouMeanHref, List<Place> villages, List<Place> shops, List<String> invalid,
      String retryHref, String firstPageHref, String withoutFiltersHref, long total) {}

  /** The page, or a {@link StatusPage} (400 for wrong parameters, 503 while search is down). */
  byte[] render(Lang lang, String baseUrl, HttpServletRequest request) {
    Map<String, String> asked = asked(request);
    SearchRequest searched;
    try {
      searched = SearchRequest.of(asked.get("q"), asked.get("category"), asked.get("village"),
          asked.get("commune"), asked.get("priceMinVnd"), asked.get("priceMaxVnd"), asked.get("ocopMin"),
          asked.get("ratingMin"), asked.get("sort"), asked.get("page"), asked.get("size"));
    } catch (Problems.InvalidInputException e) {
      throw failure(lang, baseUrl, asked, 400, invalidFields(lang, e));
    }
    Map<String, String> state = state(searched);
    Results results;
    try {
      results = search.search(searched);
    } catch (SearchUnavailableException e) {
      throw failure(lang, baseUrl, state, 503, List.of());
    }
    Frame f = frame(lang, baseUrl, state, results.total());
    return Templates.render("search.jte", Map.of("f", f, "v", view(f, state, results), "rate", exchangeRate.rate()));
  }

  private StatusPage failure(Lang lang, String baseUrl, Map<String, String> state, int status, List<String> invalid) {
    Map<String, String> shown = new LinkedHashMap<>(state);
    if (invalid.contains(lang.t("search.field.q"))) {
      shown.remove("q"); // a query too long is not repeated in the title and the search box
    }
    Frame f = frame(lang, baseUrl, shown, -1);
    String q = shown.get("q");
    Map<String, String> onlyQuery = new LinkedHashMap<>();
    if (q != null) {
      onlyQuery.put("q", q);
    }
    boolean down = status == 503;
    List<Place> villages = down ? villageLinks(f) : List.of();
    View view = new View(down ? State.DOWN : State.INVALID, q, q == null ? lang.t("search.title") : heading(lang, q), "", "relevance", List.of(),
        Map.of(), null, List.of(), List.of(), null, null, List.of(), null, 0, List.of(), null, null, null,
        null, villages, down ? shopLinks(f) : List.of(), invalid, down ? href(f, state, Map.of(), true) : null,
        null, href(f, onlyQuery, Map.of(), false), 0);
    byte[] body = Templates.render("search.jte", Map.of("f", f, "v", view, "rate", exchangeRate.rate()));
    return new StatusPage(status, body, down ? RETRY_AFTER_SECONDS : null);
  }

  /** The parameters as asked, trimmed; a price may carry dots, spaces and "₫" as people write it. */
  static Map<String, String> asked(HttpServletRequest request) {
    Map<String, String> asked = new LinkedHashMap<>();
    for (String name : List.of("q", "category", "village", "commune", "priceMinVnd", "priceMaxVnd",
        "ocopMin", "ratingMin", "sort", "page", "size")) {
      String value = request.getParameter(name);
      if (value == null || value.isBlank()) {
        continue;
      }
      value = value.strip();
      if (name.startsWith("price")) {
        value = PRICE_DECORATION.matcher(value).replaceAll("");
      }
      asked.put(name, value);
    }
    return asked;
  }

  /** The search as address parameters, in a fixed order, defaults left out. */
  static Map<String, String> state(SearchRequest r) {
    Map<String, String> state = new LinkedHashMap<>();
    putIf(state, "q", r.q());
    putIf(state, "category", r.category());
    putIf(state, "village", r.village());
    putIf(state, "commune", r.commune());
    putIf(state, "priceMinVnd", r.priceMinVnd() == null ? null : r.priceMinVnd().toString());
    putIf(state, "priceMaxVnd", r.priceMaxVnd() == null ? null : r.priceMaxVnd().toString());
    putIf(state, "ocopMin", r.ocopMin() == null || r.ocopMin() == 0 ? null : r.ocopMin().toString());
    putIf(state, "ratingMin", r.ratingMin() == null ? null : r.ratingMin().toString());
    putIf(state, "sort", r.sort() == SearchRequest.Sort.RELEVANCE ? null : r.sort().name().toLowerCase(Locale.ROOT));
    putIf(state, "page", r.page().page() == 0 ? null : Integer.toString(r.page().page()));
    putIf(state, "size", r.page().size() == Page.DEFAULT_SIZE ? null : Integer.toString(r.page().size()));
    return state;
  }

  /**
   * The canonical address keeps the query and the filters (a filtered search is another list of
   * products, and the language switch must keep it) but not sort, page and size, which show the
   * same list another way. Only a plain query that found something is offered to search engines
   * (what people search for, e.g. "bạc Đồng Xâm"); filtered, sorted or paged lists, and the empty
   * ones, are noindex, follow: endless variants of the same products.
   */
  private static Frame frame(Lang lang, String baseUrl, Map<String, String> state, long total) {
    Map<String, String> kept = new LinkedHashMap<>(state);
    kept.remove("sort");
    kept.remove("page");
    kept.remove("size");
    String q = state.get("q");
    String title = (q == null ? lang.t("search.title") : lang.t("search.title.q", q)) + " · Làng Nghề Market";
    String description = q == null ? lang.t("search.meta.description")
        : total >= 0 ? lang.t("search.meta.description.q", Shown.number(lang, total), q)
        : lang.t("search.meta.description");
    boolean index = q != null && total > 0 && state.keySet().equals(java.util.Set.of("q"));
    return new Frame(lang, baseUrl, PATH, query(kept), new Head(title, description, "website", null,
        List.of(), null, index), "/js/pages/search.js", q);
  }

  private View view(Frame f, Map<String, String> state, Results results) {
    Lang lang = f.lang();
    String q = state.get("q");
    Map<String, List<FacetValue>> facets = results.facets();
    Labels labels = new Labels(lang, state, facets);

    List<Group> panel = new ArrayList<>();
    addIfAny(panel, listGroup(lang, "category", lang.t("search.group.category"), facets.get("category"), state, labels, true));
    addIfAny(panel, ocopGroup(lang, facets.get("ocop"), state));
    addIfAny(panel, ratingGroup(lang, facets.get("rating"), state));
    addIfAny(panel, listGroup(lang, "commune", lang.t("search.group.commune"), facets.get("commune"), state, labels, true));
    Group village = listGroup(lang, "village", lang.t("search.group.village"), facets.get("village"), state, labels, false);

    List<Band> bands = new ArrayList<>();
    for (FacetValue band : facets.getOrDefault("price", List.of())) {
      Map<String, String> bounds = bandBounds(band.value());
      boolean selected = bounds.get("priceMinVnd") != null
          ? bounds.get("priceMinVnd").equals(state.get("priceMinVnd")) && java.util.Objects.equals(bounds.get("priceMaxVnd"), state.get("priceMaxVnd"))
          : state.get("priceMinVnd") == null && java.util.Objects.equals(bounds.get("priceMaxVnd"), state.get("priceMaxVnd"));
      bands.add(new Band(bandLabel(lang, bounds), band.count(),
          href(f, state, selected ? nulls("priceMinVnd", "priceMaxVnd") : bounds, false), selected));
    }

    List<Chip> chips = chips(f, state, labels, bands);
    Map<String, String> cleared = new HashMap<>();
    FILTERS.forEach(name -> cleared.put(name, null));

    List<Item> items = results.items().stream().map(SearchPage::item).toList();
    Page<Item> page = new Page<>(results.total(), results.page(), results.size(), items);
    long pages = Math.max(1, (results.total() + results.size() - 1) / results.size());
    State shown = results.total() == 0 ? State.EMPTY : items.isEmpty() ? State.PAST_END : State.RESULTS;
    String summary = results.total() == 0 ? lang.t("search.summary.none")
        : pages > 1 ? lang.t("search.summary.paged", Shown.number(lang, results.total()), results.page() + 1, pages)
        : lang.t("search.summary", Shown.number(lang, results.total()));

    Map<String, String> hidden = new LinkedHashMap<>();
    putIf(hidden, "q", q);
    putIf(hidden, "size", state.get("size"));
    List<Option> sorts = SORTS.stream().map(s -> new Option(s, lang.t("search.sort." + s), null,
        s.equals(state.getOrDefault("sort", "relevance")), 0)).toList();

    Map<String, String> firstPage = new LinkedHashMap<>(state);
    firstPage.remove("page");
    return new View(shown, q, heading(lang, q), summary, state.getOrDefault("sort", "relevance"), sorts,
        hidden, village, panel, bands, state.get("priceMinVnd"), state.get("priceMaxVnd"), chips,
        href(f, state, cleared, false), chips.size(), items, page, href(f, firstPage, Map.of(), true),
        results.didYouMean(),
        results.didYouMean() == null ? null : href(f, state, Map.of("q", results.didYouMean()), false),
        shown == State.EMPTY ? villageLinks(f) : List.of(), List.of(), List.of(), null,
        href(f, firstPage, Map.of(), true), null, results.total());
  }

  private static String heading(Lang lang, String q) {
    return q == null ? lang.t("search.heading.all") : lang.t("search.heading.q", q);
  }

  private static Item item(Hit hit) {
    return new Item(new ProductCard(hit.id(), hit.slug(), hit.title(), hit.priceVnd(), hit.shopName(), null,
        hit.villageName(), null, hit.imageUrl(), hit.ocopStars(), hit.rating(), hit.soldCount(),
        hit.imageSrcset(), hit.imageWebpSrcset(), hit.imageWidth(), hit.imageHeight()), hit.highlight());
  }

  /**
   * A facet as radio buttons, "all" first; the chosen value stays even when this answer no longer
   * counts it. Long lists keep the first {@link #SHORT_LIST} in view and fold the rest.
   */
  private static Group listGroup(Lang lang, String name, String title, List<FacetValue> values,
      Map<String, String> state, Labels labels, boolean fold) {
    String chosen = state.get(name);
    List<Option> options = new ArrayList<>();
    boolean chosenSeen = false;
    for (FacetValue v : values == null ? List.<FacetValue>of() : values) {
      boolean selected = v.value().equals(chosen);
      chosenSeen |= selected;
      options.add(new Option(v.value(), labels.of(name, v.value(), v.label()), v.count(), selected, 0));
    }
    if (chosen != null && !chosenSeen) {
      options.add(0, new Option(chosen, labels.of(name, chosen, chosen), 0L, true, 0));
    }
    if (options.isEmpty()) {
      return null;
    }
    options.add(0, new Option("", lang.t("search.all." + name), null, chosen == null, 0));
    if (!fold || options.size() <= SHORT_LIST + 1) {
      return new Group(name, title, options, List.of(), false);
    }
    List<Option> more = options.subList(SHORT_LIST + 1, options.size());
    return new Group(name, title, options.subList(0, SHORT_LIST + 1), more,
        more.stream().anyMatch(Option::selected));
  }

  /** OCOP stars as "at least n": the facet counts each level, so the counts add up downwards. */
  private static Group ocopGroup(Lang lang, List<FacetValue> values, Map<String, String> state) {
    Map<Integer, Long> levels = new TreeMap<>(Comparator.reverseOrder());
    for (FacetValue v : values == null ? List.<FacetValue>of() : values) {
      int stars = Integer.parseInt(v.value());
      if (stars >= 1 && stars <= 5) {
        levels.put(stars, v.count());
      }
    }
    String chosen = state.get("ocopMin");
    if (chosen != null) {
      levels.putIfAbsent(Integer.parseInt(chosen), 0L);
    }
    if (levels.isEmpty()) {
      return null;
    }
    List<Option> options = new ArrayList<>();
    long atLeast = 0;
    for (Map.Entry<Integer, Long> level : levels.entrySet()) {
      atLeast += level.getValue();
      String value = level.getKey().toString();
      options.add(0, new Option(value, lang.t("search.ocop.min", value), atLeast, value.equals(chosen), level.getKey()));
    }
    options.add(0, new Option("", lang.t("search.all.ocop"), null, chosen == null, 0));
    return new Group("ocopMin", lang.t("search.group.ocop"), options, List.of(), false);
  }

  private static Group ratingGroup(Lang lang, List<FacetValue> values, Map<String, String> state) {
    String chosen = state.get("ratingMin");
    List<Option> options = new ArrayList<>();
    boolean chosenSeen = false;
    for (FacetValue v : values == null ? List.<FacetValue>of() : values) {
      boolean selected = v.value().equals(chosen);
      chosenSeen |= selected;
      options.add(new Option(v.value(), lang.t("search.rating.min", v.value()), v.count(), selected, 0));
    }
    if (chosen != null && !chosenSeen) {
      options.add(0, new Option(chosen, lang.t("search.rating.min", chosen), 0L, true, 0));
    }
    if (options.isEmpty()) {
      return null;
    }
    options.add(0, new Option("", lang.t("search.all.rating"), null, chosen == null, 0));
    return new Group("ratingMin", lang.t("search.group.rating"), options, List.of(), false);
  }

  /** The filters in use, each a link without it. */
  private static List<Chip> chips(Frame f, Map<String, String> state, Labels labels, List<Band> bands) {
    Lang lang = f.lang();
    List<Chip> chips = new ArrayList<>();
    for (String name : List.of("village", "category", "commune")) {
      String value = state.get(name);
      if (value != null) {
        chips.add(new Chip(lang.t("search.group." + name), labels.of(name, value, value), href(f, state, nulls(name), false)));
      }
    }
    if (state.containsKey("priceMinVnd") || state.containsKey("priceMaxVnd")) {
      String label = bands.stream().filter(Band::selected).map(Band::label).findFirst()
          .orElse(priceLabel(lang, state.get("priceMinVnd"), state.get("priceMaxVnd")));
      chips.add(new Chip(lang.t("search.group.price"), label, href(f, state, nulls("priceMinVnd", "priceMaxVnd"), false)));
    }
    if (state.containsKey("ocopMin")) {
      chips.add(new Chip("OCOP", lang.t("search.ocop.min", state.get("ocopMin")), href(f, state, nulls("ocopMin"), false)));
    }
    if (state.containsKey("ratingMin")) {
      chips.add(new Chip(lang.t("search.group.rating"), lang.t("search.rating.min", state.get("ratingMin")),
          href(f, state, nulls("ratingMin"), false)));
    }
    return chips;
  }

  /** A band key "200000-500000" covers [200000, 500000); the filter's bounds are inclusive. */
  static Map<String, String> bandBounds(String key) {
    String[] parts = key.split("-", -1);
    Map<String, String> bounds = new HashMap<>();
    long from = Long.parseLong(parts[0]);
    bounds.put("priceMinVnd", from > 0 ? Long.toString(from) : null);
    bounds.put("priceMaxVnd", parts.length > 1 && !parts[1].isEmpty() ? Long.toString(Long.parseLong(parts[1]) - 1) : null);
    return bounds;
  }

  private static String bandLabel(Lang lang, Map<String, String> bounds) {
    String min = bounds.get("priceMinVnd");
    String max = bounds.get("priceMaxVnd");
    if (min == null) {
      return lang.t("search.price.below", Shown.vnd(Long.parseLong(max) + 1));
    }
    return priceLabel(lang, min, max == null ? null : Long.toString(Long.parseLong(max) + 1));
  }

  private static String priceLabel(Lang lang, String min, String max) {
    if (min != null && max != null) {
      return Shown.vnd(Long.parseLong(min)) + " – " + Shown.vnd(Long.parseLong(max));
    }
    if (min != null) {
      return lang.t("search.price.from", Shown.vnd(Long.parseLong(min)));
    }
    return lang.t("search.price.to", Shown.vnd(Long.parseLong(max)));
  }

  private List<Place> villageLinks(Frame f) {
    return places.villages().stream()
        .map(v -> new Place(f.link("/lang-nghe/" + v.slug()), v.name(),
            f.lang() == Lang.EN && v.craftEn() != null ? v.craftEn() : v.craft()))
        .toList();
  }

  /**
   * Shops to browse while search is down: there is no list of shops, but the newest products (read
   * from the database, not Solr) name theirs.
   */
  private List<Place> shopLinks(Frame f) {
    Map<String, String> shops = new TreeMap<>();
    for (ProductCard card : catalog.products(new Catalog.Filter(null, null, null), new Page.Request(0, Page.MAX_SIZE)).items()) {
      if (card.shopSlug() != null) {
        shops.putIfAbsent(card.shopSlug(), card.shopName());
      }
    }
    return shops.entrySet().stream()
        .map(e -> new Place(f.link("/xuong/" + e.getKey()), e.getValue(), null))
        .sorted(Comparator.comparing(Place::name, java.text.Collator.getInstance(Locale.forLanguageTag("vi"))))
        .toList();
  }

  /** The fields a shopper can fix, named in the page's language (the API's English stays in the API). */
  private static List<String> invalidFields(Lang lang, Problems.InvalidInputException e) {
    Problem problem = e.toProblem();
    List<String> fields = new ArrayList<>();
    for (Problem.FieldError error : problem.errors() == null ? List.<Problem.FieldError>of() : problem.errors()) {
      String label = lang.t("search.field." + (FILTERS.contains(error.field()) || List.of("q", "sort", "page", "size")
          .contains(error.field()) ? error.field() : "other"));
      if (!fields.contains(label)) {
        fields.add(label);
      }
    }
    return fields;
  }

  /**
   * The search page's address for this state with some parameters changed (null removes one);
   * any change goes back to the first page unless {@code keepPage}.
   */
  static String href(Frame f, Map<String, String> state, Map<String, String> changes, boolean keepPage) {
    Map<String, String> next = new LinkedHashMap<>();
    for (String name : List.of("q", "category", "village", "commune", "priceMinVnd", "priceMaxVnd",
        "ocopMin", "ratingMin", "sort", "page", "size")) {
      String value = changes.containsKey(name) ? changes.get(name) : state.get(name);
      if (value != null && !value.isEmpty() && !(name.equals("page") && !keepPage && !changes.containsKey("page"))) {
        next.put(name, value);
      }
    }
    String query = query(next);
    return f.link(PATH) + (query.isEmpty() ? "" : "?" + query);
  }

  private static String query(Map<String, String> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  private static Map<String, String> nulls(String... names) {
    Map<String, String> changes = new HashMap<>();
    for (String name : names) {
      changes.put(name, null);
    }
    return changes;
  }

  private static void putIf(Map<String, String> map, String name, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(name, value);
    }
  }

  private static void addIfAny(List<Group> groups, Group group) {
    if (group != null) {
      groups.add(group);
    }
  }

  /**
   * Names of facet values: the search's own (Vietnamese) labels, English category names on English
   * pages, and for a chosen value the answer no longer counts, the name from the catalogue.
   */
  private final class Labels {
    private final Map<String, Map<String, String>> known = new HashMap<>();

    Labels(Lang lang, Map<String, String> state, Map<String, List<FacetValue>> facets) {
      for (String name : List.of("category", "village", "commune")) {
        Map<String, String> names = new HashMap<>();
        facets.getOrDefault(name, List.of()).forEach(v -> names.put(v.value(), v.label()));
        known.put(name, names);
      }
      String category = state.get("category");
      if (lang == Lang.EN || (category != null && !known.get("category").containsKey(category))) {
        addCategories(lang, catalog.categoryTree());
      }
      if ((state.containsKey("village") && !known.get("village").containsKey(state.get("village")))
          || (state.containsKey("commune") && !known.get("commune").containsKey(state.get("commune")))) {
        for (VillageView v : places.villages()) {
          known.get("village").putIfAbsent(v.slug(), v.name());
          if (v.commune() != null) {
            known.get("commune").putIfAbsent(v.commune().code(), v.commune().name());
          }
        }
      }
    }

    private void addCategories(Lang lang, List<CategoryNode> nodes) {
      for (CategoryNode node : nodes) {
        String name = lang == Lang.EN && node.nameEn() != null && !node.nameEn().isBlank() ? node.nameEn() : node.name();
        known.get("category").put(node.slug(), name);
        addCategories(lang, node.children());
      }
    }

    String of(String group, String value, String fallback) {
      return known.getOrDefault(group, Map.of()).getOrDefault(value, fallback);
    }
  }
}
