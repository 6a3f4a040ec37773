package vn.langnghe.market.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the review endpoints. */
public final class ReviewViews {

  private ReviewViews() {}

  /** A buyer's review of one product of a delivered order ({@code shopOrderId} optional: the SKU finds it). */
  public record ReviewRequest(
      @Positive Long shopOrderId,
      @NotBlank @Size(max = 40) String sku,
      @NotNull @Min(1) @Max(5) Integer stars,
      @Size(max = 4000) String text,
      @Size(max = Reviews.MAX_PHOTOS) List<@NotNull @Positive Long> imageIds) {}

  /** The author's edit; {@code imageIds} absent keeps the photos, present replaces them. */
  public record EditRequest(
      @NotNull @Min(1) @Max(5) Integer stars,
      @Size(max = 4000) String text,
      @Size(max = Reviews.MAX_PHOTOS) List<@NotNull @Positive Long> imageIds) {}

  public record ReplyRequest(@NotBlank @Size(max = 2000) String text) {}

  public record ReportRequest(@Size(max = 500) String reason) {}

  public record HideRequest(@NotBlank @Size(max = 500) String reason) {}

  public record PhotoView(long imageId, String url, String thumbUrl) {}

  public record ReplyView(String text, Instant at) {}

  /** A review as anyone reads it; the author's name shortened ("Hoa N."). */
  public record ReviewView(long id, long productId, String sku, String productTitle, int stars,
      String text, String authorName, Instant createdAt, Instant editedAt, Instant editableUntil,
      List<PhotoView> photos, ReplyView reply) {}

  /** A product's reviews, newest first, with its rating. */
  public record ReviewPage(long total, int page, int size, List<ReviewView> items, Rating rating) {}

  /** One product of a buyer's order: reviewable once its part is delivered, and its review if written. */
  public record OrderProductReview(long shopOrderId, long productId, String sku, String title,
      boolean delivered, ReviewView review) {}

  public record OrderReviews(String orderNumber, List<OrderProductReview> items) {}

  public record ReportView(long reviewId, boolean alreadyReported, int reportCount) {}

  public record ReportLine(String reason, Instant at) {}

  /** What officers see: the review, its reports, and whether and why it was hidden. */
  public record ModeratedReview(ReviewView review, long shopId, int reportCount, List<ReportLine> reports,
      Instant hiddenAt, String hiddenReason) {}
}
