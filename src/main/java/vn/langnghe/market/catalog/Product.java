package vn.langnghe.market.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.Shop;

/**
 * A handmade product of one shop. It is sold only while ACTIVE and its shop is approved; archiving
 * is final (orders keep pointing at it).
 */
@Entity
@Table(name = "product")
public class Product extends vn.langnghe.market.platform.HelperMarked {

  public enum Status {
    DRAFT,
    ACTIVE,
    ARCHIVED
  }

  /** What an artisan says a product is; the boundary has already cleaned the text. */
  public record Description(
      String title,
      String descriptionHtml,
      Category category,
      CraftVillage village,
      String material) {}

  /**
   * One variant as the artisan wants it after an edit; {@code onHand} is the starting stock of a
   * new SKU and is not used for one the product already has.
   */
  public record VariantSpec(
      String sku, Map<String, String> options, long priceVnd, Integer onHand, int weightGrams) {
    public VariantSpec(String sku, Map<String, String> options, long priceVnd, Integer onHand) {
      this(sku, options, priceVnd, onHand, Variant.DEFAULT_WEIGHT_GRAMS);
    }
  }

  public static final int MAX_IMAGES = 12;

  /** OCOP certificates are dated in Vietnam: a certificate's last day ends at midnight there. */
  public static final ZoneId OCOP_CALENDAR = ZoneId.of("Asia/Ho_Chi_Minh");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;

  @ManyToOne
  @JoinColumn(name = "shop_id")
  private Shop shop;

  private String title;
  private String description;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @ManyToOne
  @JoinColumn(name = "village_id")
  private CraftVillage village;

  private String material;

  @Column(name = "ocop_stars")
  private int ocopStars;

  @Column(name = "ocop_certificate")
  private String ocopCertificate;

  /** The verified certificate's last valid day (Vietnam's calendar); null without a badge. */
  @Column(name = "ocop_expires_on")
  private LocalDate ocopExpiresOn;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Set while an officer keeps the listing off the storefront (a takedown); null otherwise. */
  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Version private long version;

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Variant> variants = new ArrayList<>();

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProductImage> images = new ArrayList<>();

  protected Product() {}

  public Product(Shop shop, String slug, Description description, List<VariantSpec> variants,
      Instant now) {
    this.shop = shop;
    this.slug = slug;
    this.status = Status.DRAFT;
    this.createdAt = now;
    describe(description, now);
    replaceVariants(variants);
  }

  public void describe(Description d, Instant now) {
    requireNotArchived();
    this.title = d.title();
    this.description = d.descriptionHtml();
    this.category = d.category();
    this.village = d.village();
    this.material = d.material();
    this.updatedAt = now;
  }

  /**
   * Shows the OCOP badge of a certificate an officer verified, valid through {@code expiresOn};
   * only the OCOP component calls this (through {@link OcopBadges}), never the artisan.
   */
  void showOcopBadge(int stars, String certificate, LocalDate expiresOn, Instant now) {
    if (stars < 3 || stars > 5) {
      throw new IllegalArgumentException("OCOP badge of " + stars + " stars");
    }
    this.ocopStars = stars;
    this.ocopCertificate = certificate;
    this.ocopExpiresOn = expiresOn;
    // a reindex catching up by updatedAt must see the change too
    this.updatedAt = now;
  }

  void clearOcopBadge(Instant now) {
    this.ocopStars = 0;
    this.ocopCertificate = null;
    this.ocopExpiresOn = null;
    this.updatedAt = now;
  }

