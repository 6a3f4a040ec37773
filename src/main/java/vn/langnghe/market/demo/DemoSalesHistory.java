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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.OwnVariantView;
import vn.langnghe.market.catalog.CatalogViews.StockRequest;
import vn.langnghe.market.demo.DemoData.DemoAccount;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.demo.SalesPlan.PlannedLine;
import vn.langnghe.market.demo.SalesPlan.PlannedOrder;
import vn.langnghe.market.identity.Account;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.Fulfilment;
import vn.langnghe.market.ordering.OrderViews.AddressRequest;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.PlaceViews.UnitView;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.shops.Shops;

/**
 * Gives the demo marketplace six months of sales ({@link SalesPlan}) when
 * {@code market.demo.sales-history} is on with the demo and the demo shops have sold nothing yet,
 * so the trade office's reports and the artisans' sales and ledger open with figures. Every order
 * goes through checkout, the payment sandbox's confirmation or, paid on delivery, the carrier's
 * COD statement, and the shops' fulfilment ({@link DemoSale}), so orders, ledger and sales facts
 * agree as they do for real trade; the boundaries' clock is set back for it rather than the rows
 * moved afterwards, which would have to follow every table that keeps a time (and the order
 * numbers, which carry their day).
 */
@ApplicationScoped
public class DemoSalesHistory {

  private static final Logger LOG = Logger.getLogger(DemoSalesHistory.class.getName());
  private static final int LOGGED_FAILURES = 5;

  @Inject
  @ConfigProperty(name = "market.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "market.demo.sales-history", defaultValue = "false")
  boolean history;

  @Inject
  @ConfigProperty(name = "market.cod.max-total-vnd")
  long codMaxTotalVnd;

  @Resource ManagedExecutorService executor;

  @Inject Accounts accounts;
  @Inject Shops shops;
  @Inject ArtisanCatalog catalog;
  @Inject Fulfilment fulfilment;
  @Inject Places places;
  @Inject DemoSale sale;
  @Inject DemoPayouts payouts;
  @Inject DemoTrust trust;
  @Inject Clock clock;

  /** After the demo catalogue (which loads at {@code SCHEMA_READY}). */
  void seed(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 10) Startup startup) {
    if (demo && history) {
      // in the background: the marketplace is ready, and its address printed, while the months fill in
      executor.execute(this::seedUnlessSold);
    }
  }

  private void seedUnlessSold() {
    try {
      seedUnlessSoldNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The demo sales history could not be seeded", e);
    }
  }

