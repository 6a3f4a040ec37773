package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.Problems;

/**
 * An officer's takedown of one listing, as the catalogue carries it out: the product leaves the
 * storefront, the cart and (through the outbox) the search, and its artisan still sees it with
 * the reason. Which reports led to it, and the artisan's answer, belong to the listings component.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ListingVisibility {

  /** A listing as moderation sees it. */
  public record ListingRef(long id, String slug, String title, long shopId, String shopSlug,
      String shopName, long ownerAccountId, String status, boolean onSale, Instant hiddenAt,
      String hiddenReason) {

    static ListingRef of(Product p) {
      return new ListingRef(p.id(), p.slug(), p.title(), p.shop().id(), p.shop().slug(),
          p.shop().name(), p.shop().ownerAccountId(), p.status().name(), p.isOnSale(), p.hiddenAt(),
          p.hiddenReason());
    }
  }

  @PersistenceContext EntityManager em;
  @Inject Catalog catalog;
  @Inject Clock clock;
  @Inject Outbox outbox;

  /** A listing the public sees now (on sale), by id or slug; anything else is "not found". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ListingRef shownListing(String idOrSlug) {
    Product product = catalog.findByIdOrSlug(idOrSlug);
    if (product == null || !product.isOnSale()) {
      throw new Problems.NotFoundException("Product " + idOrSlug);
    }
    return ListingRef.of(product);
  }

  /** Any listing, whatever its state (an officer's look-up). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ListingRef listing(long productId) {
    return ListingRef.of(product(productId));
  }

  /** The artisan's own listing; someone else's is "not found". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ListingRef ownListing(Caller artisan, long productId) {
    Product product = em.find(Product.class, productId);
    if (product == null || !product.shop().isOwnedBy(artisan.accountId())) {
      throw new Problems.NotFoundException("Product " + productId);
    }
    return ListingRef.of(product);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ListingRef> listings(Collection<Long> productIds) {
    Map<Long, ListingRef> found = new HashMap<>();
    if (productIds.isEmpty()) {
      return found;
    }
    em.createQuery("select p from Product p join fetch p.shop where p.id in :ids", Product.class)
        .setParameter("ids", List.copyOf(productIds))
        .getResultList()
        .forEach(p -> found.put(p.id(), ListingRef.of(p)));
    return found;
  }

  public ListingRef hide(long productId, String reason) {
    Product product = product(productId);
    product.hideByOfficer(reason, clock.instant());
    return changed(product);
  }

  public ListingRef restore(long productId) {
    Product product = product(productId);
    product.restoreByOfficer(clock.instant());
    return changed(product);
  }

  private ListingRef changed(Product product) {
    em.flush();
    outbox.announce(Outbox.PRODUCT, product.id());
    return ListingRef.of(product);
  }

  private Product product(long productId) {
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new Problems.NotFoundException("Product " + productId);
    }
    return product;
  }
}
