package vn.langnghe.market.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/** A SKU and how many; the price seen when added lets the cart tell of a change since. */
@Entity
@Table(name = "cart_line")
public class CartLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "cart_id")
  private Cart cart;

  private String sku;
  private int quantity;

  @Column(name = "price_when_added")
  private long priceWhenAdded;

  @Column(name = "added_at")
  private Instant addedAt;

  protected CartLine() {}

  CartLine(Cart cart, String sku, int quantity, long priceWhenAdded, Instant addedAt) {
    this.cart = cart;
    this.sku = sku;
    this.priceWhenAdded = priceWhenAdded;
    this.addedAt = addedAt;
    change(quantity);
  }

  void change(int newQuantity) {
    if (newQuantity < 1 || newQuantity > Cart.MAX_QUANTITY) {
      throw new Problems.InvalidInputException("quantity",
          "must be between 1 and " + Cart.MAX_QUANTITY + " in all");
    }
    this.quantity = newQuantity;
  }

  public String sku() {
    return sku;
  }

  public int quantity() {
    return quantity;
  }

  public long priceWhenAdded() {
    return priceWhenAdded;
  }
}
