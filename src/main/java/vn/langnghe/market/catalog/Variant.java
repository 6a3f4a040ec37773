package vn.langnghe.market.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.market.platform.Problems;

/**
 * A SKU: one buyable form of a product with its own price and stock. Reserved units belong to
 * pending orders; only on-hand minus reserved can be sold. A variant that leaves the product is
 * retired, never deleted, because orders keep pointing at it.
 */
@Entity
@Table(name = "variant")
public class Variant extends vn.langnghe.market.platform.HelperMarked {

  public static final int MAX_STOCK = 1_000_000;
  /** A parcel's weight for shipping when the artisan gives none: a typical small craft item. */
  public static final int DEFAULT_WEIGHT_GRAMS = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String sku;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @Convert(converter = OptionsConverter.class)
  @Column(name = "options_json")
  private Map<String, String> options = new LinkedHashMap<>();

  @Column(name = "price_vnd")
  private long priceVnd;

  @Column(name = "on_hand")
  private int onHand;

  private int reserved;

  @Column(name = "weight_grams")
  private int weightGrams;
  private boolean retired;
  private int position;

  protected Variant() {}

  /** A new SKU starts with the stock the artisan counted; from then on only {@link Stock} moves it. */
  Variant(Product product, Product.VariantSpec spec, int position, String field) {
    this.product = product;
    this.sku = spec.sku();
    revise(spec, position);
    if (spec.onHand() == null) {
      throw new Problems.InvalidInputException(field + ".onHand", "is required for a new variant");
    }
    requireStockInRange(field + ".onHand", spec.onHand());
    this.onHand = spec.onHand();
  }

  /**
   * Price, options and weight as the artisan wants them now. Stock is left alone: a form loaded
   * before a sale still carries the figure from before it, and writing that back would put sold
   * pieces on the shelf again.
   */
  void revise(Product.VariantSpec spec, int position) {
    if (spec.priceVnd() <= 0) {
      throw new Problems.InvalidInputException("priceVnd", "must be positive");
    }
    if (spec.weightGrams() <= 0) {
      throw new Problems.InvalidInputException("weightGrams", "must be positive");
    }
    this.options = new LinkedHashMap<>(spec.options() == null ? Map.of() : spec.options());
    this.priceVnd = spec.priceVnd();
    this.weightGrams = spec.weightGrams();
    this.position = position;
    this.retired = false;
  }

  static void requireStockInRange(String field, int onHand) {
    if (onHand < 0 || onHand > MAX_STOCK) {
      throw new Problems.InvalidInputException(field, "must be between 0 and " + MAX_STOCK);
    }
  }

  void retire() {
    this.retired = true;
  }

  public int available() {
    return retired ? 0 : onHand - reserved;
  }

  public Long id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public Product product() {
    return product;
  }

  public Map<String, String> options() {
    return options;
  }

  public long priceVnd() {
    return priceVnd;
  }

  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  public int weightGrams() {
    return weightGrams;
  }

  public boolean retired() {
    return retired;
  }

  public int position() {
    return position;
  }
}
