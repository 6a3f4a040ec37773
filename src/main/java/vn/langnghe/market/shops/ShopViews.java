package vn.langnghe.market.shops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.langnghe.market.places.PlaceViews.VillageRef;

/** Requests and answers about shops. */
public final class ShopViews {

  private ShopViews() {}

  public record ShopRequest(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 20_000) String description,
      @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String villageSlug,
      Boolean acceptsCod) {}

  public record ReasonRequest(@Size(max = 500) String reason) {}

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
      long version) {

    public static ShopView of(Shop shop) {
      return new ShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          shop.status().name(), shop.statusReason(), VillageRef.of(shop.village()),
          shop.createdAt(), shop.approvedAt(), shop.acceptsCashOnDelivery(), shop.version());
    }
  }

  /** What the public sees of a shop: no vetting notes. */
  public record PublicShopView(
      long id, String slug, String name, String description, VillageRef village, Instant since) {
    public static PublicShopView of(Shop shop) {
      return new PublicShopView(shop.id(), shop.slug(), shop.name(), shop.description(),
          VillageRef.of(shop.village()), shop.approvedAt());
    }
  }

  /** A shop and where it is: its craft village and that village's commune (today's unit). */
  public record ShopPlace(long id, String slug, String name, Long villageId, String villageName,
      String communeCode, String communeName) {}
}
