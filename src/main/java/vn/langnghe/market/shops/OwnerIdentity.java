package vn.langnghe.market.shops;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * Who stands behind a shop (Law 122/2025/QH15: sellers are identified before they sell): the
 * owner's name and address, a citizen ID or a tax code, optionally the household business's
 * registration number, a private evidence photo, and who verified it, when and how. VNeID cannot
 * be reached from here, so an officer or the commune's digital helper verifies it in person or
 * from the document photo. Any change to what was declared undoes the verification.
 */
@Embeddable
public class OwnerIdentity {

  /** How the identity was verified. */
  public enum Verification {
    IN_PERSON,
    DOCUMENT_PHOTO
  }

  /** What the owner declares; the numbers already checked ({@link TaxId}). */
  public record Declared(String ownerName, String citizenId, String taxCode, String address,
      String householdRegistration) {}

  @Column(name = "owner_name")
  private String ownerName;

  @Column(name = "owner_citizen_id")
  private String citizenId;

  @Column(name = "owner_tax_code")
  private String taxCode;

  @Column(name = "owner_address")
  private String address;

  @Column(name = "owner_household_registration")
  private String householdRegistration;

  @Column(name = "identity_declared_at")
  private Instant declaredAt;

  @Column(name = "identity_evidence_image_id")
  private Long evidenceImageId;

  @Column(name = "identity_evidence_key")
  private String evidenceKey;

  @Column(name = "identity_verified_at")
  private Instant verifiedAt;

  @Column(name = "identity_verified_by")
  private Long verifiedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "identity_verification")
  private Verification verification;

  @Column(name = "identity_verification_note")
  private String verificationNote;

  protected OwnerIdentity() {}

  static OwnerIdentity none() {
    return new OwnerIdentity();
  }

  /**
   * Records what the owner declares. The same declaration again changes nothing; a different one
   * is no longer verified.
   */
  void declare(Declared declared, Instant now) {
    if (declared.citizenId() == null && declared.taxCode() == null) {
      throw new Problems.InvalidInputException("citizenId", "give a citizen ID or a tax code");
    }
    if (declared.equals(declared())) {
      return;
    }
    ownerName = declared.ownerName();
    citizenId = declared.citizenId();
    taxCode = declared.taxCode();
    address = declared.address();
    householdRegistration = declared.householdRegistration();
    declaredAt = now;
    unverify();
  }

  /**
   * A new evidence photo; a verification made from the old photo no longer stands (one made in
   * person does).
   */
  void showEvidence(long imageId, String accessKey) {
    if (!isDeclared()) {
      throw new Problems.ConflictException("identity", "Declare the owner's identity first.");
    }
    evidenceImageId = imageId;
    evidenceKey = accessKey;
    if (verification == Verification.DOCUMENT_PHOTO) {
      unverify();
    }
  }

  void verify(long verifierAccountId, Verification how, String note, Instant now) {
    if (!isDeclared()) {
      throw new Problems.ConflictException("identity",
          "The owner has not declared their identity yet: nothing to verify.");
    }
    if (how == Verification.DOCUMENT_PHOTO && evidenceImageId == null) {
      throw new Problems.ConflictException("method",
          "No document photo was uploaded: verify in person, or ask the owner for the photo.");
    }
    verifiedAt = now;
    verifiedBy = verifierAccountId;
    verification = how;
    verificationNote = note;
  }

  /**
   * The owner's account was erased: their name, address, numbers, evidence and the note about
   * them go; the facts that the shop was verified (when, by whom, how) stay, as the operator's
   * record of having identified its sellers. Answers the evidence image to delete, if any.
   */
  Long erase() {
    Long evidence = evidenceImageId;
    ownerName = null;
    citizenId = null;
    taxCode = null;
    address = null;
    householdRegistration = null;
    evidenceImageId = null;
    evidenceKey = null;
    verificationNote = null;
    return evidence;
  }

  private void unverify() {
    verifiedAt = null;
    verifiedBy = null;
    verification = null;
    verificationNote = null;
  }

  private Declared declared() {
    return new Declared(ownerName, citizenId, taxCode, address, householdRegistration);
  }

  public boolean isDeclared() {
    return declaredAt != null && ownerName != null && (citizenId != null || taxCode != null);
  }

  /** Declared and verified: the shop may be approved, shoppers see "Người bán đã xác minh". */
  public boolean isVerified() {
    return isDeclared() && verifiedAt != null;
  }

  public String ownerName() {
    return ownerName;
  }

  public String citizenId() {
    return citizenId;
  }

  public String taxCode() {
    return taxCode;
  }

  public String address() {
    return address;
  }

  public String householdRegistration() {
    return householdRegistration;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public Long evidenceImageId() {
    return evidenceImageId;
  }

  public String evidenceKey() {
    return evidenceKey;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public Long verifiedBy() {
    return verifiedBy;
  }

  public Verification verification() {
    return verification;
  }

  public String verificationNote() {
    return verificationNote;
  }
}
