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
      String ownerPhotoUrl) {

    public static ShopView of(Shop shop) {
      return new ShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          shop.status().name(), shop.statusReason(), VillageRef.of(shop.village()),
          shop.createdAt(), shop.approvedAt(), shop.acceptsCashOnDelivery(), shop.taxId(),
          shop.version(), shop.ownerStory(), photoUrl(shop, ImageRendition.Size.LARGE));
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
   * What the public sees of a shop: no vetting notes, no tax identity. {@code joinedAt} is when the
   * shop opened on the market, {@code since} when it was approved to sell; {@code soldCount} the
   * pieces that reached buyers; {@code responseTime} how quickly it usually answers questions and
   * messages (null when nobody asked it anything lately).
   */
  public record PublicShopView(
      long id, String slug, String name, String description, VillageRef village, Instant since,
      Rating rating, Instant joinedAt, String story, String ownerPhotoUrl, long soldCount,
      ReturnPolicyView returnPolicy, ResponseTime responseTime) {
    public static PublicShopView of(Shop shop, Rating rating, long soldCount) {
      return new PublicShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          VillageRef.of(shop.village()), shop.approvedAt(), rating, shop.createdAt(), shop.ownerStory(),
          photoUrl(shop, ImageRendition.Size.LARGE), soldCount,
          new ReturnPolicyView(shop.acceptsChangedMindReturns()), null);
    }

    public PublicShopView withResponseTime(ResponseTime time) {
      return new PublicShopView(id, slug, name, description, village, since, rating, joinedAt, story,
          ownerPhotoUrl, soldCount, returnPolicy, time);
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
