package vn.langnghe.market.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.catalog.CatalogViews.VariantView;
import vn.langnghe.market.places.PlaceViews.UnitRef;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.reviews.Rating;
import vn.langnghe.market.shops.ShopViews.PublicShopView;

/**
 * The schema.org graph of each page as JSON-LD: the marketplace as Organization on every page,
 * a BreadcrumbList, and the page's own thing (Product with its Offers and AggregateRating, a Store
 * with its commune, a craft village as a Place). Built as maps and written by Jackson, never by
 * joining strings; {@code <} is escaped so no text can close the script block.
 */
final class StructuredData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StructuredData() {}

  /** A link in the breadcrumb trail (the last one is the page itself). */
  record Crumb(String name, String url) {}

  static String home(Frame f) {
    Map<String, Object> site = node("WebSite");
    site.put("@id", f.baseUrl() + "/#website");
    site.put("url", f.url(f.lang()));
    site.put("name", f.t("site.name"));
    site.put("inLanguage", f.lang().code);
    site.put("publisher", Map.of("@id", f.baseUrl() + "/#organization"));
    Map<String, Object> action = node("SearchAction");
    action.put("target", f.baseUrl() + f.link("/tim-kiem") + "?q={search_term_string}");
    action.put("query-input", "required name=search_term_string");
    site.put("potentialAction", action);
    return graph(organization(f), site);
  }

  static String product(Frame f, ProductView p, List<Crumb> crumbs, String description, List<String> images) {
    Map<String, Object> product = node("Product");
    String url = f.canonical();
    product.put("@id", url + "#product");
    product.put("name", p.title());
    product.put("url", url);
    if (!description.isEmpty()) {
      product.put("description", description);
    }
    if (!images.isEmpty()) {
      product.put("image", images);
    }
    if (p.category() != null) {
      product.put("category", f.lang() == Lang.EN && p.category().nameEn() != null ? p.category().nameEn() : p.category().name());
    }
    if (p.material() != null && !p.material().isBlank()) {
      product.put("material", p.material());
    }
    Map<String, Object> brand = node("Brand");
    brand.put("name", p.shop().name());
    product.put("brand", brand);
    Map<String, Object> seller = node("Organization");
    seller.put("name", p.shop().name());
    seller.put("url", f.baseUrl() + f.link("/xuong/" + p.shop().slug()));
    List<Map<String, Object>> offers = new ArrayList<>();
    for (VariantView variant : p.variants()) {
      Map<String, Object> offer = node("Offer");
      offer.put("sku", variant.sku());
      offer.put("price", variant.priceVnd());
      offer.put("priceCurrency", "VND");
      offer.put("availability", variant.available() > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
      offer.put("itemCondition", "https://schema.org/NewCondition");
      offer.put("url", url);
      offer.put("seller", seller);
      offers.add(offer);
    }
    if (!offers.isEmpty()) {
      product.put("offers", offers);
    }
    rating(product, p.rating());
    return graph(organization(f), breadcrumbs(crumbs), product);
  }

  static String shop(Frame f, PublicShopView shop, List<Crumb> crumbs, String image) {
    Map<String, Object> store = node("Store");
    store.put("@id", f.canonical() + "#shop");
    store.put("name", shop.name());
    store.put("url", f.canonical());
    if (image != null) {
      store.put("image", image);
    }
    if (shop.village() != null) {
      store.put("address", address(shop.village().commune(), shop.village().province()));
    }
    rating(store, shop.rating());
    return graph(organization(f), breadcrumbs(crumbs), store);
  }

  static String village(Frame f, VillageView village, List<Crumb> crumbs, String story) {
    Map<String, Object> place = node("Place");
    place.put("@id", f.canonical() + "#village");
    place.put("name", village.name());
    place.put("url", f.canonical());
    if (story != null && !story.isBlank()) {
      place.put("description", story);
    }
    place.put("address", address(village.commune(), village.province()));
    return graph(organization(f), breadcrumbs(crumbs), place);
  }

  static Map<String, Object> organization(Frame f) {
    Map<String, Object> organization = node("Organization");
    organization.put("@id", f.baseUrl() + "/#organization");
    organization.put("name", "Làng Nghề Market");
    organization.put("url", f.baseUrl() + "/");
    organization.put("logo", f.baseUrl() + "/img/logo.svg");
    return organization;
  }

  private static Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
    Map<String, Object> list = node("BreadcrumbList");
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < crumbs.size(); i++) {
      Map<String, Object> item = node("ListItem");
      item.put("position", i + 1);
      item.put("name", crumbs.get(i).name());
      item.put("item", crumbs.get(i).url());
      items.add(item);
    }
    list.put("itemListElement", items);
    return list;
  }

  private static Map<String, Object> address(UnitRef commune, UnitRef province) {
    Map<String, Object> address = node("PostalAddress");
    if (commune != null) {
      address.put("addressLocality", commune.name());
    }
    if (province != null) {
      address.put("addressRegion", province.name());
    }
    address.put("addressCountry", "VN");
    return address;
  }

  private static void rating(Map<String, Object> thing, Rating rating) {
    if (rating == null || rating.count() <= 0) {
      return;
    }
    Map<String, Object> aggregate = node("AggregateRating");
    aggregate.put("ratingValue", rating.average());
    aggregate.put("reviewCount", rating.count());
    aggregate.put("bestRating", 5);
    aggregate.put("worstRating", 1);
    thing.put("aggregateRating", aggregate);
  }

  private static Map<String, Object> node(String type) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", type);
    return node;
  }

  @SafeVarargs
  private static String graph(Map<String, Object>... nodes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@context", "https://schema.org");
    root.put("@graph", List.of(nodes));
    try {
      return scriptSafe(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** JSON inside a script block: no "</script>" or "<!--" can appear. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
