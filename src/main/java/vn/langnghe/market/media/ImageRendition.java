package vn.langnghe.market.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The bytes of one size of an image. Kept apart so listing images never loads bytes. */
@Entity
@Table(name = "image_rendition")
@IdClass(ImageRendition.Key.class)
public class ImageRendition {

  /** The sizes we serve; the original upload is never served back as-is. */
  public enum Size {
    LARGE(1200),
    THUMB(400);

    final int longestSide;

    Size(int longestSide) {
      this.longestSide = longestSide;
    }
  }

  /** A plain class, not a record: EclipseLink sets key fields by reflection. */
  public static class Key implements Serializable {
    private Long imageId;
    private Size size;

    public Key() {}

    public Key(Long imageId, Size size) {
      this.imageId = imageId;
      this.size = size;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(imageId, key.imageId) && size == key.size;
    }

    @Override
    public int hashCode() {
      return Objects.hash(imageId, size);
    }
  }

  @Id
  @Column(name = "image_id")
  private Long imageId;

  @Id
  @Enumerated(EnumType.STRING)
  private Size size;

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
}
