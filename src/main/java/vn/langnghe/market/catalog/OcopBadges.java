package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.Problems;

/**
 * The only writer of a product's OCOP badge ({@code product.ocop_stars}): the OCOP component
 * calls it when an officer verifies a certificate and when one expires or is withdrawn. Each
 * change is announced on the outbox in the same transaction, so the search index (facet, boost)
 * follows, and the reports read the column itself.
 */
@ApplicationScoped
@Transactional
public class OcopBadges {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Outbox outbox;

  /** The product shows {@code stars} (3 to 5) of certificate {@code number} through {@code expiresOn}. */
  public void show(long productId, int stars, String number, LocalDate expiresOn) {
    Product product = product(productId);
    product.showOcopBadge(stars, number, expiresOn, clock.instant());
    announce(product);
  }

  /** The product shows no OCOP badge any more; nothing happens when it showed none. */
  public void clear(long productId) {
    Product product = product(productId);
    if (product.ocopStarsOn(LocalDate.MIN) == 0 && product.ocopExpiresOn() == null) {
      return;
    }
    product.clearOcopBadge(clock.instant());
    announce(product);
  }

  private Product product(long productId) {
    Product product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
    if (product == null) {
      throw new Problems.NotFoundException("Product " + productId);
    }
    return product;
  }

  private void announce(Product product) {
    em.flush();
    outbox.announce(Outbox.PRODUCT, product.id());
  }
}
