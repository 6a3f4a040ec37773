package vn.langnghe.market.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A picture of a product: a stored image in a position, with its alternative text. */
@Entity
@Table(name = "product_image")
public class ProductImage extends vn.langnghe.market.platform.HelperMarked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(name = "image_id")
  private long imageId;

  /** The image's address key (the image's own, copied here: it never changes). */
  @Column(name = "image_key")
  private String imageKey;

  private int position;

  @Column(name = "alt_text")
  private String altText;

  /** The upload's pixel size (the image's own, copied like its key): pages size the picture by it. */
  private Integer width;
  private Integer height;

  protected ProductImage() {}

  ProductImage(Product product, long imageId, String imageKey, int width, int height, int position,
      String altText) {
    this.product = product;
    this.width = width;
    this.height = height;
    this.imageId = imageId;
    this.imageKey = imageKey;
    this.position = position;
    this.altText = altText;
  }

  public Long id() {
    return id;
  }

  public long imageId() {
    return imageId;
  }

  public String imageKey() {
    return imageKey;
  }

  public int position() {
    return position;
  }

  public String altText() {
    return altText;
  }

  /** The upload's width in pixels; 0 for a picture whose size was never recorded. */
  public int width() {
    return width == null ? 0 : width;
  }

  public int height() {
    return height == null ? 0 : height;
  }
}