  /**
   * Variants named again are revised (their stock stays as sales left it), new SKUs are added
   * with their starting stock, the rest retire. SKUs are unique across the marketplace; the
   * caller checks the others' SKUs.
   */
  public void replaceVariants(List<VariantSpec> specs) {
    requireNotArchived();
    if (specs.isEmpty()) {
      throw new Problems.InvalidInputException("variants", "a product needs at least one variant");
    }
    Set<String> wanted = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      VariantSpec spec = specs.get(i);
      if (!wanted.add(spec.sku())) {
        throw new Problems.InvalidInputException("variants[" + i + "].sku", "is listed twice");
      }
      Optional<Variant> existing = variant(spec.sku());
      if (existing.isPresent()) {
        existing.get().revise(spec, i);
      } else {
        variants.add(new Variant(this, spec, i, "variants[" + i + "]"));
      }
    }
    variants.stream().filter(v -> !wanted.contains(v.sku())).forEach(Variant::retire);
  }

  public void activate() {
    requireNotArchived();
    if (!shop.maySell()) {
      throw new Problems.RefusedException("status",
          "Only an approved shop may put products on sale; keep it DRAFT until approval.");
    }
    status = Status.ACTIVE;
  }

  public void withdrawToDraft() {
    requireNotArchived();
    status = Status.DRAFT;
  }

  public void archive(Instant now) {
    requireNotArchived();
    status = Status.ARCHIVED;
    updatedAt = now;
  }

  public ProductImage addImage(long imageId, String imageKey, int width, int height, String altText) {
    requireNotArchived();
    if (images.size() >= MAX_IMAGES) {
      throw new Problems.RefusedException("file", "A product has at most " + MAX_IMAGES + " pictures.");
    }
    ProductImage image = new ProductImage(this, imageId, imageKey, width, height, images.size(), altText);
    images.add(image);
    return image;
  }

  public void removeImage(long productImageId) {
    requireNotArchived();
    if (!images.removeIf(image -> image.id() != null && image.id() == productImageId)) {
      throw new Problems.NotFoundException("Picture " + productImageId);
    }
  }

  public boolean isOnSale() {
    return status == Status.ACTIVE && shop.maySell() && hiddenAt == null;
  }

  /**
   * An officer takes this one listing off the storefront for a reason its artisan is shown. The
   * artisan may still edit it; only an officer puts it back.
   */
  public void hideByOfficer(String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new Problems.InvalidInputException("reason", "say why the listing is hidden");
    }
    if (hiddenAt != null) {
      throw new Problems.ConflictException("The listing is already hidden.");
    }
    hiddenAt = now;
    hiddenReason = reason;
    // a reindex catching up by updatedAt must see the change too
    updatedAt = now;
  }

  public void restoreByOfficer(Instant now) {
    if (hiddenAt == null) {
      throw new Problems.ConflictException("The listing is not hidden.");
    }
    hiddenAt = null;
    hiddenReason = null;
    updatedAt = now;
  }

  public boolean isHidden() {
    return hiddenAt != null;
  }

  public Optional<Variant> variant(String sku) {
    return variants.stream().filter(v -> v.sku().equals(sku)).findFirst();
  }

  public List<Variant> liveVariants() {
    return variants.stream().filter(v -> !v.retired()).toList();
  }

  public OptionalLong lowestPriceVnd() {
    return liveVariants().stream().mapToLong(Variant::priceVnd).min();
  }

  private void requireNotArchived() {
    if (status == Status.ARCHIVED) {
      throw new Problems.ConflictException("status", "The product is archived and cannot change.");
    }
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public Shop shop() {
    return shop;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Category category() {
    return category;
  }

  public CraftVillage village() {
    return village;
  }

  public String material() {
    return material;
  }

  /** The verified OCOP stars as of today in Vietnam, 0 once the certificate's last day is past. */
  public int ocopStars() {
    return ocopStarsOn(LocalDate.now(OCOP_CALENDAR));
  }

  /**
   * The verified stars on {@code day}: the badge goes the day after the certificate's last valid
   * day even before the expiry sweep clears the column.
   */
  public int ocopStarsOn(LocalDate day) {
    return ocopExpiresOn != null && ocopExpiresOn.isBefore(day) ? 0 : ocopStars;
  }

  public String ocopCertificate() {
    return ocopStars() > 0 ? ocopCertificate : null;
  }

  public LocalDate ocopExpiresOn() {
    return ocopExpiresOn;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public Instant hiddenAt() {
    return hiddenAt;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public List<Variant> variants() {
    return variants;
  }

  public List<ProductImage> images() {
    return images;
  }
}
