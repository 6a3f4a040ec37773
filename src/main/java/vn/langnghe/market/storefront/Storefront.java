package vn.langnghe.market.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.catalog.CatalogViews.ProductCard;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.Page;

/** What each storefront page shows, read through the catalogue's and places' services. */
@ApplicationScoped
public class Storefront {

  static final int HOME_PRODUCTS = 12;
  static final int LIST_SIZE = 24;

  @Inject Catalog catalog;
  @Inject Places places;

  public record HomePage(List<VillageView> villages, List<ProductCard> newest) {}

  public record VillagePage(VillageView village, Page<ProductCard> products) {}

  public HomePage home() {
    return new HomePage(places.villages(),
        catalog.products(new Catalog.Filter(null, null, null), new Page.Request(0, HOME_PRODUCTS)).items());
  }

  /** A product on sale; anything else is a NotFoundException. */
  public ProductView product(String slug) {
    return catalog.product(slug);
  }

  public Catalog.ShopPage shop(String slug, int page) {
    return catalog.shopPage(slug, new Page.Request(page, LIST_SIZE));
  }

  public VillagePage village(String slug, int page) {
    VillageView village = places.village(slug);
    return new VillagePage(village,
        catalog.products(new Catalog.Filter(slug, null, null), new Page.Request(page, LIST_SIZE)));
  }
}
