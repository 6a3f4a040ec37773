package vn.langnghe.market.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line asked back, at the price it was sold at; {@code restocked} of it went back on the shelf. */
@Entity
@Table(name = "return_line")
public class ReturnLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "return_id")
  private ReturnRequest request;

  @Column(name = "order_line_id")
  private long orderLineId;

  @Column(name = "variant_id")
  private long variantId;

  @Column(name = "product_id")
  private long productId;

  private String sku;
  private String title;
  private int quantity;

  @Column(name = "unit_price_vnd")
  private long unitPriceVnd;

  private int restocked;

  protected ReturnLine() {}

  ReturnLine(ReturnRequest request, long orderLineId, long variantId, long productId, String sku,
      String title, int quantity, long unitPriceVnd) {
    this.request = request;
    this.orderLineId = orderLineId;
    this.variantId = variantId;
    this.productId = productId;
    this.sku = sku;
    this.title = title;
    this.quantity = quantity;
    this.unitPriceVnd = unitPriceVnd;
  }

  void restock(int pieces) {
    if (pieces < 0 || pieces > quantity) {
      throw new IllegalArgumentException("restock " + pieces + " of " + quantity);
    }
    restocked = pieces;
  }

  public long totalVnd() {
    return Math.multiplyExact(unitPriceVnd, (long) quantity);
  }

  public long orderLineId() { return orderLineId; }
  public long variantId() { return variantId; }
  public long productId() { return productId; }
  public String sku() { return sku; }
  public String title() { return title; }
  public int quantity() { return quantity; }
  public long unitPriceVnd() { return unitPriceVnd; }
  public int restocked() { return restocked; }
}
