package vn.langnghe.market.shops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.HelperMandates;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.shops.ShopViews.IdentityRequest;
import vn.langnghe.market.shops.ShopViews.OwnerIdentityView;
import vn.langnghe.market.shops.ShopViews.VerifyRequest;

/**
 * Sellers identified before they sell: the owner declares who they are, an officer or the
 * commune's digital helper verifies it, officers read the numbers (each read announced for the
 * personal-data log), and an erased account's identity goes.
 */
@ApplicationScoped
@Transactional
public class OwnerIdentities {

  /** Birth years are counted in Vietnam's calendar year. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Clock clock;
  @Inject Outbox outbox;
  @Inject Images images;
  @Inject Instance<HelperMandates> mandates;
  @Inject Event<PersonalDataRead> reads;

  /** The caller's shop's owner identity as they declared it, with its numbers (their own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OwnerIdentityView mine(Caller artisan) {
    return OwnerIdentityView.of(shops.ownShop(artisan));
  }

  /**
   * Declares (or corrects) who owns the caller's shop. Every field is checked before anything
   * changes; a different declaration is no longer verified.
   */
  public OwnerIdentityView declare(Caller artisan, IdentityRequest request) {
    OwnerIdentity.Declared declared = checked(request, Year.now(clock.withZone(VIETNAM)));
    Shop shop = shops.ownShop(artisan);
    shop.declareOwnerIdentity(declared, clock.instant());
    return changed(shop);
  }

  /** The request's fields, cleaned and checked; a 400 naming the first wrong field otherwise. */
  static OwnerIdentity.Declared checked(IdentityRequest request, Year thisYear) {
    String ownerName = VietnameseText.clean(request.ownerName());
    if (ownerName == null || ownerName.isBlank() || ownerName.codePoints().noneMatch(Character::isLetter)) {
      throw new Problems.InvalidInputException("ownerName", "the owner's full name, as on their papers");
    }
    String address = CleanText.clean(request.address());
    if (address == null || address.isBlank()) {
      throw new Problems.InvalidInputException("address", "the owner's address");
    }
    boolean noCitizenId = request.citizenId() == null || request.citizenId().isBlank();
    boolean noTaxCode = request.taxCode() == null || request.taxCode().isBlank();
    if (noCitizenId && noTaxCode) {
      throw new Problems.InvalidInputException("citizenId", "give a citizen ID (12 digits) or a tax code");
    }
    String citizenId = noCitizenId ? null : TaxId.citizenId(request.citizenId(), thisYear, "citizenId");
    String taxCode = noTaxCode ? null : TaxId.taxCode(request.taxCode(), "taxCode");
    String household = CleanText.clean(request.householdRegistration());
    return new OwnerIdentity.Declared(ownerName.strip(), citizenId, taxCode, address.strip(),
        household == null || household.isBlank() ? null : household.strip());
  }

  /** The private photo of the owner's ID card or registration, for a verification from it. */
  public OwnerIdentityView showEvidence(Caller artisan, byte[] bytes) {
    Shop shop = shops.ownShop(artisan);
    if (!shop.ownerIdentity().isDeclared()) {
      throw new Problems.ConflictException("identity", "Declare the owner's identity first.");
    }
    Long previous = shop.ownerIdentity().evidenceImageId();
    StoredImage image = images.store(bytes, artisan.accountId(), "file");
    shop.showIdentityEvidence(image.id(), image.accessKey());
    if (previous != null) {
      images.forget(previous);
    }
    return changed(shop);
  }

  /**
   * An officer, an administrator or a digital helper of the shop's commune records that they
   * verified the owner's identity, and how. A helper of other communes (or while the helpers'
   * mandates are not deployed) is refused.
   */
  public OwnerIdentityView verify(Caller verifier, long shopId, VerifyRequest request) {
    Shop shop = shops.byId(shopId);
    if (!verifier.has(Role.OFFICER) && !verifier.has(Role.ADMIN)
        && !helperCovers(verifier, communeCode(shop))) {
      throw new Problems.AccessDeniedException(
          "Only an officer or a digital helper of the shop's commune verifies its owner.");
    }
    if (verifier.accountId() == shop.ownerAccountId()) {
      throw new Problems.AccessDeniedException("Nobody verifies their own identity.");
    }
    OwnerIdentity.Verification how;
    try {
      how = OwnerIdentity.Verification.valueOf(request.method().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Problems.InvalidInputException("method", "IN_PERSON or DOCUMENT_PHOTO");
    }
    String note = CleanText.clean(request.note());
    shop.verifyOwnerIdentity(verifier.accountId(), how,
        note == null || note.isBlank() ? null : note.strip(), clock.instant());
    return changed(shop).withoutNumbers();
  }

  /** An officer reads the owner's identity with its numbers: announced for the read log. */
  public OwnerIdentityView read(Caller officer, long shopId) {
    Shop shop = shops.byId(shopId);
    reads.fire(new PersonalDataRead(officer.accountId(), shop.ownerAccountId(),
        "shop " + shopId + " owner's identity"));
    return OwnerIdentityView.of(shop);
  }

  /** Whether a digital helper may see this shop's identity evidence (their commune's shop). */
  @Transactional(Transactional.TxType.SUPPORTS)
  boolean helperCovers(Caller caller, String communeCode) {
    return caller.has(Role.DIGITAL_HELPER) && !caller.byHelper() && communeCode != null
        && mandates.isResolvable() && mandates.get().coversCommune(caller.accountId(), communeCode);
  }

  static String communeCode(Shop shop) {
    return shop.village() == null || shop.village().commune() == null ? null
        : shop.village().commune().code();
  }

  /**
   * The account is erased: its shop's owner name, address, numbers, household registration and
   * evidence photo go. What stays: the shop's {@code taxId} (the withholding declarations the tax
   * law keeps) and the fact of the verification (when, by whom, how), the operator's record of
   * having identified the seller (Law 122/2025/QH15).
   */
  void erase(@Observes AccountErased erased) {
    shops.findOwnedBy(erased.accountId()).ifPresent(shop -> {
      Long evidence = shop.eraseOwnerIdentity();
      if (evidence != null) {
        images.forget(evidence);
      }
      changed(shop);
    });
  }

  /** The person's own seller identity, numbers included, for "Tải dữ liệu của tôi". */
  void export(@Observes PersonalDataExport export) {
    shops.findOwnedBy(export.accountId())
        .filter(shop -> shop.ownerIdentity().declaredAt() != null)
        .ifPresent(shop -> export.add("sellerIdentity", OwnerIdentityView.of(shop)));
  }

  /** The owner's name and the badge show on the shop's pages: announced, so cached pages go. */
  private OwnerIdentityView changed(Shop shop) {
    em.flush();
    outbox.announce(Outbox.SHOP, shop.id());
    return OwnerIdentityView.of(shop);
  }

}
