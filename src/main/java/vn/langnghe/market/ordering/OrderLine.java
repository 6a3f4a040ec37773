package vn.langnghe.market.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.langnghe.market.catalog.Stock;

/** What was sold, as it was at checkout: later edits of the product do not rewrite it. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  /** A SKU at checkout: the snapshot a line is made of. */
  record Sold(long variantId, long productId, String sku, String title, String optionsText,
      long unitPriceVnd, int quantity, int weightGrams) {
    Stock.Movement movement() {
      return new Stock.Movement(variantId, productId, sku, quantity);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "shop_order_id")
  private ShopOrder shopOrder;

  @Column(name = "variant_id")
  private long variantId;

  @Column(name = "product_id")
  private long productId;

  private String sku;
  private String title;

  @Column(name = "options_text")
  private String optionsText;

  @Column(name = "unit_price_vnd")
  private long unitPriceVnd;

  private int quantity;

  @Column(name = "line_total_vnd")
  private long lineTotalVnd;

  protected OrderLine() {}

  OrderLine(ShopOrder shopOrder, Sold sold) {
    this.shopOrder = shopOrder;
    this.variantId = sold.variantId();
    this.productId = sold.productId();
    this.sku = sold.sku();
    this.title = sold.title();
    this.optionsText = sold.optionsText();
    this.unitPriceVnd = sold.unitPriceVnd();
    this.quantity = sold.quantity();
    this.lineTotalVnd = Math.multiplyExact(sold.unitPriceVnd(), (long) sold.quantity());
  }

  Stock.Movement movement() {
    return new Stock.Movement(variantId, productId, sku, quantity);
  }

  public Long id() {
    return id;
  }

  public long variantId() {
    return variantId;
  }

  public long productId() {
    return productId;
  }

  public String sku() {
    return sku;
  }

  public String title() {
    return title;
  }

  public String optionsText() {
    return optionsText;
  }

  public long unitPriceVnd() {
    return unitPriceVnd;
  }

  public int quantity() {
    return quantity;
  }

  public long lineTotalVnd() {
    return lineTotalVnd;
  }
}
