package vn.langnghe.market.shops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.media.PictureAudience;

/** An artisan's photo is public while their shop may sell; before approval it is theirs alone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShopPictures implements PictureAudience {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    List<Shop> shops = em.createQuery("select s from Shop s where s.ownerPhotoImageId = :image", Shop.class)
        .setParameter("image", imageId)
        .getResultList();
    return shops.stream().findFirst()
        .map(shop -> new Audience(shop.maySell(), Set.of(shop.ownerAccountId())));
  }
}
