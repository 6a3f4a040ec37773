package vn.langnghe.market.digitalhelpers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * An artisan's leave for one helper to act for them: it counts only once the artisan's consent is
 * recorded (a code they received, or a signed photo) and until either of them hands over.
 */
@Entity
@Table(name = "helper_mandate")
public class Mandate {

  public enum Consent { CODE, PHOTO }

  public enum State { AWAITING_CONSENT, ACTIVE, HANDED_OVER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "helper_account_id")
  private long helperAccountId;

  @Column(name = "artisan_account_id")
  private long artisanAccountId;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "created_at")
  private Instant createdAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "consent_method")
  private Consent consentMethod;

  @Column(name = "consented_at")
  private Instant consentedAt;

  /** The signed consent form's photo: private (only officers see it). */
  @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
  @Column(name = "consent_photo")
  private byte[] consentPhoto;

  @Column(name = "consent_photo_type")
  private String consentPhotoType;

  @Column(name = "handed_over_at")
  private Instant handedOverAt;

  @Column(name = "handed_over_by")
  private Long handedOverBy;

  @Version private long version;

  protected Mandate() {}

  Mandate(long helperAccountId, long artisanAccountId, String communeCode, Instant now) {
    this.helperAccountId = helperAccountId;
    this.artisanAccountId = artisanAccountId;
    this.communeCode = communeCode;
    this.createdAt = now;
  }

  State state() {
    if (handedOverAt != null) {
      return State.HANDED_OVER;
    }
    return consentedAt == null ? State.AWAITING_CONSENT : State.ACTIVE;
  }

  boolean active() {
    return state() == State.ACTIVE;
  }

  void consent(Consent method, Instant now) {
    if (state() != State.AWAITING_CONSENT) {
      throw new Problems.ConflictException("The artisan's consent is already recorded or the mandate ended.");
    }
    this.consentMethod = method;
    this.consentedAt = now;
  }

  void consentByPhoto(byte[] photo, String contentType, Instant now) {
    consent(Consent.PHOTO, now);
    this.consentPhoto = photo;
    this.consentPhotoType = contentType;
  }

  /** Ends the mandate (by the artisan or the helper); ending an ended one changes nothing. */
  boolean handOver(long by, Instant now) {
    if (handedOverAt != null) {
      return false;
    }
    this.handedOverAt = now;
    this.handedOverBy = by;
    return true;
  }

  void forgetConsentPhoto() {
    this.consentPhoto = null;
    this.consentPhotoType = null;
  }

  Long id() { return id; }
  long helperAccountId() { return helperAccountId; }
  long artisanAccountId() { return artisanAccountId; }
  String communeCode() { return communeCode; }
  Instant createdAt() { return createdAt; }
  Consent consentMethod() { return consentMethod; }
  Instant consentedAt() { return consentedAt; }
  byte[] consentPhoto() { return consentPhoto; }
  String consentPhotoType() { return consentPhotoType; }
  Instant handedOverAt() { return handedOverAt; }
  Long handedOverBy() { return handedOverBy; }
}
