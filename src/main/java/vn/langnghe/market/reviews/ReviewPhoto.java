package vn.langnghe.market.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A picture a buyer uploaded for a review (media checked and stored it): waiting for its review,
 * then shown with it. Only its uploader may attach it, once.
 */
@Entity
@Table(name = "review_photo")
public class ReviewPhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "image_id")
  private long imageId;

  @Column(name = "image_key")
  private String imageKey;

  @Column(name = "uploaded_by")
  private long uploadedBy;

  @Column(name = "review_id")
  private Long reviewId;

  private int position;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ReviewPhoto() {}

  ReviewPhoto(long imageId, String imageKey, long uploadedBy, Instant createdAt) {
    this.imageId = imageId;
    this.imageKey = imageKey;
    this.uploadedBy = uploadedBy;
    this.createdAt = createdAt;
  }

  void attachTo(long review, int at) {
    reviewId = review;
    position = at;
  }

  void detach() {
    reviewId = null;
  }

  public long imageId() {
    return imageId;
  }

  public String imageKey() {
    return imageKey;
  }

  public long uploadedBy() {
    return uploadedBy;
  }

  public Long reviewId() {
    return reviewId;
  }

  public int position() {
    return position;
  }
}
