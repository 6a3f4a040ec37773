package vn.langnghe.market.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class CartTest {

  static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

  static Cart cart() {
    try {
      var constructor = Cart.class.getDeclaredConstructor();
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void addingTheSameSkuAddsToItsLineUpToTheLimit() {
    Cart cart = cart();
    cart.add("NB-16", 2, 1_250_000, NOW);
    cart.add("NB-16", 3, 1_300_000, NOW);
    assertThat(cart.lines()).hasSize(1);
    assertThat(cart.lines().get(0).quantity()).isEqualTo(5);
    assertThat(cart.lines().get(0).priceWhenAdded()).isEqualTo(1_250_000);
    assertThatThrownBy(() -> cart.add("NB-16", 95, 1_250_000, NOW))
        .isInstanceOf(Problems.InvalidInputException.class);
  }

  @Test
  void aCartHoldsAtMostFiftyDifferentItems() {
    Cart cart = cart();
    for (int i = 0; i < Cart.MAX_LINES; i++) {
      cart.add("SKU-" + i, 1, 1000, NOW);
    }
    assertThatThrownBy(() -> cart.add("SKU-X", 1, 1000, NOW)).isInstanceOf(Problems.RefusedException.class);
  }

  @Test
  void anAnonymousCartMergesIntoTheShoppersOwnAddingQuantitiesWithinTheLimit() {
    Cart mine = cart();
    mine.add("A", 98, 1000, NOW);
    mine.add("B", 1, 2000, NOW);
    Cart anonymous = cart();
    anonymous.add("A", 5, 1000, NOW);
    anonymous.add("C", 2, 3000, NOW);
    mine.absorb(anonymous, NOW);
    assertThat(mine.lines()).extracting(CartLine::sku).containsExactly("A", "B", "C");
    assertThat(mine.lines()).extracting(CartLine::quantity).containsExactly(Cart.MAX_QUANTITY, 1, 2);
    mine.removeAll(List.of("A", "C"), NOW);
    assertThat(mine.lines()).extracting(CartLine::sku).containsExactly("B");
  }
}
