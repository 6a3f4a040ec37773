package vn.langnghe.market.ocop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.langnghe.market.platform.Problems;

/**
 * One OCOP certificate of one product as its artisan submitted it, and what an officer decided.
 * A product has at most one SUBMITTED and one VERIFIED certificate: a newer one REPLACES it.
 */
@Entity
@Table(name = "ocop_certificate")
public class OcopCertificate {

  public enum Status {
    SUBMITTED,
    VERIFIED,
    REJECTED,
    REPLACED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "submitted_by")
  private long submittedBy;

  @Column(name = "submitted_by_helper")
  private Long submittedByHelper;

  private int stars;
  private String number;
  private String issuer;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "photo_image_id")
  private Long photoImageId;

  @Column(name = "photo_key")
  private String photoKey;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "reject_reason")
  private String rejectReason;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version private long version;

  protected OcopCertificate() {}

  OcopCertificate(long productId, long shopId, long submittedBy, Long helper, int stars,
      String number, String issuer, LocalDate issuedOn, LocalDate expiresOn, Instant now) {
    this.productId = productId;
    this.shopId = shopId;
    this.submittedBy = submittedBy;
    this.submittedByHelper = helper;
    this.stars = stars;
    this.number = number;
    this.issuer = issuer;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
    this.status = Status.SUBMITTED;
    this.submittedAt = now;
  }

  void attachPhoto(long imageId, String accessKey) {
    requireStatus(Status.SUBMITTED, "Only a certificate waiting for an officer takes a photo.");
    photoImageId = imageId;
    photoKey = accessKey;
  }

  /** An officer found it genuine: from now on it gives the product its badge until it expires. */
  void verify(long officer, LocalDate today, Instant now) {
    requireStatus(Status.SUBMITTED, "Only a submitted certificate can be verified.");
    if (issuedOn == null || expiresOn == null || issuer == null) {
      throw new Problems.ConflictException("expiresOn",
          "This certificate was carried over from typed stars without its dates and issuer;"
              + " the artisan must submit it again.");
    }
    if (!OcopRules.isValidOn(expiresOn, today)) {
      throw new Problems.ConflictException("expiresOn", "The certificate has expired.");
    }
    status = Status.VERIFIED;
    decidedBy = officer;
    decidedAt = now;
  }

  /** An officer refuses a submitted certificate, or withdraws a verified one, saying why. */
  void reject(long officer, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new Problems.InvalidInputException("reason", "say why the certificate is rejected");
    }
    if (status != Status.SUBMITTED && status != Status.VERIFIED) {
      throw new Problems.ConflictException("Only a submitted or verified certificate can be rejected.");
    }
    status = Status.REJECTED;
    decidedBy = officer;
    decidedAt = now;
    rejectReason = reason;
  }

  void replace() {
    status = Status.REPLACED;
  }

  void expire() {
    requireStatus(Status.VERIFIED, "Only a verified certificate expires.");
    status = Status.EXPIRED;
  }

  void reminded(Instant now) {
    remindedAt = now;
  }

  private void requireStatus(Status wanted, String detail) {
    if (status != wanted) {
      throw new Problems.ConflictException(detail + " This one is " + status + ".");
    }
  }

  public Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public long shopId() {
    return shopId;
  }

  public long submittedBy() {
    return submittedBy;
  }

  public Long submittedByHelper() {
    return submittedByHelper;
  }

  public int stars() {
    return stars;
  }

  public String number() {
    return number;
  }

  public String issuer() {
    return issuer;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Long photoImageId() {
    return photoImageId;
  }

  public String photoKey() {
    return photoKey;
  }

  public Status status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String rejectReason() {
    return rejectReason;
  }

  public Instant remindedAt() {
    return remindedAt;
  }
}
