package vn.langnghe.market.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.Problems;

/**
 * Accepts an image upload and serves its renditions. At most a few pictures are decoded at once
 * (each may take up to {@link ImageInspector#DECODE_BUDGET_BYTES}), and each account has a daily
 * upload quota.
 */
@ApplicationScoped
@Transactional
public class Images {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject @Any Instance<PictureAudience> audiences;

  @Inject
  @ConfigProperty(name = "market.images.concurrent-decodes", defaultValue = "2")
  int concurrentDecodes;

  /** How long an upload waits for a decoding slot before it is answered 503. */
  @Inject
  @ConfigProperty(name = "market.images.decode-wait", defaultValue = "PT3S")
  Duration decodeWait;

  @Inject
  @ConfigProperty(name = "market.images.daily-uploads", defaultValue = "200")
  long dailyUploads;

  @Inject
  @ConfigProperty(name = "market.images.daily-upload-bytes", defaultValue = "268435456")
  long dailyUploadBytes;

  private Semaphore decodeSlots;

  @PostConstruct
  void init() {
    decodeSlots = new Semaphore(Math.max(1, concurrentDecodes), true);
  }

  private record Prepared(ImageInspector.Format format, int width, int height,
      Map<ImageRendition.Size, ImageInspector.Rendition> renditions) {}

  /** Checks and stores an image; refuses (400 naming {@code field}) anything that is not one. */
  public StoredImage store(byte[] bytes, Long uploadedBy, String field) {
    if (uploadedBy != null) {
      checkQuota(uploadedBy, bytes.length);
    }
    Prepared prepared = decodeAndRender(bytes, field);
    StoredImage image = new StoredImage(prepared.format().mediaType, prepared.width(),
        prepared.height(), bytes.length, sha256(bytes), uploadedBy, clock.instant());
    em.persist(image);
    em.flush();
    prepared.renditions().forEach((size, rendition) ->
        em.persist(new ImageRendition(image.id(), size, "image/jpeg", rendition.width(),
            rendition.height(), rendition.jpeg())));
    return image;
  }

  private void checkQuota(long account, int bytes) {
    Object[] today = em.createQuery(
            "select count(i), coalesce(sum(i.byteSize), 0) from StoredImage i"
                + " where i.uploadedBy = :account and i.createdAt > :since", Object[].class)
        .setParameter("account", account)
        .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
        .getSingleResult();
    new UploadQuota(dailyUploads, dailyUploadBytes)
        .check(((Number) today[0]).longValue(), ((Number) today[1]).longValue(), bytes);
  }

  /** Decoding and rendering hold one of the few slots, so parallel uploads cannot pile up memory. */
  private Prepared decodeAndRender(byte[] bytes, String field) {
    boolean acquired;
    try {
      acquired = decodeSlots.tryAcquire(decodeWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImagesBusyException();
    }
    if (!acquired) {
      throw new ImagesBusyException();
    }
    try {
      ImageInspector.Decoded decoded = ImageInspector.decode(bytes);
      Map<ImageRendition.Size, ImageInspector.Rendition> renditions =
          new EnumMap<>(ImageRendition.Size.class);
      for (ImageRendition.Size size : ImageRendition.Size.values()) {
        renditions.put(size, ImageInspector.render(decoded.image(), size.longestSide));
      }
      return new Prepared(decoded.format(), decoded.width(), decoded.height(), renditions);
    } catch (ImageInspector.RejectedImageException e) {
      throw new Problems.InvalidInputException(field, e.getMessage());
    } finally {
      decodeSlots.release();
    }
  }

  /** A rendition as one caller may see it, and whether everyone may (then it may be cached). */
  public record Picture(ImageRendition rendition, boolean isPublic) {}

  /**
   * The picture under {@code key}, if {@code caller} (null: anonymous) may see it: everyone may see
   * a picture one of its owners shows publicly; otherwise only the accounts they name, the uploader
   * and officers. Anyone else is told it does not exist.
   */
  public Picture picture(String key, ImageRendition.Size size, Caller caller) {
    List<StoredImage> found = em.createQuery(
            "select i from StoredImage i where i.accessKey = :key", StoredImage.class)
        .setParameter("key", key)
        .getResultList();
    if (found.isEmpty()) {
      throw new Problems.NotFoundException("Picture " + key);
    }
    StoredImage image = found.get(0);
    boolean everyone = false;
    Set<Long> accounts = new HashSet<>();
    if (image.uploadedBy() != null) {
      accounts.add(image.uploadedBy());
    }
    for (PictureAudience owner : audiences) {
      Optional<PictureAudience.Audience> audience = owner.audienceOf(image.id());
      if (audience.isPresent()) {
        everyone |= audience.get().everyone();
        accounts.addAll(audience.get().accounts());
      }
    }
    boolean mayView = everyone || (caller != null && (accounts.contains(caller.accountId())
        || caller.has(Role.OFFICER) || caller.has(Role.ADMIN)));
    ImageRendition rendition =
        mayView ? em.find(ImageRendition.class, new ImageRendition.Key(image.id(), size)) : null;
    if (rendition == null) {
      throw new Problems.NotFoundException("Picture " + key);
    }
    return new Picture(rendition, everyone);
  }

  /** Whether this image exists and was uploaded by this account (what a form may attach). */
  public boolean uploadedBy(long imageId, long accountId) {
    StoredImage image = em.find(StoredImage.class, imageId);
    return image != null && image.uploadedBy() != null && image.uploadedBy() == accountId;
  }

  /** The small rendition's address of each of these images, by id. */
  public java.util.Map<Long, String> thumbnails(java.util.Collection<Long> imageIds) {
    java.util.Map<Long, String> urls = new java.util.LinkedHashMap<>();
    if (imageIds.isEmpty()) {
      return urls;
    }
    em.createQuery("select i from StoredImage i where i.id in :ids", StoredImage.class)
        .setParameter("ids", java.util.List.copyOf(imageIds))
        .getResultStream()
        .forEach(i -> urls.put(i.id(), url(i.accessKey(), ImageRendition.Size.THUMB)));
    return urls;
  }

  public static String url(String key, ImageRendition.Size size) {
    return "/api/media/" + key + "/" + size.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
