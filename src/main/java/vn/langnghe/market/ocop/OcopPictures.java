package vn.langnghe.market.ocop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.media.PictureAudience;

/**
 * A certificate's photo is its artisan's (and the officers') until an officer verifies the
 * certificate; a verified certificate's photo is public, as the paper itself is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OcopPictures implements PictureAudience {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    List<OcopCertificate> certificates = em.createQuery(
            "select c from OcopCertificate c where c.photoImageId = :image", OcopCertificate.class)
        .setParameter("image", imageId)
        .getResultList();
    if (certificates.isEmpty()) {
      return Optional.empty();
    }
    boolean verified = false;
    Set<Long> artisans = new HashSet<>();
    for (OcopCertificate c : certificates) {
      verified |= c.status() == OcopCertificate.Status.VERIFIED;
      artisans.add(c.submittedBy());
    }
    return Optional.of(new Audience(verified, artisans));
  }
}
