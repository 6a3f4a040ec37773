package vn.langnghe.market.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** An accepted image: what it was, not its bytes (those are in its renditions). */
@Entity
@Table(name = "image")
public class StoredImage {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type")
  private String contentType;

  private int width;
  private int height;

  @Column(name = "byte_size")
  private int byteSize;

  private String sha256;

  /** The random part of the image's address: unlike the id, it cannot be guessed or walked. */
  @Column(name = "access_key")
  private String accessKey;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected StoredImage() {}

  StoredImage(String contentType, int width, int height, int byteSize, String sha256, Long uploadedBy,
      Instant createdAt) {
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.byteSize = byteSize;
    this.sha256 = sha256;
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    this.accessKey = HexFormat.of().formatHex(key);
    this.uploadedBy = uploadedBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public String accessKey() {
    return accessKey;
  }

  public Long uploadedBy() {
    return uploadedBy;
  }

  public String sha256() {
    return sha256;
  }
}
