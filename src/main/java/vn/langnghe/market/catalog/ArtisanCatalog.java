package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.ProductRequest;
import vn.langnghe.market.catalog.CatalogViews.RequestedStatus;
import vn.langnghe.market.catalog.CatalogViews.StockRequest;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RichText;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * An artisan's work on the products of their own shop. Every method starts from the caller's
 * shop, so another shop's product is simply not found.
 */
@ApplicationScoped
@Transactional
public class ArtisanCatalog {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SLUG_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Places places;
  @Inject Images images;
  @Inject Clock clock;
  @Inject Outbox outbox;
  @Inject Stock stock;

  public OwnProductView create(Caller artisan, ProductRequest request) {
    Shop shop = shops.ownShop(artisan);
    requireSkusFree(request.variants(), null);
    Product product = new Product(shop, uniqueSlug(request.title()), description(request),
        variantSpecs(request.variants()), clock.instant());
    if (request.status() == RequestedStatus.ACTIVE) {
      product.activate();
    }
    em.persist(product);
    return changed(product);
  }

  public OwnProductView edit(Caller artisan, long productId, ProductRequest request) {
    Product product = own(artisan, productId);
    if (request.version() == null) {
      throw new Problems.InvalidInputException("version", "is required when editing");
    }
    if (request.version() != product.version()) {
      throw new Problems.ConflictException("version",
          "The product changed since you loaded it (version " + product.version() + " now).");
    }
    requireSkusFree(request.variants(), product);
    product.describe(description(request), clock.instant());
    product.replaceVariants(variantSpecs(request.variants()));
    if (request.status() == RequestedStatus.ACTIVE) {
      product.activate();
    } else if (request.status() == RequestedStatus.DRAFT) {
      product.withdrawToDraft();
    }
    return changed(product);
  }

  public OwnProductView archive(Caller artisan, long productId) {
    Product product = own(artisan, productId);
    product.archive(clock.instant());
    return changed(product);
  }

  public OwnProductView product(Caller artisan, long productId) {
    return OwnProductView.of(own(artisan, productId));
  }

  public Page<OwnProductView> products(Caller artisan, Page.Request page) {
    Shop shop = shops.ownShop(artisan);
    long total = em.createQuery("select count(p) from Product p where p.shop = :shop", Long.class)
        .setParameter("shop", shop)
        .getSingleResult();
    List<OwnProductView> items =
        em.createQuery("select p from Product p where p.shop = :shop order by p.updatedAt desc, p.id desc",
                Product.class)
            .setParameter("shop", shop)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(OwnProductView::of)
            .toList();
    return new Page<>(total, page.page(), page.size(), items);
  }

  public OwnProductView addImage(Caller artisan, long productId, byte[] bytes, String altText) {
    Product product = own(artisan, productId);
    StoredImage image = images.store(bytes, artisan.accountId(), "file");
    product.addImage(image.id(), image.accessKey(), image.width(), image.height(), altText == null ? product.title() : VietnameseText.clean(altText));
    return changed(product);
  }

  public OwnProductView removeImage(Caller artisan, long productId, long productImageId) {
    Product product = own(artisan, productId);
    product.removeImage(productImageId);
    return changed(product);
  }

  /**
   * Counts or adjusts one variant's stock ({@link StockRequest}); the answer shows the stock as
   * it is after the change, sales included.
   */
  public OwnProductView changeStock(Caller artisan, long productId, String sku, StockRequest request) {
    if (request.onHand() != null && request.adjustBy() != null) {
      throw new Problems.InvalidInputException("adjustBy", "send either onHand or adjustBy, not both");
    }
    if (request.onHand() == null && request.adjustBy() == null) {
      throw new Problems.InvalidInputException("onHand", "is required (or adjustBy)");
    }
    if (request.expectedOnHand() != null && request.onHand() == null) {
      throw new Problems.InvalidInputException("expectedOnHand", "goes with onHand only");
    }
    Product product = own(artisan, productId);
    Variant variant =
        product.variant(sku).orElseThrow(() -> new Problems.NotFoundException("Variant " + sku));
    if (request.onHand() != null) {
      stock.count(variant.id(), sku, request.onHand(), request.expectedOnHand());
    } else {
      stock.adjust(variant.id(), sku, request.adjustBy());
    }
    // the row was changed behind the entity's back
    em.refresh(variant);
    return changed(product);
  }

  /** Every change of a product is announced in the transaction that makes it (search listens). */
  private OwnProductView changed(Product product) {
    em.flush();
    outbox.announce(Outbox.PRODUCT, product.id());
    return OwnProductView.of(product);
  }

  private Product own(Caller artisan, long productId) {
    Shop shop = shops.ownShop(artisan);
    Product product = em.find(Product.class, productId);
    if (product == null || !product.shop().id().equals(shop.id())) {
      throw new Problems.NotFoundException("Product " + productId);
    }
    return product;
  }

  private Product.Description description(ProductRequest request) {
    Category category = null;
    if (request.categoryId() != null) {
      category = em.find(Category.class, request.categoryId());
      if (category == null) {
        throw new Problems.InvalidInputException("categoryId", "no such category");
      }
    }
    CraftVillage village = null;
    if (request.villageSlug() != null) {
      village = places.findVillage(request.villageSlug())
          .orElseThrow(() -> new Problems.InvalidInputException("villageSlug", "no such craft village"));
    }
    return new Product.Description(VietnameseText.clean(request.title()),
        RichText.sanitise(request.description()), category, village,
        VietnameseText.clean(request.material()));
  }

  private static List<Product.VariantSpec> variantSpecs(List<VariantRequest> requests) {
    List<Product.VariantSpec> specs = new ArrayList<>();
    for (VariantRequest v : requests) {
      Map<String, String> options = new LinkedHashMap<>();
      if (v.options() != null) {
        v.options().forEach((k, val) -> options.put(VietnameseText.clean(k), VietnameseText.clean(val)));
      }
      specs.add(new Product.VariantSpec(normaliseSku(v.sku()), options, v.priceVnd(), v.onHand(),
          v.weightGrams() == null ? Variant.DEFAULT_WEIGHT_GRAMS : v.weightGrams()));
    }
    return specs;
  }

  static String normaliseSku(String sku) {
    return sku.trim().toUpperCase(Locale.ROOT);
  }

  /** SKUs are unique in the whole marketplace: another product's SKU is a conflict. */
  private void requireSkusFree(List<VariantRequest> requests, Product self) {
    List<String> skus = requests.stream().map(v -> normaliseSku(v.sku())).toList();
    var query = em.createQuery("select v.sku from Variant v where v.sku in :skus"
            + (self == null ? "" : " and v.product.id <> :self"), String.class)
        .setParameter("skus", skus);
    if (self != null) {
      query.setParameter("self", self.id());
    }
    List<String> taken = query.getResultList();
    for (int i = 0; i < skus.size(); i++) {
      if (taken.contains(skus.get(i))) {
        throw new Problems.ConflictException("variants[" + i + "].sku",
            "SKU " + skus.get(i) + " is already used by another product.");
      }
    }
  }

  private String uniqueSlug(String title) {
    String base = VietnameseText.slug(title, 90);
    while (true) {
      StringBuilder suffix = new StringBuilder();
      for (int i = 0; i < 5; i++) {
        suffix.append(SLUG_ALPHABET.charAt(RANDOM.nextInt(SLUG_ALPHABET.length())));
      }
      String slug = base + "-" + suffix;
      if (em.createQuery("select p.id from Product p where p.slug = :slug")
          .setParameter("slug", slug).getResultList().isEmpty()) {
        return slug;
      }
    }
  }
}