  private void seedUnlessSoldNow() {
    DemoData data = DemoData.generate();
    if (accounts.findByEmail(DemoData.ADMIN_EMAIL).isEmpty()) {
      LOG.info("No complete demo catalogue: no demo sales history");
      return;
    }
    Map<String, Caller> artisans = new LinkedHashMap<>();
    Map<Long, String> ownerOfShop = new HashMap<>();
    long partsSold = 0;
    for (DemoShop shop : data.shops()) {
      if (shop.approved()) {
        Caller artisan = caller(accounts.findByEmail(shop.ownerEmail()).orElseThrow());
        artisans.put(shop.ownerEmail(), artisan);
        ownerOfShop.put(shops.ownShop(artisan).id(), shop.ownerEmail());
        partsSold += fulfilment.queue(artisan, null, new Page.Request(0, 1)).total();
      }
    }
    // an earlier start seeded the history, or people have traded in the demo shops: leave them be
    if (partsSold > 0) {
      LOG.info("The demo shops have orders already: no sales history seeded");
      return;
    }

    long started = System.nanoTime();
    Instant now = clock.instant();
    SalesPlan plan = SalesPlan.of(data, LocalDate.ofInstant(now, SalesPlan.VIETNAM), codMaxTotalVnd);
    List<String> communes = communes();
    List<Caller> buyers = SalesPlan.BUYERS.stream().map(this::buyer).toList();
    restock(plan, artisans);
    long admin = accounts.findByEmail(DemoData.ADMIN_EMAIL).orElseThrow().id();
    DemoPayouts.Weeks weeks = payouts.begin(artisans, admin,
        plan.orders().isEmpty() ? now : plan.orders().get(0).placedAt().minusSeconds(3600));

    Map<SalesPlan.Fate, Integer> fates = new EnumMap<>(SalesPlan.Fate.class);
    int failed = 0;
    List<DemoTrust.Sold> delivered = new ArrayList<>();
    for (PlannedOrder order : plan.orders()) {
      if (Thread.currentThread().isInterrupted()) {
        LOG.info("Demo sales history interrupted");
        return;
      }
      weeks.upTo(order.placedAt());
      DemoSale.Cast cast = new DemoSale.Cast(buyers.get(order.buyer()),
          address(order, communes), artisans, ownerOfShop);
      try {
        String number = LockContention.retried(() -> sale.replay(order, cast, now));
        if (order.fate() == SalesPlan.Fate.FULFILLED || order.fate() == SalesPlan.Fate.SHOP_CANCELS_PART) {
          delivered.add(new DemoTrust.Sold(cast.buyer(), number));
        }
        fates.merge(order.fate(), 1, Integer::sum);
      } catch (RuntimeException e) {
        if (++failed <= LOGGED_FAILURES) {
          LOG.log(Level.WARNING, "Demo order of " + order.placedAt() + " not seeded", e);
        }
      }
    }
    weeks.upTo(now);
    LOG.info(String.format(Locale.ROOT,
        "Demo sales history from %s to %s seeded in %.1f s: %d orders %s, %d failed",
        plan.from(), plan.to(), (System.nanoTime() - started) / 1e9,
        plan.orders().size() - failed, fates, failed));

    // once, with the history: a later start finds the shops' orders and stops above
    Caller shopper = caller(accounts.findByEmail(DemoData.SHOPPER_EMAIL).orElseThrow());
    AddressRequest home = new AddressRequest("Trần Minh Anh", "0912468035", "Số 27, ngõ Chùa, thôn Đoài",
        communes.get(communes.size() / 2));
    trust.seed(data, new DemoTrust.Cast(shopper, home, buyers, artisans, ownerOfShop), delivered, now);
  }

  /**
   * The history sells what the demo catalogue holds now, and would sell much of it out: each piece
   * it sells is first added to the shelf through the artisan's own restock, so the catalogue ends
   * about where it began.
   */
  private void restock(SalesPlan plan, Map<String, Caller> artisans) {
    Map<String, Integer> planned = new HashMap<>();
    for (PlannedOrder order : plan.orders()) {
      for (PlannedLine line : order.lines()) {
        planned.merge(line.sku(), line.quantity(), Integer::sum);
      }
    }
    for (Caller artisan : artisans.values()) {
      for (OwnProductView product : catalog.products(artisan, new Page.Request(0, Page.MAX_SIZE)).items()) {
        for (OwnVariantView variant : product.variants()) {
          Integer sold = planned.get(variant.sku());
          if (sold != null) {
            catalog.changeStock(artisan, product.id(), variant.sku(), new StockRequest(null, null, sold));
          }
        }
      }
    }
  }

  /** Every commune an order may be sent to today. */
  private List<String> communes() {
    List<String> codes = new ArrayList<>();
    for (UnitView province : places.units(null, null, null)) {
      for (UnitView unit : places.units(province.code(), null, null)) {
        if (AdministrativeUnit.Level.COMMUNE.name().equals(unit.level())) {
          codes.add(unit.code());
        }
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("No commune to deliver the demo orders to");
    }
    return codes;
  }

  private static AddressRequest address(PlannedOrder order, List<String> communes) {
    DemoAccount buyer = SalesPlan.BUYERS.get(order.buyer());
    return new AddressRequest(buyer.displayName(),
        String.format(Locale.ROOT, "09%d%07d", 1 + order.buyer(), 4_512_086L * (order.buyer() + 3) % 10_000_000L),
        "Số " + (8 + 11 * order.buyer()) + ", thôn Đông", communes.get(order.destination() % communes.size()));
  }

  private Caller buyer(DemoAccount demo) {
    Optional<Account> existing = accounts.findByEmail(demo.email());
    return caller(existing.orElseGet(() ->
        accounts.create(demo.email(), DemoData.PASSWORD, demo.displayName(), Set.of(demo.role()))));
  }

  private static Caller caller(Account account) {
    return new Caller(account.id(), account.email(), account.roles());
  }
}
