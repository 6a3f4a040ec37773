package vn.langnghe.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.OwnerIdentity;
import vn.langnghe.market.shops.Shop;

class ProductTest {

  private final Instant now = Instant.parse("2026-11-26T03:00:00Z");

  private Shop shop(boolean approved) {
    Shop shop = new Shop(7L, "bac-dong-xam", "Bạc Đồng Xâm", "", null, now);
    if (approved) {
      shop.declareOwnerIdentity(new OwnerIdentity.Declared("Nguyễn Văn Bạc", "034085001234", null,
          "Thôn Đồng Xâm, xã Vũ Tiên, Hưng Yên", null), now);
      shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.IN_PERSON, null, now);
      shop.approve(now);
    }
    return shop;
  }

  private static Product.Description ring() {
    return new Product.Description("Nhẫn bạc", "<p>x</p>", null, null, "Bạc");
  }

  private Product product(Shop shop) {
    return new Product(shop, "nhan-bac", ring(),
        List.of(new Product.VariantSpec("NB-16", Map.of("Kích cỡ", "16"), 1_250_000, 3),
            new Product.VariantSpec("NB-18", Map.of("Kích cỡ", "18"), 1_350_000, 1)), now);
  }

  @Test
  void onlyAnApprovedShopPutsProductsOnSale() {
    Product pending = product(shop(false));
    assertThatThrownBy(pending::activate).isInstanceOf(Problems.RefusedException.class);
    assertThat(pending.isOnSale()).isFalse();

    Product approved = product(shop(true));
    approved.activate();
    assertThat(approved.isOnSale()).isTrue();
  }

  @Test
  void aListingAnOfficerHidesIsOffSaleUntilPutBackAndKeepsItsReason() {
    Product product = product(shop(true));
    product.activate();
    assertThatThrownBy(() -> product.hideByOfficer(" ", now)).isInstanceOf(Problems.InvalidInputException.class);

    product.hideByOfficer("Ảnh lấy của xưởng khác", now.plusSeconds(60));
    assertThat(product.isOnSale()).isFalse();
    assertThat(product.hiddenReason()).isEqualTo("Ảnh lấy của xưởng khác");
    assertThat(product.updatedAt()).as("a reindex catching up sees it").isEqualTo(now.plusSeconds(60));
    assertThatThrownBy(() -> product.hideByOfficer("again", now)).isInstanceOf(Problems.ConflictException.class);
    // the artisan may still mend it; it stays hidden
    product.withdrawToDraft();
    product.activate();
    assertThat(product.isOnSale()).isFalse();

    product.restoreByOfficer(now.plusSeconds(120));
    assertThat(product.isOnSale()).isTrue();
    assertThat(product.hiddenReason()).isNull();
    assertThatThrownBy(() -> product.restoreByOfficer(now)).isInstanceOf(Problems.ConflictException.class);
  }

  @Test
  void variantsLeftOutRetireAndNewOnesJoin() {
    Product product = product(shop(true));

    product.replaceVariants(List.of(new Product.VariantSpec("NB-18", Map.of(), 1_400_000, 2),
        new Product.VariantSpec("NB-20", Map.of(), 1_500_000, 5)));

    assertThat(product.liveVariants()).extracting(Variant::sku).containsExactly("NB-18", "NB-20");
    assertThat(product.variant("NB-16")).get().extracting(Variant::retired).isEqualTo(true);
    assertThat(product.variant("NB-16").get().available()).isZero();
    assertThat(product.lowestPriceVnd()).hasValue(1_400_000);
  }

  @Test
  void aSkuListedTwiceIsRefusedNamingTheSecond() {
    Product product = product(shop(true));
    assertThatThrownBy(() -> product.replaceVariants(List.of(
            new Product.VariantSpec("A-1", Map.of(), 1000, 1), new Product.VariantSpec("A-1", Map.of(), 1000, 1))))
        .isInstanceOf(Problems.InvalidInputException.class)
        .satisfies(e -> assertThat(((Problems.InvalidInputException) e).toProblem().errors())
            .extracting(f -> f.field()).containsExactly("variants[1].sku"));
  }

  @Test
  void theOcopBadgeShowsThroughTheCertificatesLastDayOnlyAndAnEditKeepsIt() {
    Product product = product(shop(true));
    java.time.LocalDate lastDay = java.time.LocalDate.of(2027, 3, 31);
    product.showOcopBadge(4, "12/QĐ-UBND", lastDay, now);
    product.describe(ring(), now);
    assertThat(product.ocopStarsOn(lastDay)).isEqualTo(4);
    assertThat(product.ocopStarsOn(lastDay.plusDays(1))).isZero();
    product.clearOcopBadge(now);
    assertThat(product.ocopStarsOn(lastDay)).isZero();
    assertThat(product.ocopCertificate()).isNull();
    assertThatThrownBy(() -> product.showOcopBadge(2, "x", lastDay, now))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArchivedProductCannotChange() {
    Product product = product(shop(true));
    product.archive(now);
    assertThatThrownBy(product::activate).isInstanceOf(Problems.ConflictException.class);
    assertThatThrownBy(() -> product.describe(ring(), now)).isInstanceOf(Problems.ConflictException.class);
    assertThatThrownBy(() -> product.addImage(1L, "key1", 800, 600, "x")).isInstanceOf(Problems.ConflictException.class);
  }

  @Test
  void anEditLeavesTheStockAsSalesLeftItAndANewVariantStartsWithItsCount() {
    Product product = product(shop(true));

    product.replaceVariants(List.of(new Product.VariantSpec("NB-16", Map.of(), 1_300_000, 40),
        new Product.VariantSpec("NB-20", Map.of(), 1_500_000, 5)));

    assertThat(product.variant("NB-16").get().onHand()).isEqualTo(3);
    assertThat(product.variant("NB-16").get().priceVnd()).isEqualTo(1_300_000);
    assertThat(product.variant("NB-20").get().onHand()).isEqualTo(5);
  }

  @Test
  void aNewVariantNeedsAStockBetweenZeroAndTheLimit() {
    Product product = product(shop(true));
    for (Integer onHand : new Integer[] {null, -1, Variant.MAX_STOCK + 1}) {
      assertThatThrownBy(() -> product.replaceVariants(List.of(
              new Product.VariantSpec("NB-16", Map.of(), 1000, null),
              new Product.VariantSpec("NB-22", Map.of(), 1000, onHand))))
          .isInstanceOf(Problems.InvalidInputException.class)
          .satisfies(e -> assertThat(((Problems.InvalidInputException) e).toProblem().errors())
              .extracting(f -> f.field()).containsExactly("variants[1].onHand"));
    }
  }

  @Test
  void atMostTwelvePictures() {
    Product product = product(shop(true));
    for (long i = 0; i < Product.MAX_IMAGES; i++) {
      product.addImage(i, "key" + i, 800, 600, "ảnh " + i);
    }
    assertThatThrownBy(() -> product.addImage(99L, "key99", 800, 600, "x")).isInstanceOf(Problems.RefusedException.class);
  }
}
