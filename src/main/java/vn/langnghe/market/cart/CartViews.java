package vn.langnghe.market.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;

/** What the cart API reads and answers. */
public final class CartViews {

  private CartViews() {}

  public static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{1,39}";

  public record AddLineRequest(
      @NotBlank @Pattern(regexp = SKU_PATTERN, message = "is not a SKU") String sku,
      @NotNull @Positive @Max(Cart.MAX_QUANTITY) Integer quantity) {}

  public record ChangeLineRequest(@NotNull @Positive @Max(Cart.MAX_QUANTITY) Integer quantity) {}

  /** Why a line cannot be checked out as it stands; OK when it can. */
  public enum LineState { OK, NOT_ENOUGH_STOCK, SOLD_OUT, UNAVAILABLE }

  public record ShopRef(String slug, String name) {}

  public record CartLineView(String sku, String productSlug, String title,
      Map<String, String> options, ShopRef shop, String thumbUrl, int quantity, long unitPriceVnd,
      long priceWhenAddedVnd, boolean priceChanged, long lineTotalVnd, int available,
      LineState state) {}

  public record CartView(List<CartLineView> lines, int itemCount, long subtotalVnd,
      boolean readyForCheckout) {
    static final CartView EMPTY = new CartView(List.of(), 0, 0, false);
  }
}
