package vn.langnghe.market.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.media.PictureAudience;

/**
 * A review photo is public while its review is shown; waiting for its review, or with a hidden
 * one, it is its uploader's only (and the officers').
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewPictures implements PictureAudience {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    List<Object[]> found = em.createQuery("select p.uploadedBy, p.reviewId from ReviewPhoto p"
            + " where p.imageId = :image", Object[].class)
        .setParameter("image", imageId)
        .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long uploader = (Long) found.get(0)[0];
    Long reviewId = (Long) found.get(0)[1];
    boolean shown = reviewId != null && !em.createQuery("select r.id from Review r where r.id = :id"
            + " and r.hiddenAt is null", Long.class)
        .setParameter("id", reviewId)
        .getResultList().isEmpty();
    return Optional.of(new Audience(shown, Set.of(uploader)));
  }
}
