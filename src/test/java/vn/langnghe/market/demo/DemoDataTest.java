package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.catalog.CatalogViews;
import vn.langnghe.market.catalog.CatalogViews.ProductRequest;
import vn.langnghe.market.catalog.CatalogViews.RequestedStatus;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.demo.DemoData.DemoAccount;
import vn.langnghe.market.demo.DemoData.DemoProduct;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.VietnameseText;

class DemoDataTest {

  /** The same rule as {@code VariantRequest.sku}. */
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

  /** Category ids from V3__categories.sql that products may use (the leaves). */
  private static final Set<Long> LEAF_CATEGORIES =
      Set.of(2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 16L, 17L);

  private static DemoData data;
  private static Set<String> knownVillages;

  @BeforeAll
  static void generate() throws IOException {
    data = DemoData.generate();
    try (InputStream csv = DemoDataTest.class.getResourceAsStream("/places/craft-villages.csv")) {
      assertThat(csv).as("craft-villages.csv on the class path").isNotNull();
      knownVillages = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines()
          .skip(1)
          .map(line -> line.substring(0, line.indexOf(',')))
          .collect(Collectors.toSet());
    }
  }

  private static List<ProductRequest> requests() {
    return data.products().stream().map(DemoProduct::request).toList();
  }

  private static List<VariantRequest> variants() {
    return requests().stream().flatMap(r -> r.variants().stream()).toList();
  }

  @Test
  void offersAtLeast160ActiveProductsAndSomeDrafts() {
    long active = data.products().stream().filter(DemoProduct::active).count();
    long drafts = requests().stream().filter(r -> r.status() == RequestedStatus.DRAFT).count();
    assertThat(active).isGreaterThanOrEqualTo(160);
    assertThat(drafts).isBetween(1L, 20L);
    assertThat(active + drafts).isEqualTo(data.products().size());
  }

  @Test
  void hasAtLeast13ShopsInAtLeastSixRealCraftVillages() {
    Set<String> shopVillages =
        data.shops().stream().map(s -> s.request().villageSlug()).collect(Collectors.toSet());
    assertThat(data.shops()).hasSizeGreaterThanOrEqualTo(13);
    assertThat(shopVillages).hasSizeGreaterThanOrEqualTo(6);
    assertThat(knownVillages).containsAll(shopVillages);
    assertThat(requests()).allSatisfy(r -> assertThat(knownVillages).contains(r.villageSlug()));
  }

