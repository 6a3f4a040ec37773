package vn.langnghe.market.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.market.cart.CartViews.CartLineView;
import vn.langnghe.market.cart.CartViews.CartView;
import vn.langnghe.market.cart.CartViews.LineState;
import vn.langnghe.market.cart.CartViews.ShopRef;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.catalog.Stock.Purchasable;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.UtcInstantConverter;

/** The cart use cases. Every change locks the cart's row first, so concurrent adds queue up. */
@ApplicationScoped
@Transactional
public class Carts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Stock stock;
  @Inject Clock clock;

  /**
   * Whose cart a request means: the signed-in shopper's, or the anonymous one of the cookie.
   * With both, the anonymous cart is merged into the shopper's and its cookie is forgotten.
   */
  public record Owner(Long accountId, String cookieToken) {
    public boolean signedIn() {
      return accountId != null;
    }
  }

  /** The cart as it stands, and what the response must do with the cart cookie. */
  public record Outcome(CartView cart, String newCookieToken, boolean forgetCookie) {}

  public Outcome view(Owner owner) {
    Optional<Cart> cart = existing(owner);
    return new Outcome(cart.map(this::viewOf).orElse(CartView.EMPTY), null, mergedAway(owner));
  }

  public Outcome add(Owner owner, String sku, int quantity) {
    Purchasable item = stock.purchasables(List.of(sku)).get(sku);
    if (item == null) {
      throw new Problems.InvalidInputException("sku", "no product has this SKU");
    }
    if (!item.onSale()) {
      throw new Problems.ConflictException("sku", sku + " is no longer on sale.");
    }
    String newToken = null;
    Optional<Cart> found = existing(owner);
    Cart cart;
    if (found.isPresent()) {
      cart = found.get();
    } else {
      if (!owner.signedIn()) {
        newToken = newToken();
        owner = new Owner(null, newToken);
      }
      cart = create(owner);
    }
    int wanted = quantity + cart.lines().stream().filter(l -> l.sku().equals(sku))
        .mapToInt(CartLine::quantity).sum();
    if (wanted > item.available()) {
      throw new Problems.ConflictException("quantity", item.available() == 0
          ? sku + " is sold out."
          : "Only " + item.available() + " of " + sku + " are left.");
    }
    cart.add(sku, quantity, item.priceVnd(), clock.instant());
    em.flush();
    return new Outcome(viewOf(cart), newToken, mergedAway(owner));
  }

  public Outcome change(Owner owner, String sku, int quantity) {
    Cart cart = existing(owner).orElseThrow(() -> new Problems.NotFoundException("Item " + sku + " in your cart"));
    cart.change(sku, quantity, clock.instant());
    em.flush();
    return new Outcome(viewOf(cart), null, mergedAway(owner));
  }

  public Outcome remove(Owner owner, String sku) {
    Cart cart = existing(owner).orElseThrow(() -> new Problems.NotFoundException("Item " + sku + " in your cart"));
    cart.remove(sku, clock.instant());
    em.flush();
    return new Outcome(viewOf(cart), null, mergedAway(owner));
  }

  /** A signed-in shopper's cart lines for checkout: SKU to quantity, in the cart's order. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Integer> linesOf(long accountId) {
    Map<String, Integer> lines = new java.util.LinkedHashMap<>();
    byAccount(accountId).ifPresent(cart -> cart.lines().forEach(l -> lines.put(l.sku(), l.quantity())));
    return lines;
  }

  /** After checkout: what was bought leaves the cart. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void removeBought(long accountId, Collection<String> skus) {
    byAccount(accountId).ifPresent(cart -> cart.removeAll(skus, clock.instant()));
  }

  private boolean mergedAway(Owner owner) {
    return owner.signedIn() && owner.cookieToken() != null;
  }

  /** The owner's cart, locked; an anonymous cart of a signed-in owner is merged in first. */
  private Optional<Cart> existing(Owner owner) {
    Optional<Cart> anonymous = owner.cookieToken() == null
        ? Optional.empty()
        : locked("token_hash", Accounts.sha256(owner.cookieToken()));
    if (!owner.signedIn()) {
      return anonymous;
    }
    Optional<Cart> own = byAccount(owner.accountId());
    if (anonymous.isEmpty()) {
      return own;
    }
    Cart mine = own.orElseGet(() -> create(new Owner(owner.accountId(), null)));
    mine.absorb(anonymous.get(), clock.instant());
    em.remove(anonymous.get());
    em.flush();
    return Optional.of(mine);
  }

  private Optional<Cart> byAccount(long accountId) {
    return locked("account_id", accountId);
  }

  private Optional<Cart> locked(String column, Object value) {
    List<?> ids = em.createNativeQuery("SELECT id FROM cart WHERE " + column + " = ?")
        .setParameter(1, value)
        .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(em.find(Cart.class, ((Number) ids.get(0)).longValue(),
        LockModeType.PESSIMISTIC_WRITE));
  }

  /** INSERT IGNORE: two first requests of one shopper find the same single cart. */
  private Cart create(Owner owner) {
    Instant now = clock.instant();
    Object at = new UtcInstantConverter().convertToDatabaseColumn(now);
    em.createNativeQuery("INSERT IGNORE INTO cart (account_id, token_hash, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?)")
        .setParameter(1, owner.accountId())
        .setParameter(2, owner.signedIn() ? null : Accounts.sha256(owner.cookieToken()))
        .setParameter(3, at)
        .setParameter(4, at)
        .executeUpdate();
    return owner.signedIn()
        ? byAccount(owner.accountId()).orElseThrow()
        : locked("token_hash", Accounts.sha256(owner.cookieToken())).orElseThrow();
  }

  private CartView viewOf(Cart cart) {
    Map<String, Purchasable> items =
        stock.purchasablesShown(cart.lines().stream().map(CartLine::sku).toList());
    List<CartLineView> lines = new ArrayList<>();
    long subtotal = 0;
    int count = 0;
    boolean ready = !cart.lines().isEmpty();
    for (CartLine line : cart.lines()) {
      Purchasable item = items.get(line.sku());
      LineState state = stateOf(item, line.quantity());
      ready &= state == LineState.OK;
      if (item == null) {
        lines.add(new CartLineView(line.sku(), null, null, Map.of(), null, null, line.quantity(),
            line.priceWhenAdded(), line.priceWhenAdded(), false, 0, 0, state));
        continue;
      }
      long lineTotal = item.priceVnd() * line.quantity();
      if (state == LineState.OK) {
        subtotal += lineTotal;
        count += line.quantity();
      }
      lines.add(new CartLineView(line.sku(), item.productSlug(), item.title(), item.options(),
          new ShopRef(item.shopSlug(), item.shopName()), item.thumbUrl(), line.quantity(),
          item.priceVnd(), line.priceWhenAdded(), item.priceVnd() != line.priceWhenAdded(),
          lineTotal, Math.max(0, item.available()), state));
    }
    return new CartView(lines, count, subtotal, ready);
  }

  static LineState stateOf(Purchasable item, int quantity) {
    if (item == null || !item.onSale()) {
      return LineState.UNAVAILABLE;
    }
    if (item.available() <= 0) {
      return LineState.SOLD_OUT;
    }
    return item.available() < quantity ? LineState.NOT_ENOUGH_STOCK : LineState.OK;
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
