package vn.langnghe.market.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.langnghe.market.platform.Problems;

/** A shopper's cart: at most {@link #MAX_LINES} SKUs, each at most {@link #MAX_QUANTITY} times. */
@Entity
@Table(name = "cart")
public class Cart {

  public static final int MAX_LINES = 50;
  public static final int MAX_QUANTITY = 99;

  /** Rows are inserted by {@link Carts} with INSERT IGNORE, so two first requests make one cart. */
  @Id private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<CartLine> lines = new ArrayList<>();

  protected Cart() {}

  public void add(String sku, int quantity, long priceVnd, Instant now) {
    Optional<CartLine> existing = line(sku);
    if (existing.isPresent()) {
      existing.get().change(existing.get().quantity() + quantity);
    } else {
      if (lines.size() >= MAX_LINES) {
        throw new Problems.RefusedException("sku",
            "A cart holds at most " + MAX_LINES + " different items; check out some first.");
      }
      lines.add(new CartLine(this, sku, quantity, priceVnd, now));
    }
    updatedAt = now;
  }

  public void change(String sku, int quantity, Instant now) {
    line(sku).orElseThrow(() -> new Problems.NotFoundException("Item " + sku + " in your cart"))
        .change(quantity);
    updatedAt = now;
  }

  public void remove(String sku, Instant now) {
    CartLine line =
        line(sku).orElseThrow(() -> new Problems.NotFoundException("Item " + sku + " in your cart"));
    lines.remove(line);
    updatedAt = now;
  }

  public void removeAll(Collection<String> skus, Instant now) {
    if (lines.removeIf(line -> skus.contains(line.sku()))) {
      updatedAt = now;
    }
  }

  /** Takes over the lines of a cart filled before sign-in; quantities of the same SKU add up. */
  public void absorb(Cart anonymous, Instant now) {
    for (CartLine theirs : anonymous.lines) {
      Optional<CartLine> mine = line(theirs.sku());
      if (mine.isPresent()) {
        mine.get().change(Math.min(MAX_QUANTITY, mine.get().quantity() + theirs.quantity()));
      } else if (lines.size() < MAX_LINES) {
        lines.add(new CartLine(this, theirs.sku(), theirs.quantity(), theirs.priceWhenAdded(), now));
      }
    }
    updatedAt = now;
  }

  private Optional<CartLine> line(String sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  public Long id() {
    return id;
  }

  public List<CartLine> lines() {
    return lines;
  }
}
