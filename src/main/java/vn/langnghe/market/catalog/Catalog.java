package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.catalog.CatalogViews.CategoryNode;
import vn.langnghe.market.catalog.CatalogViews.ProductCard;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.conversations.ResponseTimes;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reviews.Rating;
import vn.langnghe.market.reviews.Ratings;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.ShopViews.PublicShopView;
import vn.langnghe.market.shops.Shops;

/** What the storefront may read: products on sale, shop pages, the category tree. */
@ApplicationScoped
@Transactional
public class Catalog {

  private static final String ON_SALE =
      " from Product p join p.shop s left join p.village v left join s.village sv"
          + " left join p.category c left join c.parent cp"
          + " where p.status = vn.langnghe.market.catalog.Product.Status.ACTIVE"
          + " and s.status = vn.langnghe.market.shops.Shop.Status.APPROVED and p.hiddenAt is null";

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Ratings ratings;
  @Inject PiecesSold piecesSold;
  @Inject ResponseTimes responseTimes;

  /** A product on sale, by id or slug; anything else is "not found". */
  public ProductView product(String idOrSlug) {
    Product product = findByIdOrSlug(idOrSlug);
    if (product == null || !product.isOnSale()) {
      throw new Problems.NotFoundException("Product " + idOrSlug);
    }
    return ProductView.of(product, ratings.ofProduct(product.id()),
        piecesSold.ofProducts(List.of(product.id())).getOrDefault(product.id(), 0L));
  }

  /** A product a shopper can buy now (on sale, some stock), as the sitemap lists it. */
  public record Listed(String slug, Instant updatedAt) {}

  private static final String IN_STOCK = ON_SALE
      + " and exists (select v from Variant v where v.product = p and v.retired = false"
      + " and v.onHand - v.reserved > 0)";

  /** How many products a shopper can buy now. */
  public long inStockCount() {
    return em.createQuery("select count(p)" + IN_STOCK, Long.class).getSingleResult();
  }

  /** When the latest of the products a shopper can buy now last changed, or null when there is none. */
  public Instant inStockLastChange() {
    return em.createQuery("select max(p.updatedAt)" + IN_STOCK, Instant.class).getSingleResult();
  }

  /** A slice of the products a shopper can buy now, oldest listing first (stable across slices). */
  public List<Listed> inStock(int offset, int limit) {
    return em.createQuery("select new vn.langnghe.market.catalog.Catalog.Listed(p.slug, p.updatedAt)"
            + IN_STOCK + " order by p.id", Listed.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public record Filter(String village, String category, String shop) {}

  public Page<ProductCard> products(Filter filter, Page.Request page) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.village() != null) {
      where.append(" and (v.slug = :village or (v is null and sv.slug = :village))");
      parameters.put("village", filter.village());
    }
    if (filter.category() != null) {
      where.append(" and (c.slug = :category or cp.slug = :category)");
      parameters.put("category", filter.category());
    }
    if (filter.shop() != null) {
      where.append(" and s.slug = :shop");
      parameters.put("shop", filter.shop());
    }
    TypedQuery<Long> count = em.createQuery("select count(p)" + ON_SALE + where, Long.class);
    TypedQuery<Product> items =
        em.createQuery("select p" + ON_SALE + where + " order by p.createdAt desc, p.id desc",
                Product.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.variants")
            .setHint("eclipselink.batch", "p.images");
    parameters.forEach((name, value) -> {
      count.setParameter(name, value);
      items.setParameter(name, value);
    });
    List<Product> found = items.getResultList();
    List<Long> ids = found.stream().map(Product::id).toList();
    Map<Long, Rating> rated = ratings.ofProducts(ids);
    Map<Long, Long> sold = piecesSold.ofProducts(ids);
    return new Page<>(count.getSingleResult(), page.page(), page.size(),
        found.stream().map(p -> ProductCard.of(p, rated.getOrDefault(p.id(), Rating.NONE),
            sold.getOrDefault(p.id(), 0L))).toList());
  }

  public record ShopPage(PublicShopView shop, Page<ProductCard> products) {}

  public ShopPage shopPage(String slug, Page.Request page) {
    Shop shop = shops.approvedShop(slug);
    return new ShopPage(PublicShopView.of(shop, ratings.ofShop(shop.id()), piecesSold.ofShop(shop.id()))
        .withResponseTime(responseTimes.of(shop.id())), products(new Filter(null, null, slug), page));
  }

  public List<CategoryNode> categoryTree() {
    List<Category> all =
        em.createQuery("select c from Category c", Category.class).getResultList();
    Map<Long, List<Category>> children = new LinkedHashMap<>();
    for (Category c : all) {
      children.computeIfAbsent(c.parent() == null ? 0L : c.parent().id(), k -> new ArrayList<>()).add(c);
    }
    return nodes(0L, children);
  }

  private static List<CategoryNode> nodes(long parentId, Map<Long, List<Category>> children) {
    return children.getOrDefault(parentId, List.of()).stream()
        .sorted(Comparator.comparingInt(Category::position))
        .map(c -> new CategoryNode(c.id(), c.slug(), c.nameVi(), c.nameEn(), nodes(c.id(), children)))
        .toList();
  }

  Product findByIdOrSlug(String idOrSlug) {
    if (idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 18) {
      return em.find(Product.class, Long.parseLong(idOrSlug));
    }
    return em.createQuery("select p from Product p where p.slug = :slug", Product.class)
        .setParameter("slug", idOrSlug)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
