package vn.langnghe.market.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.demo.DemoData.DemoAccount;
import vn.langnghe.market.demo.DemoData.DemoProduct;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.identity.Account;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.DatabaseMigration;
import vn.langnghe.market.shops.ShopViews.ShopView;
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

  @Inject Accounts accounts;
  @Inject Shops shops;
  @Inject ArtisanCatalog catalog;

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
    if (accounts.findByEmail(data.accounts().get(0).email()).isPresent()) {
      LOG.warning("An earlier demo load stopped half-way (" + DemoData.ADMIN_EMAIL
          + " is missing); recreate the database to load the demo catalogue again");
      return;
    }
    long started = System.nanoTime();

    Map<String, Caller> callers = new HashMap<>();
    for (DemoAccount account : data.accounts()) {
      if (!account.email().equals(DemoData.ADMIN_EMAIL)) {
        callers.put(account.email(), create(account));
      }
    }

    int pending = 0;
    for (DemoShop shop : data.shops()) {
      ShopView opened = shops.open(callers.get(shop.ownerEmail()), shop.request());
      if (shop.approved()) {
        shops.approve(opened.id());
      } else {
        pending++;
      }
    }

    int active = 0;
    int variants = 0;
    for (DemoProduct product : data.products()) {
      Caller artisan = callers.get(product.ownerEmail());
      OwnProductView created = catalog.create(artisan, product.request());
      variants += created.variants().size();
      if (product.active()) {
        String title = product.request().title();
        catalog.addImage(artisan, created.id(), DemoPictures.png(product.craft(), title),
            "Ảnh minh họa: " + title);
        active++;
      }
    }

    create(data.accounts().stream()
        .filter(a -> a.email().equals(DemoData.ADMIN_EMAIL))
        .findFirst()
        .orElseThrow());

    LOG.info(String.format(Locale.ROOT,
        "Demo catalogue loaded in %.1f s: %d accounts, %d shops (%d pending), %d products"
            + " (%d active with a picture each, %d draft), %d variants",
        (System.nanoTime() - started) / 1e9, data.accounts().size(), data.shops().size(), pending,
        data.products().size(), active, data.products().size() - active, variants));
  }

  private Caller create(DemoAccount demo) {
    Account account =
        accounts.create(demo.email(), DemoData.PASSWORD, demo.displayName(), Set.of(demo.role()));
    return new Caller(account.id(), account.email(), account.roles());
  }
}
