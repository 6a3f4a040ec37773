package vn.langnghe.market.shops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.media.PictureAudience;

/**
 * An artisan's photo is public while their shop may sell; before approval it is theirs alone. The
 * photo of the owner's identity papers is never public: the owner, officers and the digital helpers
 * of the shop's commune see it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShopPictures implements PictureAudience {

  @PersistenceContext EntityManager em;
  @Inject OwnerIdentities identities;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    Optional<Audience> photo = em.createQuery(
            "select s from Shop s where s.ownerPhotoImageId = :image", Shop.class)
        .setParameter("image", imageId)
        .getResultStream()
        .findFirst()
        .map(shop -> new Audience(shop.maySell(), Set.of(shop.ownerAccountId())));
    return photo.isPresent() ? photo : evidenceOf(imageId)
        .map(shop -> new Audience(false, Set.of(shop.ownerAccountId())));
  }

  @Override
  public boolean admits(long imageId, Caller caller) {
    return evidenceOf(imageId)
        .filter(shop -> identities.helperCovers(caller, OwnerIdentities.communeCode(shop)))
        .isPresent();
  }

  private Optional<Shop> evidenceOf(long imageId) {
    return em.createQuery(
            "select s from Shop s where s.ownerIdentity.evidenceImageId = :image", Shop.class)
        .setParameter("image", imageId)
        .getResultStream()
        .findFirst();
  }
}
