package vn.langnghe.market.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.media.PictureAudience;
import vn.langnghe.market.shops.Shop;

/**
 * A product picture is public while one of its products is on sale (active, in an approved shop,
 * not hidden by an officer);
 * a draft's, an archived product's or an unapproved shop's picture is its artisan's only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProductPictures implements PictureAudience {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    List<Object[]> products = em.createQuery(
            "select p.status, s.status, s.ownerAccountId, p.hiddenAt from ProductImage i join i.product p"
                + " join p.shop s where i.imageId = :image", Object[].class)
        .setParameter("image", imageId)
        .getResultList();
    if (products.isEmpty()) {
      return Optional.empty();
    }
    boolean onSale = false;
    Set<Long> artisans = new HashSet<>();
    for (Object[] product : products) {
      onSale |= product[0] == Product.Status.ACTIVE && product[1] == Shop.Status.APPROVED
          && product[3] == null;
      artisans.add((Long) product[2]);
    }
    return Optional.of(new Audience(onSale, artisans));
  }
}
