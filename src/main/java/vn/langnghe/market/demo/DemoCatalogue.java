package vn.langnghe.market.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.demo.DemoData.DemoAccount;
import vn.langnghe.market.demo.DemoData.DemoProduct;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.identity.Account;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.ImagesBusyException;
import vn.langnghe.market.ocop.OcopCertificates;
import vn.langnghe.market.ocop.OcopViews.CertificateRequest;
import vn.langnghe.market.ocop.OcopViews.CertificateView;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.HistoryClock;
import vn.langnghe.market.shops.OwnerIdentities;
import vn.langnghe.market.shops.ShopViews.IdentityRequest;
import vn.langnghe.market.shops.ShopViews.ShopView;
import vn.langnghe.market.shops.ShopViews.VerifyRequest;
import vn.langnghe.market.shops.Shops;

/**
 * Fills an empty marketplace with the demo accounts, shops and products when
 * {@code market.demo.enabled} is on. It goes through the same boundaries as the artisans and
 * officers do (one transaction per call), so the demo obeys every rule the real data obeys.
 */
@ApplicationScoped
public class DemoCatalogue {

  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

  @Inject
  @ConfigProperty(name = "market.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "market.demo.sales-history", defaultValue = "false")
  boolean salesHistory;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  @Inject Accounts accounts;
  @Inject Shops shops;
  @Inject OwnerIdentities identities;
  @Inject ArtisanCatalog catalog;
  @Inject OcopCertificates ocop;

  /** A product's OCOP rating as the demo data has it, certified once every shop is loaded. */
  private record Rated(Caller artisan, long productId, int stars, String number) {}

  private final Queue<Rated> rated = new ConcurrentLinkedQueue<>();

  void load(@Observes @Priority(DatabaseMigration.SCHEMA_READY) Startup startup) {
    if (!enabled) {
      return;
    }
    // The admin account is created last, so finding it means an earlier start loaded everything.
    if (accounts.findByEmail(DemoData.ADMIN_EMAIL).isPresent()) {
      LOG.info("Demo catalogue already present; not loading it again");
      return;
    }
    DemoData data = DemoData.generate();
    if (data.accounts().stream().anyMatch(a -> accounts.findByEmail(a.email()).isPresent())) {
      LOG.warning("An earlier demo load stopped half-way (" + DemoData.ADMIN_EMAIL
          + " is missing); recreate the database to load the demo catalogue again");
      return;
    }
    long started = System.nanoTime();
    // with a sales history to follow, the shops opened before their first sale, not today
    Instant opened = salesHistory ? SalesPlan.opening(clock.instant()) : null;

    // Password hashing and picture drawing are CPU-bound: loading the shops side by side on the
    // container's threads roughly halves the wait on two cores. Every call is still its own
    // transaction through a boundary.
    Map<String, List<DemoProduct>> productsByOwner = data.products().stream()
        .collect(Collectors.groupingBy(DemoProduct::ownerEmail));
    Map<String, DemoAccount> accountsByEmail = data.accounts().stream()
        .collect(Collectors.toMap(DemoAccount::email, a -> a));
    // the officer first: they verify the shop owners' identities before approving the shops
    Caller officer = at(opened, () -> create(accountsByEmail.get(DemoData.OFFICER_EMAIL)));
    List<Callable<Tally>> tasks = new ArrayList<>();
    for (DemoAccount account : data.accounts()) {
      if (account.role() == Role.SHOPPER) {
        tasks.add(() -> at(opened, () -> {
          create(account);
          return new Tally(0, 0, 0, 0);
        }));
      }
    }
    for (DemoShop shop : data.shops()) {
      tasks.add(() -> at(opened, () -> loadShop(shop, officer,
          accountsByEmail.get(shop.ownerEmail()),
          productsByOwner.getOrDefault(shop.ownerEmail(), List.of()))));
    }
    Tally total = new Tally(0, 0, 0, 0);
    try {
      for (Future<Tally> done : executor.invokeAll(tasks)) {
        total = total.plus(done.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Demo catalogue load interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Demo catalogue load failed", e.getCause());
    }

    int certified = certifyOcop();
    at(opened, () -> create(accountsByEmail.get(DemoData.ADMIN_EMAIL)));

    LOG.info(String.format(Locale.ROOT,
        "Demo catalogue loaded in %.1f s: %d accounts, %d shops (%d pending), %d products"
            + " (%d active with a picture each, %d draft), %d variants, %d OCOP certificates verified",
        (System.nanoTime() - started) / 1e9, data.accounts().size(), data.shops().size(),
        total.pendingShops(), total.products(), total.active(), total.products() - total.active(),
        total.variants(), certified));
  }

  /**
   * The demo's OCOP products get their certificates as an artisan submits them today and the demo
   * officer verifies them, so their badges show; every sixth waits in the officers' queue.
   * Issued within the last 30 months (by Thái Bình before its merger into Hưng Yên in July 2025).
   */
  private int certifyOcop() {
    Caller officer = accounts.findByEmail(DemoData.OFFICER_EMAIL)
        .map(a -> new Caller(a.id(), a.email(), a.roles()))
        .orElseThrow();
    LocalDate today = ocop.today();
    int verified = 0;
    int i = 0;
    for (Rated r : rated.stream().sorted(java.util.Comparator.comparingLong(Rated::productId)).toList()) {
      LocalDate issued = YearMonth.from(today).minusMonths(1 + Math.floorMod(r.number().hashCode(), 30))
          .atDay(1 + Math.floorMod(r.productId(), 28));
      boolean thaiBinh = issued.isBefore(LocalDate.of(2025, 7, 1));
      String number = r.number().replaceFirst("^OCOP-TB-\\d{4}",
          (thaiBinh ? "OCOP-TB-" : "OCOP-HY-") + issued.getYear());
      CertificateView submitted = ocop.submit(r.artisan(), r.productId(), new CertificateRequest(
          r.stars(), number, thaiBinh ? "UBND tỉnh Thái Bình" : "UBND tỉnh Hưng Yên",
          issued.toString(), issued.plusMonths(36).minusDays(1).toString()));
      if (i++ % 6 != 5) {
        ocop.verify(officer, submitted.id());
        verified++;
      }
    }
    return verified;
  }

  /** {@code work} at {@code opened}, or now when there is no history to open before. */
  private static <T> T at(Instant opened, Supplier<T> work) {
    return opened == null ? work.get() : HistoryClock.at(opened, work);
  }

  /** One artisan's account, shop and products, in the order an artisan would make them. */
  private Tally loadShop(DemoShop shop, Caller officer, DemoAccount owner, List<DemoProduct> products) {
    Caller artisan = create(owner);
    ShopView opened = shops.open(artisan, shop.request());
    // every owner declares who they are; the officer verified the approved shops' owners in person
    identities.declare(artisan, identity(shop, owner));
    if (shop.approved()) {
      identities.verify(officer, opened.id(),
          new VerifyRequest("IN_PERSON", "Đối chiếu CCCD tại UBND xã (dữ liệu mẫu)"));
      shops.approve(opened.id());
    }
    int active = 0;
    int variants = 0;
    for (DemoProduct product : products) {
      OwnProductView created = catalog.create(artisan, product.request());
      variants += created.variants().size();
      if (product.request().ocopStars() != null && product.request().ocopStars() > 0) {
        rated.add(new Rated(artisan, created.id(), product.request().ocopStars(),
            product.request().ocopCertificate()));
      }
      if (product.active()) {
        String title = product.request().title();
        addPicture(artisan, created.id(), DemoPictures.png(product.craft(), title), "Ảnh minh họa: " + title);
        active++;
      }
    }
    return new Tally(shop.approved() ? 0 : 1, products.size(), active, variants);
  }

  /**
   * A fake but well-formed identity: a citizen ID of the Thái Bình province code (034), born
   * 1955-1994, its sequence drawn from the shop's code; an address in its craft village.
   */
  static IdentityRequest identity(DemoShop shop, DemoAccount owner) {
    int seed = Math.floorMod(shop.code().hashCode(), 1_000_000);
    String citizenId = String.format(Locale.ROOT, "034%d%02d%06d", seed % 2, 55 + seed % 40, seed);
    return new IdentityRequest(owner.displayName(), citizenId, null,
        "Thôn " + shop.craft().villageName + ", tỉnh Hưng Yên", null);
  }

  /**
   * The shops load side by side and a picture takes media's few decoding slots for a while (seven
   * renditions): on a busy machine an upload may wait past its turn, so it tries again, as an
   * artisan's page would.
   */
  private void addPicture(Caller artisan, long productId, byte[] png, String alt) {
    for (int attempt = 1; ; attempt++) {
      try {
        catalog.addImage(artisan, productId, png, alt);
        return;
      } catch (ImagesBusyException busy) {
        if (attempt == 20) {
          throw busy;
        }
        try {
          Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw busy;
        }
      }
    }
  }

  private record Tally(int pendingShops, int products, int active, int variants) {
    Tally plus(Tally other) {
      return new Tally(pendingShops + other.pendingShops, products + other.products,
          active + other.active, variants + other.variants);
    }
  }

  private Caller create(DemoAccount demo) {
    Account account =
        accounts.create(demo.email(), DemoData.PASSWORD, demo.displayName(), Set.of(demo.role()));
    return new Caller(account.id(), account.email(), account.roles());
  }
}
