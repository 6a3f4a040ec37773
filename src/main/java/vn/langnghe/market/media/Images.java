package vn.langnghe.market.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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

  static final String JPEG = "image/jpeg";
  static final String WEBP = "image/webp";

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

  /** One encoded rendition, ready to store. */
  record Encoded(ImageRendition.Size size, String contentType, int width, int height, byte[] bytes) {}

  private record Prepared(ImageInspector.Format format, int width, int height, List<Encoded> renditions) {}

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
    prepared.renditions().forEach(r -> em.persist(new ImageRendition(image.id(), r.size(),
        r.contentType(), r.width(), r.height(), r.bytes())));
    return image;
  }

  /**
   * The renditions of {@code sizes} drawn from {@code source}: a JPEG of each and, where WebP can
   * be made here, a WebP beside each size that takes one.
   */
  static List<Encoded> render(BufferedImage source, Collection<ImageRendition.Size> sizes) {
    List<Encoded> encoded = new ArrayList<>();
    for (ImageRendition.Size size : sizes) {
      BufferedImage drawn = size.fitted()
          ? ImageInspector.fit(source, size.boxWidth, size.boxHeight)
          : ImageInspector.card(source, size.boxWidth, size.boxHeight);
      encoded.add(new Encoded(size, JPEG, drawn.getWidth(), drawn.getHeight(), ImageInspector.jpeg(drawn)));
      if (size.webp) {
        WebPEncoder.encode(drawn).ifPresent(webp ->
            encoded.add(new Encoded(size, WEBP, drawn.getWidth(), drawn.getHeight(), webp)));
      }
    }
    return encoded;
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
      return new Prepared(decoded.format(), decoded.width(), decoded.height(),
          render(decoded.image(), EnumSet.allOf(ImageRendition.Size.class)));
    } catch (ImageInspector.RejectedImageException e) {
      throw new Problems.InvalidInputException(field, e.getMessage());
    } finally {
      decodeSlots.release();
    }
  }

  /**
   * A rendition as one caller may see it, whether everyone may (then it may be cached), and
   * whether it is the one asked for: a size an older image does not have yet (see
   * {@link RenditionBackfill}) is answered meanwhile with its large JPEG.
   */
  public record Picture(ImageRendition rendition, boolean isPublic, boolean exact) {}

  /**
   * The picture under {@code key}, if {@code caller} (null: anonymous) may see it: everyone may see
   * a picture one of its owners shows publicly; otherwise only the accounts they name, the uploader
   * and officers. Anyone else is told it does not exist.
   */
  public Picture picture(String key, ImageRendition.Size size, boolean webp, Caller caller) {
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
        || caller.has(Role.OFFICER) || caller.has(Role.ADMIN)
        || audiences.stream().anyMatch(a -> a.admits(image.id(), caller))));
    if (!mayView) {
      throw new Problems.NotFoundException("Picture " + key);
    }
    ImageRendition rendition =
        em.find(ImageRendition.class, new ImageRendition.Key(image.id(), size, webp ? WEBP : JPEG));
    boolean exact = rendition != null;
    if (rendition == null) {
      rendition = em.find(ImageRendition.class,
          new ImageRendition.Key(image.id(), ImageRendition.Size.LARGE, JPEG));
    }
    if (rendition == null) {
      throw new Problems.NotFoundException("Picture " + key);
    }
    return new Picture(rendition, everyone, exact);
  }

  /**
   * Draws the sizes added since an image was stored (MEDIUM, OG and the WebP copies) from its
   * LARGE rendition, for at most {@code batch} images; answers how many it drew. The upload itself
   * is not kept, so these come from the 1200-pixel JPEG: enough for every size below it.
   */
  public int backfillRenditions(int batch) {
    List<ImageRendition> larges = em.createQuery(
            "select r from ImageRendition r where r.size = :large and r.contentType = :jpeg"
                + " and not exists (select m from ImageRendition m where m.imageId = r.imageId"
                + " and m.size = :medium) order by r.imageId", ImageRendition.class)
        .setParameter("large", ImageRendition.Size.LARGE)
        .setParameter("jpeg", JPEG)
        .setParameter("medium", ImageRendition.Size.MEDIUM)
        .setMaxResults(batch)
        .getResultList();
    for (ImageRendition large : larges) {
      Set<ImageRendition.Key> present = new HashSet<>(em.createQuery(
              "select r.size, r.contentType from ImageRendition r where r.imageId = :id", Object[].class)
          .setParameter("id", large.imageId())
          .getResultStream()
          .map(row -> new ImageRendition.Key(large.imageId(), (ImageRendition.Size) row[0], (String) row[1]))
          .toList());
      for (Encoded r : renderOwnJpeg(large.bytes())) {
        if (present.add(new ImageRendition.Key(large.imageId(), r.size(), r.contentType()))) {
          em.persist(new ImageRendition(large.imageId(), r.size(), r.contentType(), r.width(),
              r.height(), r.bytes()));
        }
      }
    }
    return larges.size();
  }

  /**
   * Every size drawn from a JPEG we encoded ourselves (never a stranger's upload), within a
   * decoding slot like an upload: waits for one, as nobody waits on the backfill.
   */
  private List<Encoded> renderOwnJpeg(byte[] jpeg) {
    try {
      decodeSlots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImagesBusyException();
    }
    try {
      return render(ImageIO.read(new ByteArrayInputStream(jpeg)), EnumSet.allOf(ImageRendition.Size.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      decodeSlots.release();
    }
  }

  /** Deletes an image and its renditions (a private document whose owner's data was erased). */
  public void forget(long imageId) {
    em.createQuery("delete from ImageRendition r where r.imageId = :id").setParameter("id", imageId)
        .executeUpdate();
    em.createQuery("delete from StoredImage i where i.id = :id").setParameter("id", imageId)
        .executeUpdate();
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

  /** The address of a size of a picture, as JPEG (what every browser and link preview takes). */
  public static String url(String key, ImageRendition.Size size) {
    return "/api/media/" + key + "/" + size.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The address of a size of a picture as WebP (for {@code <source type="image/webp">}). */
  public static String webpUrl(String key, ImageRendition.Size size) {
    return url(key, size) + ".webp";
  }

  /** The link-preview card (exactly 1200×630 JPEG), for {@code og:image} and {@code twitter:image}. */
  public static String ogUrl(String key) {
    return url(key, ImageRendition.Size.OG);
  }

  /**
   * The JPEG sizes of a picture whose upload was {@code width}×{@code height}, smallest first, each
   * with its real width ({@code "/api/media/k/thumb 400w, /api/media/k/medium 800w, …"}), for an
   * {@code <img srcset>}. A small upload (never enlarged) lists each distinct width once.
   */
  public static String srcset(String key, int width, int height) {
    return srcset(key, width, height, false);
  }

  /** As {@link #srcset} but the WebP copies; null where this server cannot make WebP. */
  public static String webpSrcset(String key, int width, int height) {
    return WebPEncoder.available() ? srcset(key, width, height, true) : null;
  }

  /**
   * What a page needs to show one size of a picture without layout shift: its address, the JPEG
   * and WebP srcsets (webpSrcset null where WebP cannot be made here) and that size's width and
   * height (for the {@code <img>}'s width and height attributes).
   */
  public record Responsive(String src, String srcset, String webpSrcset, int width, int height) {}

  /** {@link Responsive} for {@code size} of the picture under {@code key} uploaded at width×height. */
  public static Responsive responsive(String key, int width, int height, ImageRendition.Size size) {
    int[] drawn = renditionSize(width, height, size);
    return new Responsive(url(key, size), srcset(key, width, height), webpSrcset(key, width, height),
        drawn[0], drawn[1]);
  }

  /**
   * The width and height of a size of a picture whose upload was {@code width}×{@code height}
   * (unknown, 0: taken as filling the size's box).
   */
  public static int[] renditionSize(int width, int height, ImageRendition.Size size) {
    if (width <= 0 || height <= 0) {
      return new int[] {size.boxWidth, size.boxHeight};
    }
    return size.fitted()
        ? ImageInspector.fittedSize(width, height, size.boxWidth, size.boxHeight)
        : new int[] {size.boxWidth, size.boxHeight};
  }

  private static String srcset(String key, int width, int height, boolean webp) {
    StringJoiner candidates = new StringJoiner(", ");
    int previous = 0;
    for (ImageRendition.Size size : ImageRendition.Size.RESPONSIVE) {
      int drawn = renditionSize(width, height, size)[0];
      if (drawn > previous) {
        candidates.add((webp ? webpUrl(key, size) : url(key, size)) + " " + drawn + "w");
        previous = drawn;
      }
    }
    return candidates.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
