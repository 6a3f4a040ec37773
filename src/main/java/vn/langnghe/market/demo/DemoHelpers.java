package vn.langnghe.market.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.digitalhelpers.DigitalHelpers;
import vn.langnghe.market.digitalhelpers.HelperViews.AppointRequest;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.DatabaseMigration;

/**
 * The demo's commune digital helper, serving Trà Giang (the Đồng Xâm silver village) and Lê Lợi
 * (Nam Cao đũi weaving), appointed by the demo officer after the catalogue is loaded.
 */
@ApplicationScoped
public class DemoHelpers {

  private static final Logger LOG = Logger.getLogger(DemoHelpers.class.getName());
  static final String HELPER_EMAIL = "helper@demo.langnghe.vn";
  /** Xã Trà Giang and Xã Lê Lợi (Hưng Yên), 2025 codes. */
  static final List<String> COMMUNES = List.of("13093", "13120");

  @Inject
  @ConfigProperty(name = "market.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Accounts accounts;
  @Inject DigitalHelpers helpers;

  void load(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 5) Startup startup) {
    if (!enabled || accounts.findByEmail(HELPER_EMAIL).isPresent()) {
      return;
    }
    var officer = accounts.findByEmail(DemoData.OFFICER_EMAIL);
    if (officer.isEmpty()) {
      return;
    }
    accounts.create(HELPER_EMAIL, DemoData.PASSWORD, "Nguyễn Văn Hỗ Trợ", Set.of(Role.DIGITAL_HELPER));
    helpers.appoint(new Caller(officer.get().id(), officer.get().email(), officer.get().roles()),
        new AppointRequest(HELPER_EMAIL, null, COMMUNES));
    LOG.info("Demo digital helper " + HELPER_EMAIL + " serves communes " + COMMUNES);
  }
}
