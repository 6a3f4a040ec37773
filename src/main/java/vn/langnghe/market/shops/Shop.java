package vn.langnghe.market.shops;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.platform.Problems;

/** An artisan's store. Its status changes only through the vetting methods. */
@Entity
@Table(name = "shop")
public class Shop extends vn.langnghe.market.platform.HelperMarked {

  public enum Status {
    PENDING,
    APPROVED,
    SUSPENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;
  private String description;

  @Column(name = "owner_account_id")
  private long ownerAccountId;

  @ManyToOne
  @JoinColumn(name = "village_id")
  private CraftVillage village;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "approved_at")
  private Instant approvedAt;

  /** Whether shoppers may pay this shop's parcels on delivery. */
  @Column(name = "accepts_cod")
  private boolean acceptsCod = true;

  /** The return policy: whether the shop takes back a piece the buyer simply no longer wants. */
  @Column(name = "accepts_changed_mind")
  private boolean acceptsChangedMind;

  /** A citizen ID or tax code ({@link TaxId}), for the withholding declaration; never public. */
  @Column(name = "tax_id")
  private String taxId;

  /** The artisan's own photo (a media image) and story, shown on the shop page. */
  @Column(name = "owner_photo_image_id")
  private Long ownerPhotoImageId;

  @Column(name = "owner_photo_key")
  private String ownerPhotoKey;

  @Column(name = "owner_story")
  private String ownerStory;

  /** Who stands behind the shop; null (no column set) until the owner declares it. */
  @Embedded private OwnerIdentity ownerIdentity;

  @Version private long version;

  protected Shop() {}

  public Shop(long ownerAccountId, String slug, String name, String description, CraftVillage village,
      Instant now) {
    this.ownerAccountId = ownerAccountId;
    this.slug = slug;
    this.status = Status.PENDING;
    this.createdAt = now;
    describe(name, description, village);
  }

  public void describe(String name, String description, CraftVillage village) {
    this.name = name;
    this.description = description;
    this.village = village;
  }

  /** Only a shop whose owner is identified and verified may be approved (Law 122/2025/QH15). */
  public void approve(Instant now) {
    if (status == Status.APPROVED) {
      throw new Problems.ConflictException("The shop is already approved.");
    }
    if (!ownerIdentity().isVerified()) {
      throw new Problems.ConflictException("identity", ownerIdentity().isDeclared()
          ? "The owner's identity is declared but not verified yet: verify it first."
          : "The owner has not declared their identity (name, address, citizen ID or tax code) yet.");
    }
    status = Status.APPROVED;
    statusReason = null;
    approvedAt = now;
  }

  public void suspend(String reason) {
    if (status == Status.SUSPENDED) {
      throw new Problems.ConflictException("The shop is already suspended.");
    }
    status = Status.SUSPENDED;
    statusReason = reason;
  }

  public void acceptCashOnDelivery(boolean accepts) {
    this.acceptsCod = accepts;
  }

  public boolean acceptsCashOnDelivery() {
    return acceptsCod;
  }

  public void acceptChangedMindReturns(boolean accepts) {
    this.acceptsChangedMind = accepts;
  }

  public boolean acceptsChangedMindReturns() {
    return acceptsChangedMind;
  }

  /** Null clears it; anything else must be a valid identity. */
  public void declareTaxId(String typed) {
    this.taxId = TaxId.normalised(typed);
  }

  public String taxId() {
    return taxId;
  }

  public void declareOwnerIdentity(OwnerIdentity.Declared declared, Instant now) {
    identityToChange().declare(declared, now);
  }

  public void showIdentityEvidence(long imageId, String accessKey) {
    identityToChange().showEvidence(imageId, accessKey);
  }

  public void verifyOwnerIdentity(long verifier, OwnerIdentity.Verification how, String note, Instant now) {
    identityToChange().verify(verifier, how, note, now);
  }

  /** Erases the owner's identity (their account was erased); answers the evidence image, if any. */
  public Long eraseOwnerIdentity() {
    return ownerIdentity == null ? null : ownerIdentity.erase();
  }

  /** The owner's identity; one declaring nothing when they have not declared it. */
  public OwnerIdentity ownerIdentity() {
    return ownerIdentity == null ? OwnerIdentity.none() : ownerIdentity;
  }

  /** Whether shoppers see "Người bán đã xác minh". */
  public boolean ownerVerified() {
    return ownerIdentity().isVerified();
  }

  private OwnerIdentity identityToChange() {
    if (ownerIdentity == null) {
      ownerIdentity = OwnerIdentity.none();
    }
    return ownerIdentity;
  }

  /** Null clears it. */
  public void tellStory(String story) {
    this.ownerStory = story == null || story.isBlank() ? null : story;
  }

  public void showOwnerPhoto(long imageId, String accessKey) {
    this.ownerPhotoImageId = imageId;
    this.ownerPhotoKey = accessKey;
  }

  public void removeOwnerPhoto() {
    this.ownerPhotoImageId = null;
    this.ownerPhotoKey = null;
  }

  public String ownerStory() {
    return ownerStory;
  }

  public Long ownerPhotoImageId() {
    return ownerPhotoImageId;
  }

  public String ownerPhotoKey() {
    return ownerPhotoKey;
  }

  public boolean isOwnedBy(long accountId) {
    return ownerAccountId == accountId;
  }

  public boolean maySell() {
    return status == Status.APPROVED;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public long ownerAccountId() {
    return ownerAccountId;
  }

  public CraftVillage village() {
    return village;
  }

  public Status status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public long version() {
    return version;
  }
}
