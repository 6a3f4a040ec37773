package vn.langnghe.market.shops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.langnghe.market.conversations.ConversationViews.ResponseTime;
import vn.langnghe.market.places.PlaceViews.VillageRef;

/** Requests and answers about shops. */
public final class ShopViews {

  private ShopViews() {}

  public record ShopRequest(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 20_000) String description,
      @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String villageSlug,
      Boolean acceptsCod,
      @Size(max = 20) String taxId) {

    /** Without a tax identity (left out: unchanged on an edit). */
    public ShopRequest(String name, String description, String villageSlug, Boolean acceptsCod) {
      this(name, description, villageSlug, acceptsCod, null);
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
      long version) {

    public static ShopView of(Shop shop) {
      return new ShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          shop.status().name(), shop.statusReason(), VillageRef.of(shop.village()),
          shop.createdAt(), shop.approvedAt(), shop.acceptsCashOnDelivery(), shop.taxId(),
          shop.version());
    }
  }

  /** What the public sees of a shop: no vetting notes, no tax identity. */
  /**
   * Who a shop is for the tax office: the owner's registered name, the tax identity (null if not
   * given yet) and the commune of its craft village (null without one).
   */
  public record TaxIdentity(long shopId, String slug, String shopName, String ownerName,
      String taxId, String commune) {}

  /**
   * A shop as the public sees it. {@code responseTime}: how quickly it usually answers questions
   * and messages (null when nobody asked it anything lately).
   */
  public record PublicShopView(
      long id, String slug, String name, String description, VillageRef village, Instant since,
      ResponseTime responseTime) {
    public static PublicShopView of(Shop shop) {
      return new PublicShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          VillageRef.of(shop.village()), shop.approvedAt(), null);
    }

    public PublicShopView withResponseTime(ResponseTime time) {
      return new PublicShopView(id, slug, name, description, village, since, time);
    }
  }

  /**
   * A shop, its owner's account and where it is: its craft village and that village's commune
   * (today's unit).
   */
  public record ShopPlace(long id, String slug, String name, Long villageId, String villageName,
      String communeCode, String communeName, long ownerAccountId) {}
}
