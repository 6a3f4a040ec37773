package vn.langnghe.market.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.langnghe.market.catalog.CatalogViews.CategoryNode;
import vn.langnghe.market.catalog.CatalogViews.ProductCard;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.platform.Page;

/** The public catalogue: products on sale, shop pages and categories. */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject Catalog catalog;

  @GET
  @Path("products")
  public Page<ProductCard> products(@QueryParam("village") String village,
      @QueryParam("category") String category, @QueryParam("shop") String shop,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return catalog.products(new Catalog.Filter(blankToNull(village), blankToNull(category), blankToNull(shop)),
        Page.Request.of(page, size));
  }

  @GET
  @Path("products/{idOrSlug}")
  public ProductView product(@PathParam("idOrSlug") String idOrSlug) {
    return catalog.product(idOrSlug);
  }

  @GET
  @Path("shops/{slug}")
  public Catalog.ShopPage shop(@PathParam("slug") String slug, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return catalog.shopPage(slug, Page.Request.of(page, size));
  }

  @GET
  @Path("categories")
  public List<CategoryNode> categories() {
    return catalog.categoryTree();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