  @Test
  void leavesExactlyOnePendingShopAndItSellsNothingYet() {
    List<DemoShop> pending = data.shops().stream().filter(s -> !s.approved()).toList();
    assertThat(pending).hasSize(1);
    String owner = pending.get(0).ownerEmail();
    assertThat(data.products()).filteredOn(p -> p.ownerEmail().equals(owner))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.active()).as(p.request().title()).isFalse());
  }

  @Test
  void everyShopButTheBronzeFoundryTakesCashOnDelivery() {
    List<String> refusing = data.shops().stream()
        .filter(s -> Boolean.FALSE.equals(s.request().acceptsCod())).map(DemoShop::code).toList();
    assertThat(refusing).containsExactly("AL1");
    assertThat(data.shops()).filteredOn(s -> s.code().equals("AL1")).singleElement()
        .satisfies(s -> assertThat(s.request().description()).contains("không nhận thanh toán khi nhận hàng"));
  }

  @Test
  void skusAreValidAndUniqueAcrossTheMarketplace() {
    List<String> skus = variants().stream().map(VariantRequest::sku).toList();
    assertThat(skus).allSatisfy(sku -> assertThat(sku).matches(SKU));
    // The catalogue stores SKUs upper-cased, so uniqueness must hold ignoring case.
    Set<String> normalised = skus.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    assertThat(normalised).hasSameSizeAs(skus);
  }

  @Test
  void everyProductHasOneToFourVariantsWithOptionsAndHandmadeStock() {
    assertThat(requests()).allSatisfy(r -> assertThat(r.variants()).hasSizeBetween(1, 4));
    assertThat(variants()).allSatisfy(v -> {
      assertThat(v.options()).isNotEmpty();
      assertThat(v.onHand()).isBetween(0, 40);
    });
    long soldOut = variants().stream().filter(v -> v.onHand() == 0).count();
    long handful = variants().stream().filter(v -> v.onHand() >= 1 && v.onHand() <= 10).count();
    assertThat(soldOut).as("some variants sold out").isPositive();
    assertThat(handful).as("mostly 1 to 10 in stock").isGreaterThan(variants().size() / 2);
    assertThat(requests().stream().filter(r -> r.variants().size() > 1).count())
        .as("products with several variants").isGreaterThan(requests().size() / 3);
  }

  @Test
  void pricesArePositiveWholeThousandsOfDong() {
    assertThat(variants()).allSatisfy(v -> {
      assertThat(v.priceVnd()).isPositive().isLessThanOrEqualTo(CatalogViews.MAX_PRICE_VND);
      assertThat(v.priceVnd() % 1000).as(v.sku()).isZero();
    });
  }

  @Test
  void pricesFitEachCraft() {
    Map<Long, List<Long>> byCategory = requests().stream().collect(Collectors.groupingBy(
        ProductRequest::categoryId,
        Collectors.flatMapping(r -> r.variants().stream().map(VariantRequest::priceVnd),
            Collectors.toList())));
    assertThat(byCategory.get(2L)).as("silver rings").allSatisfy(p -> assertThat(p).isBetween(350_000L, 2_500_000L));
    assertThat(byCategory.get(16L)).as("confections").allSatisfy(p -> assertThat(p).isBetween(25_000L, 160_000L));
    assertThat(byCategory.get(12L)).as("sedge").allSatisfy(p -> assertThat(p).isBetween(80_000L, 1_500_000L));
    assertThat(byCategory.get(6L)).as("altar silver").allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(25_000_000L));
    assertThat(variants().stream().mapToLong(VariantRequest::priceVnd).distinct().count())
        .as("varied prices").isGreaterThan(150);
  }

  @Test
  void ocopRatingsAreThreeToFiveStarsAndAlwaysCarryACertificate() {
    List<ProductRequest> rated = requests().stream().filter(r -> r.ocopStars() > 0).toList();
    assertThat(rated).allSatisfy(r -> {
      assertThat(r.ocopStars()).isBetween(3, 5);
      assertThat(r.ocopCertificate()).matches("OCOP-TB-20\\d\\d-\\d{4}");
    });
    assertThat(requests()).filteredOn(r -> r.ocopStars() == 0)
        .allSatisfy(r -> assertThat(r.ocopCertificate()).isNull());
    assertThat((double) rated.size() / requests().size()).isBetween(0.2, 0.4);
  }

  @Test
  void titlesAreNfcVietnameseAndDistinct() {
    List<String> titles = requests().stream().map(ProductRequest::title).toList();
    assertThat(titles).allSatisfy(title -> {
      assertThat(Normalizer.isNormalized(title, Normalizer.Form.NFC)).as(title).isTrue();
      assertThat(VietnameseText.fold(title)).as("%s has diacritics", title)
          .isNotEqualTo(title.toLowerCase(Locale.ROOT));
      assertThat(title).hasSizeLessThanOrEqualTo(200).doesNotContain("  ");
    });
    assertThat(new HashSet<>(titles)).hasSameSizeAs(titles);
    assertThat(titles).contains("Nhẫn bạc chạm hoa sen");
  }

  @Test
  void descriptionsAreShortParagraphsNamingTheVillage() {
    assertThat(data.products()).allSatisfy(p -> {
      String html = p.request().description();
      assertThat(html).startsWith("<p>").endsWith("</p>").contains(p.craft().villageName);
      assertThat(html.split("\\. ")).hasSizeBetween(2, 3);
      assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
    });
    assertThat(data.shops()).allSatisfy(s -> assertThat(s.request().description()).startsWith("<p>"));
  }

  @Test
  void productsUseLeafCategoriesAndRealMaterials() {
    assertThat(requests()).allSatisfy(r -> {
      assertThat(LEAF_CATEGORIES).contains(r.categoryId());
      assertThat(r.material()).isNotBlank();
    });
    assertThat(requests()).filteredOn(r -> r.villageSlug().equals("dong-xam-cham-bac"))
        .allSatisfy(r -> assertThat(r.categoryId()).isBetween(2L, 6L));
  }

  @Test
  void theDemoArtisanOwnsAnApprovedDongXamSilverShop() {
    DemoShop shop = data.shops().stream()
        .filter(s -> s.ownerEmail().equals(DemoData.ARTISAN_EMAIL))
        .findFirst()
        .orElseThrow();
    assertThat(shop.approved()).isTrue();
    assertThat(shop.request().villageSlug()).isEqualTo("dong-xam-cham-bac");
    assertThat(shop.request().name()).contains("Đồng Xâm");
    assertThat(data.products()).filteredOn(p -> p.ownerEmail().equals(DemoData.ARTISAN_EMAIL))
        .hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyRoleHasADemoAccountAndEveryShopItsOwnArtisan() {
    Map<String, Role> roles =
        data.accounts().stream().collect(Collectors.toMap(DemoAccount::email, DemoAccount::role));
    assertThat(roles).hasSameSizeAs(data.accounts());
    assertThat(roles).containsEntry(DemoData.SHOPPER_EMAIL, Role.SHOPPER)
        .containsEntry(DemoData.ARTISAN_EMAIL, Role.ARTISAN)
        .containsEntry(DemoData.OFFICER_EMAIL, Role.OFFICER)
        .containsEntry(DemoData.ADMIN_EMAIL, Role.ADMIN);
    Set<String> owners = data.shops().stream().map(DemoShop::ownerEmail).collect(Collectors.toSet());
    assertThat(owners).hasSameSizeAs(data.shops());
    assertThat(owners).allSatisfy(owner -> assertThat(roles).containsEntry(owner, Role.ARTISAN));
    assertThat(data.accounts()).allSatisfy(a -> {
      assertThat(a.email()).endsWith("@demo.langnghe.vn");
      assertThat(a.displayName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
    });
    // The loader creates the admin last: its presence marks a complete load.
    assertThat(data.accounts().get(data.accounts().size() - 1).email()).isEqualTo(DemoData.ADMIN_EMAIL);
    assertThat(data.shops()).allSatisfy(s -> assertThat(s.request().name()).hasSizeLessThanOrEqualTo(120));
  }

  @Test
  void generatesTheSameCatalogueEveryTime() {
    assertThat(DemoData.generate()).isEqualTo(data);
  }

  @Test
  void roundsPricesAsAShopWould() {
    assertThat(DemoData.roundPrice(45_499)).isEqualTo(45_000);
    assertThat(DemoData.roundPrice(352_600)).isEqualTo(355_000);
    assertThat(DemoData.roundPrice(12_345_678)).isEqualTo(12_350_000);
    assertThat(DemoData.roundPrice(10)).isEqualTo(1_000);
  }
}
