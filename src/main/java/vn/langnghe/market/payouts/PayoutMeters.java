package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.langnghe.market.platform.Metrics;

/**
 * The payout runs' state as gauges (docs/operations.md, "Metrics and alerts"): how many runs are
 * open and how long the oldest has been. A run stays open until the bank has answered for every
 * line, so an old open run is a bank file nobody imported, or money the bank still holds.
 */
@ApplicationScoped
public class PayoutMeters {

  @Inject Metrics metrics;
  @Inject PayoutRuns runs;

  void register(@Observes Startup startup) {
    metrics.sampleWaiting("payout runs", "market.payouts.runs.open",
        "market.payouts.runs.open.oldest.seconds", runs::open);
  }
}
