package vn.langnghe.market.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test set-up through the public API: artisans with shops, officers approving them, products. */
public final class TestShops {

  public static final String OFFICER = "officer@demo.langnghe.vn";

  private final Api api;

  public TestShops(Api api) {
    this.api = api;
  }

  public record Artisan(String token, long shopId, String shopSlug) {}

  public Artisan artisanWithPendingShop(String villageSlug) {
    String token = api.newAccount("ARTISAN", "artisan");
    Api.Reply shop = api.post("/api/my/shop",
        Map.of("name", "Xưởng thử " + UUID.randomUUID().toString().substring(0, 6),
            "description", "<p>Cửa hàng thử nghiệm</p>", "villageSlug", villageSlug), token);
    assertThat(shop.status()).as(shop.toString()).isEqualTo(201);
    return new Artisan(token, shop.json().get("id").asLong(), shop.json().get("slug").asText());
  }

  public Artisan artisanWithApprovedShop(String villageSlug) {
    Artisan artisan = artisanWithPendingShop(villageSlug);
    String officer = api.login(OFFICER, Api.PASSWORD);
    identifiedAndVerified(artisan.token(), artisan.shopId(), officer);
    Api.Reply approved =
        api.post("/api/officer/shops/" + artisan.shopId() + "/approve", Map.of(), officer);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return artisan;
  }

  /** A well-formed citizen ID: Hà Nội's province code, a man born in 1985, a random sequence. */
  public static String citizenId() {
    return "001085" + String.format("%06d", (int) (Math.random() * 1_000_000));
  }

  /** The shop's owner declares who they are, as a shop must before it is approved. */
  public void identified(String artisanToken, String ownerName) {
    Api.Reply declared = api.put("/api/my/shop/identity", Map.of("ownerName", ownerName,
        "citizenId", citizenId(), "address", "Thôn Đồng Xâm, xã Lê Lợi, tỉnh Hưng Yên"), artisanToken);
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
  }

  /** The owner declares their identity and an officer verifies it in person: ready for approval. */
  public void identifiedAndVerified(String artisanToken, long shopId, String officerToken) {
    identified(artisanToken, "Nguyễn Văn Thử");
    Api.Reply verified = api.post("/api/officer/shops/" + shopId + "/identity/verify",
        Map.of("method", "IN_PERSON", "note", "Đối chiếu CCCD"), officerToken);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
  }

  /** An active product of the artisan's shop with one variant of that stock and price. */
  public String product(Artisan artisan, String sku, int onHand, long priceVnd, String title) {
    Api.Reply created = api.post("/api/my/products", Map.of(
        "title", title,
        "description", "<p>Hàng thủ công</p>",
        "categoryId", 2,
        "status", "ACTIVE",
        "variants", List.of(Map.of("sku", sku, "priceVnd", priceVnd, "onHand", onHand,
            "weightGrams", 400))), artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  /**
   * Submits an OCOP certificate of the product as its artisan (issued six months ago, valid its 36
   * months) and has the demo officer verify it, so the product shows its stars; answers its id.
   */
  public long verifiedOcop(Artisan artisan, String productId, int stars) {
    LocalDate issued = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(6);
    Api.Reply submitted = api.post("/api/my/products/" + productId + "/ocop-certificates", Map.of(
        "stars", stars, "number", "OCOP-HY-" + issued.getYear() + "-" + productId,
        "issuer", "UBND tỉnh Hưng Yên", "issuedOn", issued.toString(),
        "expiresOn", issued.plusMonths(36).minusDays(1).toString()), artisan.token());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    long id = submitted.json().get("id").asLong();
    Api.Reply verified = api.post("/api/officer/ocop-certificates/" + id + "/verify", Map.of(),
        api.login(OFFICER, Api.PASSWORD));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    return id;
  }

  /** The product's slug, the key of its public page. */
  public String slug(String productId) {
    return api.get("/api/products/" + productId).json().get("slug").asText();
  }

  /** An artisan's approved shop with one active product of one variant. */
  public record Listing(Artisan artisan, String sku, String productId) {
    /** The product as its artisan edits it. */
    public String path() {
      return "/api/my/products/" + productId;
    }

    public String token() {
      return artisan.token();
    }
  }

  public Listing listing(String villageSlug, String skuPrefix, int onHand, long priceVnd, String title) {
    Artisan artisan = artisanWithApprovedShop(villageSlug);
    String sku = sku(skuPrefix);
    return new Listing(artisan, sku, product(artisan, sku, onHand, priceVnd, title));
  }

  public static String sku(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  public static Map<String, Object> silverRing(String sku, String status) {
    return Map.of(
        "title", "Nhẫn bạc chạm hoa sen",
        "description", "<p>Nhẫn bạc <b>92.5</b> chạm tay tại làng Đồng Xâm.</p>",
        "categoryId", 2,
        "villageSlug", "dong-xam-cham-bac",
        "material", "Bạc 92.5",
        "ocopStars", 4,
        "ocopCertificate", "OCOP-TB-2024-0101",
        "status", status,
        "variants", List.of(
            Map.of("sku", sku + "-16", "options", Map.of("Kích cỡ", "16"), "priceVnd", 1_250_000,
                "onHand", 3),
            Map.of("sku", sku + "-18", "options", Map.of("Kích cỡ", "18"), "priceVnd", 1_350_000,
                "onHand", 1)));
  }
}
