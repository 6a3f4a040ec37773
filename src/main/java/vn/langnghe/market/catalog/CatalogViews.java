package vn.langnghe.market.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.places.PlaceViews.VillageRef;
import vn.langnghe.market.reviews.Rating;

/** Requests and answers of the catalogue endpoints. */
public final class CatalogViews {

  /** Ten billion đồng: more than any handmade piece here costs; beyond it is a typo. */
  public static final long MAX_PRICE_VND = 10_000_000_000L;

  private CatalogViews() {}

  public enum RequestedStatus {
    DRAFT,
    ACTIVE
  }

  /** {@code onHand} is the starting stock of a new SKU; an edit leaves existing stock as it is. */
  public record VariantRequest(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,39}",
          message = "2 to 40 letters, digits, dots, dashes or underscores") String sku,
      @Size(max = 10) Map<@NotBlank @Size(max = 40) String, @NotBlank @Size(max = 80) String> options,
      @NotNull @Positive @Max(MAX_PRICE_VND) Long priceVnd,
      @PositiveOrZero @Max(Variant.MAX_STOCK) Integer onHand,
      @Positive @Max(50_000) Integer weightGrams) {}

  /**
   * A product as its artisan describes it. {@code ocopStars} and {@code ocopCertificate} are
   * accepted from older clients and ignored: a product's OCOP stars come only from a certificate an
   * officer verified (see the {@code ocop} component), never from what the artisan types.
   */
  public record ProductRequest(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 50_000) String description,
      @Positive Long categoryId,
      @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String villageSlug,
      @Size(max = 100) String material,
      Integer ocopStars,
      String ocopCertificate,
      RequestedStatus status,
      @NotEmpty @Size(max = 50) List<@NotNull @Valid VariantRequest> variants,
      @PositiveOrZero Long version) {}

  /**
   * Either a count ({@code onHand}, applied only while the stock still is {@code expectedOnHand}
   * when that is given) or an adjustment ({@code adjustBy} pieces more, or fewer when negative).
   */
  public record StockRequest(
      @PositiveOrZero @Max(Variant.MAX_STOCK) Integer onHand,
      @PositiveOrZero @Max(Variant.MAX_STOCK) Integer expectedOnHand,
      @Min(-Variant.MAX_STOCK) @Max(Variant.MAX_STOCK) Integer adjustBy) {}

  public record CategoryRef(long id, String slug, String name, String nameEn) {
    static CategoryRef of(Category c) {
      return c == null ? null : new CategoryRef(c.id(), c.slug(), c.nameVi(), c.nameEn());
    }
  }

  public record CategoryNode(long id, String slug, String name, String nameEn, List<CategoryNode> children) {}

  /** {@code verifiedSeller}: the shop's owner is identified and verified (never their numbers). */
  public record ShopRef(long id, String slug, String name, boolean verifiedSeller) {}

  public record VariantView(String sku, Map<String, String> options, long priceVnd, int available) {
    static VariantView of(Variant v) {
      return new VariantView(v.sku(), v.options(), v.priceVnd(), v.available());
    }
  }

  /** What the artisan sees of a variant: the stock behind "available" too. */
  public record OwnVariantView(String sku, Map<String, String> options, long priceVnd, int onHand,
      int reserved, int available, boolean retired, int weightGrams) {
    static OwnVariantView of(Variant v) {
      return new OwnVariantView(v.sku(), v.options(), v.priceVnd(), v.onHand(), v.reserved(),
          v.available(), v.retired(), v.weightGrams());
    }
  }

  /**
   * A product picture: {@code url} its large JPEG, {@code srcset}/{@code webpSrcset} every size
   * (JPEG; WebP, null where the server makes none) with real widths, {@code width}×{@code height}
   * the large size's pixels (for the img's attributes), {@code ogUrl} its 1200×630 link-preview card.
   */
  public record ImageView(long id, long imageId, String url, String thumbUrl, String alt,
      String srcset, String webpSrcset, int width, int height, String ogUrl) {
    static ImageView of(ProductImage image) {
      Images.Responsive large = Images.responsive(image.imageKey(), image.width(), image.height(),
          ImageRendition.Size.LARGE);
      return new ImageView(image.id(), image.imageId(), large.src(),
          Images.url(image.imageKey(), ImageRendition.Size.THUMB), image.altText(), large.srcset(),
          large.webpSrcset(), large.width(), large.height(), Images.ogUrl(image.imageKey()));
    }
  }

  public record ProductView(
      long id,
      String slug,
      String title,
      String description,
      CategoryRef category,
      ShopRef shop,
      VillageRef village,
      String material,
      int ocopStars,
      String ocopCertificate,
      Long priceMinVnd,
      Long priceMaxVnd,
      List<VariantView> variants,
      List<ImageView> images,
      Instant createdAt,
      Instant updatedAt,
      Rating rating, long soldCount) {

    static ProductView of(Product p, Rating rating, long soldCount) {
      List<Variant> live = p.liveVariants();
      return new ProductView(p.id(), p.slug(), p.title(), p.description(), CategoryRef.of(p.category()),
          new ShopRef(p.shop().id(), p.shop().slug(), p.shop().name(), p.shop().ownerVerified()), VillageRef.of(villageOf(p)),
          p.material(), p.ocopStars(), p.ocopCertificate(),
          live.stream().mapToLong(Variant::priceVnd).boxed().min(Long::compare).orElse(null),
          live.stream().mapToLong(Variant::priceVnd).boxed().max(Long::compare).orElse(null),
          live.stream().map(VariantView::of).toList(),
          p.images().stream().map(ImageView::of).toList(), p.createdAt(), p.updatedAt(), rating,
          soldCount);
    }
  }

  /** The artisan's view of their own product: status, version and stock included. */
  public record OwnProductView(
      long id,
      String slug,
      String title,
      String description,
      CategoryRef category,
      VillageRef village,
      String material,
      int ocopStars,
      String ocopCertificate,
      String status,
      long version,
      List<OwnVariantView> variants,
      List<ImageView> images,
      Instant createdAt,
      Instant updatedAt,
      Hidden hidden) {

    static OwnProductView of(Product p) {
      return new OwnProductView(p.id(), p.slug(), p.title(), p.description(),
          CategoryRef.of(p.category()), VillageRef.of(p.village()), p.material(), p.ocopStars(),
          p.ocopCertificate(), p.status().name(), p.version(),
          p.variants().stream().map(OwnVariantView::of).toList(),
          p.images().stream().map(ImageView::of).toList(), p.createdAt(), p.updatedAt(),
          p.isHidden() ? new Hidden(p.hiddenReason(), p.hiddenAt()) : null);
    }
  }

  /** Why and since when an officer keeps the artisan's listing off the storefront. */
  public record Hidden(String reason, Instant at) {}

  /**
   * A product in a list (same shape as a search hit); {@code soldCount} pieces delivered. The
   * card picture: {@code imageUrl} its thumbnail, {@code imageSrcset}/{@code imageWebpSrcset} its
   * sizes, {@code imageWidth}×{@code imageHeight} the thumbnail's pixels (all null without one).
   */
  public record ProductCard(
      long id, String slug, String title, Long priceVnd, String shopName, String shopSlug,
      String villageName, String villageSlug, String imageUrl, int ocopStars, Rating rating,
      long soldCount, String imageSrcset, String imageWebpSrcset, Integer imageWidth,
      Integer imageHeight) {

    static ProductCard of(Product p, Rating rating, long soldCount) {
      CraftVillage village = villageOf(p);
      Images.Responsive picture = p.images().isEmpty() ? null : Images.responsive(
          p.images().get(0).imageKey(), p.images().get(0).width(), p.images().get(0).height(),
          ImageRendition.Size.THUMB);
      return new ProductCard(p.id(), p.slug(), p.title(),
          p.lowestPriceVnd().isPresent() ? p.lowestPriceVnd().getAsLong() : null,
          p.shop().name(), p.shop().slug(), village == null ? null : village.name(),
          village == null ? null : village.slug(), picture == null ? null : picture.src(),
          p.ocopStars(), rating, soldCount, picture == null ? null : picture.srcset(),
          picture == null ? null : picture.webpSrcset(), picture == null ? null : picture.width(),
          picture == null ? null : picture.height());
    }
  }

  static CraftVillage villageOf(Product p) {
    return p.village() != null ? p.village() : p.shop().village();
  }
}
