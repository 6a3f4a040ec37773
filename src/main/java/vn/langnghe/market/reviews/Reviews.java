package vn.langnghe.market.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.ordering.PurchasedParts;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reviews.ReviewViews.EditRequest;
import vn.langnghe.market.reviews.ReviewViews.ModeratedReview;
import vn.langnghe.market.reviews.ReviewViews.OrderProductReview;
import vn.langnghe.market.reviews.ReviewViews.OrderReviews;
import vn.langnghe.market.reviews.ReviewViews.PhotoView;
import vn.langnghe.market.reviews.ReviewViews.ReplyView;
import vn.langnghe.market.reviews.ReviewViews.ReportLine;
import vn.langnghe.market.reviews.ReviewViews.ReportView;
import vn.langnghe.market.reviews.ReviewViews.ReviewPage;
import vn.langnghe.market.reviews.ReviewViews.ReviewRequest;
import vn.langnghe.market.reviews.ReviewViews.ReviewView;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * The review use cases, one transaction each: a buyer reviews what was delivered to them, edits it
 * for a while, the shop replies once, readers report, officers hide. Every change of what counts
 * moves the ratings in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Reviews {

  static final int MAX_PHOTOS = 5;
  static final String IDEMPOTENCY_SCOPE = "review";
  static final String REPLIED = "REVIEW_REPLIED";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PurchasedParts purchases;
  @Inject Catalog catalog;
  @Inject Shops shops;
  @Inject Accounts accounts;
  @Inject Images images;
  @Inject Ratings ratings;
  @Inject IdempotentRequests idempotency;
  @Inject Event<Notice> notices;

  /** How long after writing it the author may still change a review. */
  @Inject
  @ConfigProperty(name = "market.reviews.edit-window", defaultValue = "P30D")
  Duration editWindow;

  public record Created(ReviewView review, boolean replayed) {}

  /**
   * A review of one product of the buyer's order: only once its shop's part is delivered (422
   * before), once per product per shop order (409 again).
   */
  public Created create(Caller buyer, String orderNumber, ReviewRequest request, IdempotentRequests.Claim claim) {
    if (claim != null) {
      Optional<Long> earlier = idempotency.claim(claim);
      if (earlier.isPresent()) {
        return new Created(view(em.find(Review.class, earlier.get())), true);
      }
    }
    String sku = request.sku().trim();
    PurchasedParts.Part part = purchases.ofBuyer(buyer, orderNumber).stream()
        .filter(p -> request.shopOrderId() == null || p.shopOrderId() == request.shopOrderId())
        .filter(p -> p.line(sku).isPresent())
        .findFirst()
        .orElseThrow(() -> new Problems.InvalidInputException("sku", "is not in this order"));
    PurchasedParts.Line line = part.line(sku).orElseThrow();
    if (!part.delivered()) {
      throw new Problems.RefusedException("sku",
          "This part of the order has not been delivered; review it once it has arrived.");
    }
    boolean reviewed = !em.createQuery("select r.id from Review r where r.shopOrderId = :part"
            + " and r.productId = :product", Long.class)
        .setParameter("part", part.shopOrderId())
        .setParameter("product", line.productId())
        .getResultList().isEmpty();
    if (reviewed) {
      throw new Problems.ConflictException("sku",
          "This product of this order was already reviewed; edit that review instead.");
    }
    Review review = new Review(line.productId(), part.shopId(), part.shopOrderId(), orderNumber, sku,
        line.title(), buyer.accountId(), request.stars(), text(request.text()), clock.instant());
    em.persist(review);
    em.flush();
    attachPhotos(review, buyer, request.imageIds());
    ratings.count(review.productId(), review.shopId(), 1, review.stars());
    if (claim != null) {
      idempotency.remember(claim, review.id());
    }
    return new Created(view(review), false);
  }

  /** The author's change of stars, words or photos, within the edit window. */
  public ReviewView edit(Caller author, long reviewId, EditRequest request) {
    Review review = find(reviewId);
    int before = review.edit(author.accountId(), request.stars(), text(request.text()), editWindow,
        clock.instant());
    if (request.imageIds() != null) {
      attachPhotos(review, author, request.imageIds());
    }
    if (before != review.stars()) {
      ratings.count(review.productId(), review.shopId(), 0, review.stars() - before);
    }
    return view(review);
  }

  /** Stores a picture for a review the caller is about to write (media checks it first). */
  public PhotoView uploadPhoto(Caller buyer, byte[] bytes) {
    StoredImage image = images.store(bytes, buyer.accountId(), "file");
    ReviewPhoto photo = new ReviewPhoto(image.id(), image.accessKey(), buyer.accountId(), clock.instant());
    em.persist(photo);
    return photoView(photo);
  }

  /** The shop's one public answer; the reviewer hears of it. */
  public ReviewView reply(Caller artisan, long reviewId, String text) {
    Review review = find(reviewId);
    Optional<Shop> own = shops.findOwnedBy(artisan.accountId());
    if (own.isEmpty() || own.get().id() != review.shopId() || review.hidden()) {
      throw new Problems.NotFoundException("Review " + reviewId);
    }
    String answer = text(text);
    if (answer == null) {
      throw new Problems.InvalidInputException("text", "must not be blank");
    }
    review.reply(answer, clock.instant());
    String shopName = own.get().name();
    notices.fire(new Notice(review.authorAccountId(), REPLIED,
        shopName + " đã trả lời đánh giá của bạn",
        shopName + " đã trả lời đánh giá của bạn về sản phẩm \"" + review.productTitle() + "\":\n\n"
            + answer,
        "/order.html?number=" + review.orderNumber(),
        Map.of("shop", shopName, "product", review.productTitle(), "order", review.orderNumber()),
        artisan.accountId()));
    return view(review);
  }

  /** A reader's report; the same reader again changes nothing. */
  public ReportView report(Caller reader, long reviewId, String reason) {
    Review review = find(reviewId);
    if (review.hidden()) {
      throw new Problems.NotFoundException("Review " + reviewId);
    }
    boolean already = !em.createQuery("select r.id from ReviewReport r where r.reviewId = :review"
            + " and r.reporterAccountId = :reader", Long.class)
        .setParameter("review", reviewId)
        .setParameter("reader", reader.accountId())
        .getResultList().isEmpty();
    if (!already) {
      em.persist(new ReviewReport(reviewId, reader.accountId(), text(reason), clock.instant()));
      review.reported();
    }
    return new ReportView(reviewId, already, review.reportCount());
  }

  /** An officer takes a review off the pages and out of the ratings; again changes nothing. */
  public ModeratedReview hide(Caller officer, long reviewId, String reason) {
    Review review = find(reviewId);
    String why = text(reason);
    if (why == null) {
      throw new Problems.InvalidInputException("reason", "must not be blank");
    }
    if (review.hide(why, officer.accountId(), clock.instant())) {
      ratings.count(review.productId(), review.shopId(), -1, -review.stars());
    }
    return moderated(List.of(review)).get(0);
  }

  /** A product's shown reviews, newest first, with the shop's replies. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReviewPage ofProduct(String idOrSlug, Page.Request page) {
    long productId = catalog.product(idOrSlug).id();
    long total = em.createQuery("select count(r) from Review r where r.productId = :product"
            + " and r.hiddenAt is null", Long.class)
        .setParameter("product", productId)
        .getSingleResult();
    List<Review> found = em.createQuery("select r from Review r where r.productId = :product"
            + " and r.hiddenAt is null order by r.createdAt desc, r.id desc", Review.class)
        .setParameter("product", productId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    return new ReviewPage(total, page.page(), page.size(), views(found), ratings.ofProduct(productId));
  }

  /** Each product of the buyer's order, whether it may be reviewed, and the buyer's review of it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OrderReviews ofOrder(Caller buyer, String orderNumber) {
    List<PurchasedParts.Part> parts = purchases.ofBuyer(buyer, orderNumber);
    Map<String, Review> written = new HashMap<>();
    List<Review> reviews = em.createQuery("select r from Review r where r.orderNumber = :number"
            + " and r.authorAccountId = :buyer", Review.class)
        .setParameter("number", orderNumber)
        .setParameter("buyer", buyer.accountId())
        .getResultList();
    Map<Long, ReviewView> shown = new HashMap<>();
    views(reviews).forEach(v -> shown.put(v.id(), v));
    reviews.forEach(r -> written.put(r.shopOrderId() + "/" + r.productId(), r));
    List<OrderProductReview> items = new ArrayList<>();
    for (PurchasedParts.Part part : parts) {
      Set<Long> products = new LinkedHashSet<>();
      for (PurchasedParts.Line line : part.lines()) {
        if (products.add(line.productId())) {
          Review review = written.get(part.shopOrderId() + "/" + line.productId());
          items.add(new OrderProductReview(part.shopOrderId(), line.productId(), line.sku(), line.title(),
              part.delivered(), review == null ? null : shown.get(review.id())));
        }
      }
    }
    return new OrderReviews(orderNumber, items);
  }

  /** The artisan's shop's shown reviews, those still without a reply first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReviewView> ofOwnShop(Caller artisan, Page.Request page) {
    long shopId = shops.ownShop(artisan).id();
    long total = em.createQuery("select count(r) from Review r where r.shopId = :shop and r.hiddenAt is null",
            Long.class)
        .setParameter("shop", shopId)
        .getSingleResult();
    List<Review> found = em.createQuery("select r from Review r where r.shopId = :shop and r.hiddenAt is null"
            + " order by case when r.repliedAt is null then 0 else 1 end, r.createdAt desc, r.id desc", Review.class)
        .setParameter("shop", shopId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(total, page.page(), page.size(), views(found));
  }

  public enum Moderation { REPORTED, HIDDEN }

  /** For officers: reported reviews still shown (most reported first), or the hidden ones. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ModeratedReview> forOfficers(Moderation which, Page.Request page) {
    String where = which == Moderation.REPORTED
        ? " from Review r where r.reportCount > 0 and r.hiddenAt is null"
        : " from Review r where r.hiddenAt is not null";
    String order = which == Moderation.REPORTED
        ? " order by r.reportCount desc, r.createdAt, r.id"
        : " order by r.hiddenAt desc, r.id desc";
    long total = em.createQuery("select count(r)" + where, Long.class).getSingleResult();
    List<Review> found = em.createQuery("select r" + where + order, Review.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(total, page.page(), page.size(), moderated(found));
  }

  private Review find(long reviewId) {
    Review review = em.find(Review.class, reviewId);
    if (review == null) {
      throw new Problems.NotFoundException("Review " + reviewId);
    }
    return review;
  }

  /**
   * Makes exactly these photos the review's: each must be the author's own upload and not
   * another review's; photos left out go back to waiting.
   */
  private void attachPhotos(Review review, Caller author, List<Long> imageIds) {
    List<Long> wanted = imageIds == null ? List.of() : imageIds.stream().distinct().toList();
    if (wanted.size() > MAX_PHOTOS) {
      throw new Problems.InvalidInputException("imageIds", "at most " + MAX_PHOTOS + " photos");
    }
    Map<Long, ReviewPhoto> uploads = new HashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery("select p from ReviewPhoto p where p.imageId in :ids", ReviewPhoto.class)
          .setParameter("ids", wanted)
          .getResultList()
          .forEach(p -> uploads.put(p.imageId(), p));
    }
    for (Long imageId : wanted) {
      ReviewPhoto photo = uploads.get(imageId);
      if (photo == null || photo.uploadedBy() != author.accountId()
          || (photo.reviewId() != null && !photo.reviewId().equals(review.id()))) {
        throw new Problems.InvalidInputException("imageIds", "photo " + imageId + " is not one of your uploads");
      }
    }
    em.createQuery("select p from ReviewPhoto p where p.reviewId = :review", ReviewPhoto.class)
        .setParameter("review", review.id())
        .getResultList()
        .forEach(ReviewPhoto::detach);
    for (int i = 0; i < wanted.size(); i++) {
      uploads.get(wanted.get(i)).attachTo(review.id(), i);
    }
  }

  private ReviewView view(Review review) {
    return views(List.of(review)).get(0);
  }

  private List<ReviewView> views(List<Review> reviews) {
    if (reviews.isEmpty()) {
      return List.of();
    }
    List<Long> ids = reviews.stream().map(Review::id).toList();
    Map<Long, List<PhotoView>> photos = new HashMap<>();
    em.createQuery("select p from ReviewPhoto p where p.reviewId in :ids order by p.position", ReviewPhoto.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(p -> photos.computeIfAbsent(p.reviewId(), k -> new ArrayList<>()).add(photoView(p)));
    Map<Long, String> names = accounts.displayNames(
        reviews.stream().map(Review::authorAccountId).collect(Collectors.toSet()));
    return reviews.stream().map(r -> new ReviewView(r.id(), r.productId(), r.sku(), r.productTitle(),
            r.stars(), r.body(), shortName(names.get(r.authorAccountId())), r.createdAt(), r.editedAt(),
            r.editableUntil(editWindow), photos.getOrDefault(r.id(), List.of()),
            r.repliedAt() == null ? null : new ReplyView(r.replyText(), r.repliedAt())))
        .toList();
  }

  private List<ModeratedReview> moderated(List<Review> reviews) {
    List<ReviewView> views = views(reviews);
    Map<Long, List<ReportLine>> reports = new HashMap<>();
    Collection<Long> ids = reviews.stream().map(Review::id).toList();
    if (!ids.isEmpty()) {
      em.createQuery("select r.reviewId, r.reason, r.createdAt from ReviewReport r where r.reviewId in :ids"
              + " order by r.createdAt desc", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> reports.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
              .add(new ReportLine((String) row[1], (java.time.Instant) row[2])));
    }
    List<ModeratedReview> moderated = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      Review r = reviews.get(i);
      moderated.add(new ModeratedReview(views.get(i), r.shopId(), r.reportCount(),
          reports.getOrDefault(r.id(), List.of()), r.hiddenAt(), r.hiddenReason()));
    }
    return moderated;
  }

  private static PhotoView photoView(ReviewPhoto photo) {
    return new PhotoView(photo.imageId(), Images.url(photo.imageKey(), ImageRendition.Size.LARGE),
        Images.url(photo.imageKey(), ImageRendition.Size.THUMB));
  }

  /** "Nguyễn Thị Hoa" → "Hoa N.": enough to be a person, not enough to be found. */
  static String shortName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return "Người mua";
    }
    String[] words = displayName.trim().split("\\s+");
    if (words.length == 1) {
      return words[0];
    }
    return words[words.length - 1] + " " + words[0].codePoints().limit(1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
  }

  /** Clean text, trimmed; blank is none. */
  private static String text(String text) {
    String clean = CleanText.clean(text);
    return clean == null || clean.isBlank() ? null : clean.strip();
  }
}
