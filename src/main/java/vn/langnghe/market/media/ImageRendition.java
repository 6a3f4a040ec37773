package vn.langnghe.market.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The bytes of one size of an image. Kept apart so listing images never loads bytes. */
@Entity
@Table(name = "image_rendition")
@IdClass(ImageRendition.Key.class)
public class ImageRendition {

  /**
   * The sizes we serve; the original upload is never served back as-is. Each fits its box without
   * growing the picture, except {@link #OG}: the link-preview card (Open Graph, Zalo, Facebook) is
   * exactly 1200×630, the picture cropped by at most a fifth and padded on white for the rest.
   */
  public enum Size {
    LARGE(1200, 1200, true),
    MEDIUM(800, 800, true),
    THUMB(400, 400, true),
    OG(1200, 630, false);

    final int boxWidth;
    final int boxHeight;
    /** Whether a WebP copy is made beside the JPEG (link previews take JPEG only). */
    final boolean webp;

    Size(int boxWidth, int boxHeight, boolean webp) {
      this.boxWidth = boxWidth;
      this.boxHeight = boxHeight;
      this.webp = webp;
    }

    /** The fitting sizes, smallest first, as a srcset lists them. */
    static final List<Size> RESPONSIVE = List.of(THUMB, MEDIUM, LARGE);

    boolean fitted() {
      return this != OG;
    }
  }

  /** A plain class, not a record: EclipseLink sets key fields by reflection. */
  public static class Key implements Serializable {
    private Long imageId;
    private Size size;
    private String contentType;

    public Key() {}

    public Key(Long imageId, Size size, String contentType) {
      this.imageId = imageId;
      this.size = size;
      this.contentType = contentType;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(imageId, key.imageId) && size == key.size
          && Objects.equals(contentType, key.contentType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(imageId, size, contentType);
    }
  }

  @Id
  @Column(name = "image_id")
  private Long imageId;

  @Id
  @Enumerated(EnumType.STRING)
  private Size size;

  @Id
  @Column(name = "content_type")
  private String contentType;

  private int width;
  private int height;
  private byte[] bytes;

  protected ImageRendition() {}

  ImageRendition(long imageId, Size size, String contentType, int width, int height, byte[] bytes) {
    this.imageId = imageId;
    this.size = size;
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.bytes = bytes;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] bytes() {
    return bytes;
  }

  public long imageId() {
    return imageId;
  }

  public Size size() {
    return size;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }
}
