package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the whole application (UTC), replaceable where a test needs to move time. A demo
 * run gets the {@link HistoryClock}, which its sales history sets back on its own thread; any
 * other deployment gets the system clock itself.
 */
@ApplicationScoped
public class Clocks {

  @Inject
  @ConfigProperty(name = "market.demo.enabled", defaultValue = "false")
  boolean demo;

  @Produces
  Clock clock() {
    return demo ? HistoryClock.UTC : Clock.systemUTC();
  }
}
