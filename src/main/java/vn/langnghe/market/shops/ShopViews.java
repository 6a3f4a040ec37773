package vn.langnghe.market.shops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.conversations.ConversationViews.ResponseTime;
import vn.langnghe.market.places.PlaceViews.VillageRef;
import vn.langnghe.market.reviews.Rating;

/** Requests and answers about shops. */
public final class ShopViews {

  private ShopViews() {}

  public record ShopRequest(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 20_000) String description,
      @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String villageSlug,
      Boolean acceptsCod,
      @Size(max = 20) String taxId,
      @Size(max = 4000) String story) {

    /** Without a tax identity or story (left out: unchanged on an edit). */
    public ShopRequest(String name, String description, String villageSlug, Boolean acceptsCod) {
      this(name, description, villageSlug, acceptsCod, null, null);
    }
  }

  public record ReasonRequest(@Size(max = 500) String reason) {}

  /** The owner's and the officers' view of a shop. */
  public record ShopView(
      long id,
      String slug,
      String name,
      String description,
      String status,
      String statusReason,
      VillageRef village,
      Instant createdAt,
      Instant approvedAt,
      boolean acceptsCod,
      String taxId,
      long version,
      String story,
      String ownerPhotoUrl,
      String identityStatus) {

    public static ShopView of(Shop shop) {
      return new ShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          shop.status().name(), shop.statusReason(), VillageRef.of(shop.village()),
          shop.createdAt(), shop.approvedAt(), shop.acceptsCashOnDelivery(), shop.taxId(),
          shop.version(), shop.ownerStory(), photoUrl(shop, ImageRendition.Size.LARGE),
          ShopViews.identityStatus(shop.ownerIdentity()));
    }
  }

  /** NONE (chưa định danh), DECLARED (waiting for verification) or VERIFIED. */
  static String identityStatus(OwnerIdentity identity) {
    return identity.isVerified() ? "VERIFIED" : identity.isDeclared() ? "DECLARED" : "NONE";
  }

  /**
   * The owner's identity as they declare it ({@code PUT /api/my/shop/identity}): a citizen ID
   * (12 digits) or a tax code (10 or 13 digits), at least one.
   */
  public record IdentityRequest(
      @NotBlank @Size(max = 200) String ownerName,
      @Size(max = 20) String citizenId,
      @Size(max = 20) String taxCode,
      @NotBlank @Size(max = 500) String address,
      @Size(max = 40) String householdRegistration) {}

  /** An officer's or helper's verification: IN_PERSON or DOCUMENT_PHOTO, and a note. */
  public record VerifyRequest(@NotBlank @Size(max = 20) String method, @Size(max = 500) String note) {}

  /**
   * The owner's identity in full, with its numbers: for the owner and officers only, never public.
   * {@code status} NONE, DECLARED or VERIFIED; {@code evidenceUrl} the private document photo.
   */
  public record OwnerIdentityView(
      long shopId, String status, String ownerName, String citizenId, String taxCode,
      String address, String householdRegistration, Instant declaredAt, String evidenceUrl,
      Instant verifiedAt, Long verifiedBy, String verification, String verificationNote) {

    public static OwnerIdentityView of(Shop shop) {
      OwnerIdentity i = shop.ownerIdentity();
      return new OwnerIdentityView(shop.id(), identityStatus(i), i.ownerName(), i.citizenId(),
          i.taxCode(), i.address(), i.householdRegistration(), i.declaredAt(),
          i.evidenceKey() == null ? null : Images.url(i.evidenceKey(), ImageRendition.Size.LARGE),
          i.verifiedAt(), i.verifiedBy(), i.verification() == null ? null : i.verification().name(),
          i.verificationNote());
    }

    /** What the verifier is answered: the outcome, without the numbers (read, and logged, apart). */
    public OwnerIdentityView withoutNumbers() {
      return new OwnerIdentityView(shopId, status, ownerName, null, null, null, null, declaredAt,
          null, verifiedAt, verifiedBy, verification, verificationNote);
    }
  }

  /**
   * Who sells, as Law 122/2025/QH15 asks a shop page to say: the owner's name (null until
   * declared), the commune of the shop's village (today's and, since the 2025 reform, the former
   * one) and whether an officer or the commune's digital helper verified the identity. No numbers.
   */
  public record SellerSummary(String ownerName, String commune, String formerCommune, boolean verified) {
    static SellerSummary of(Shop shop) {
      VillageRef village = VillageRef.of(shop.village());
      return new SellerSummary(shop.ownerIdentity().ownerName(),
          village == null || village.commune() == null ? null : village.commune().name(),
          village == null || village.formerCommune() == null ? null : village.formerCommune().name(),
          shop.ownerVerified());
    }
  }

  static String photoUrl(Shop shop, ImageRendition.Size size) {
    return shop.ownerPhotoKey() == null ? null : Images.url(shop.ownerPhotoKey(), size);
  }

  /**
   * Who a shop is for the tax office: the owner's registered name, the tax identity (null if not
   * given yet) and the commune of its craft village (null without one).
   */
  public record TaxIdentity(long shopId, String slug, String shopName, String ownerName,
      String taxId, String commune) {}

  /**
   * What the public sees of a shop: no vetting notes, no tax identity, of its owner's identity only
   * the summary ({@code seller}, {@code verifiedSeller}). {@code joinedAt} is when the
   * shop opened on the market, {@code since} when it was approved to sell; {@code soldCount} the
   * pieces that reached buyers; {@code responseTime} how quickly it usually answers questions and
   * messages (null when nobody asked it anything lately).
   */
  public record PublicShopView(
      long id, String slug, String name, String description, VillageRef village, Instant since,
      Rating rating, Instant joinedAt, String story, String ownerPhotoUrl, long soldCount,
      ReturnPolicyView returnPolicy, ResponseTime responseTime, boolean verifiedSeller,
      SellerSummary seller) {
    public static PublicShopView of(Shop shop, Rating rating, long soldCount) {
      return new PublicShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          VillageRef.of(shop.village()), shop.approvedAt(), rating, shop.createdAt(), shop.ownerStory(),
          photoUrl(shop, ImageRendition.Size.LARGE), soldCount,
          new ReturnPolicyView(shop.acceptsChangedMindReturns()), null, shop.ownerVerified(),
          SellerSummary.of(shop));
    }

    public PublicShopView withResponseTime(ResponseTime time) {
      return new PublicShopView(id, slug, name, description, village, since, rating, joinedAt, story,
          ownerPhotoUrl, soldCount, returnPolicy, time, verifiedSeller, seller);
    }
  }

  /** The shop's return policy as buyers read it: whether a change of mind is a reason to return. */
  public record ReturnPolicyView(boolean acceptsChangedMind) {}

  /**
   * A shop, its owner's account and where it is: its craft village and that village's commune
   * (today's unit).
   */
  public record ShopPlace(long id, String slug, String name, Long villageId, String villageName,
      String communeCode, String communeName, long ownerAccountId) {}
}
