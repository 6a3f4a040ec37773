package vn.langnghe.market.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import vn.langnghe.market.platform.Problems;

/** Accepts an image upload and serves its renditions. */
@ApplicationScoped
@Transactional
public class Images {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Checks and stores an image; refuses (400 naming {@code field}) anything that is not one. */
  public StoredImage store(byte[] bytes, Long uploadedBy, String field) {
    ImageInspector.Decoded decoded;
    try {
      decoded = ImageInspector.decode(bytes);
    } catch (ImageInspector.RejectedImageException e) {
      throw new Problems.InvalidInputException(field, e.getMessage());
    }
    StoredImage image = new StoredImage(decoded.format().mediaType, decoded.image().getWidth(),
        decoded.image().getHeight(), bytes.length, sha256(bytes), uploadedBy, clock.instant());
    em.persist(image);
    em.flush();
    for (ImageRendition.Size size : ImageRendition.Size.values()) {
      ImageInspector.Rendition rendition = ImageInspector.render(decoded.image(), size.longestSide);
      em.persist(new ImageRendition(image.id(), size, "image/jpeg", rendition.width(),
          rendition.height(), rendition.jpeg()));
    }
    return image;
  }

  public ImageRendition rendition(long imageId, ImageRendition.Size size) {
    ImageRendition rendition = em.find(ImageRendition.class, new ImageRendition.Key(imageId, size));
    if (rendition == null) {
      throw new Problems.NotFoundException("Image " + imageId);
    }
    return rendition;
  }

  public StoredImage image(long imageId) {
    StoredImage image = em.find(StoredImage.class, imageId);
    if (image == null) {
      throw new Problems.NotFoundException("Image " + imageId);
    }
    return image;
  }

  public static String url(long imageId, ImageRendition.Size size) {
    return "/api/images/" + imageId + "/" + size.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
