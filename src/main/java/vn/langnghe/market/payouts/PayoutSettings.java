package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The payouts' configuration, read once: window, minimum, schedule and the paying account. */
@ApplicationScoped
public class PayoutSettings {

  @Inject
  @ConfigProperty(name = "market.payouts.return-window", defaultValue = "P7D")
  Duration returnWindow;

  @Inject
  @ConfigProperty(name = "market.payouts.minimum-vnd", defaultValue = "50000")
  long minimumVnd;

  @Inject
  @ConfigProperty(name = "market.payouts.schedule", defaultValue = "MONDAY 09:00")
  String schedule;

  @Inject
  @ConfigProperty(name = "market.payouts.schedule-check", defaultValue = "PT10M")
  Duration scheduleCheck;

  @Inject
  @ConfigProperty(name = "market.payouts.debtor-name", defaultValue = "CONG TY LANG NGHE MARKET")
  String debtorName;

  @Inject
  @ConfigProperty(name = "market.payouts.debtor-account", defaultValue = "0011001234567")
  String debtorAccount;

  @Inject
  @ConfigProperty(name = "market.payouts.debtor-bank-bin", defaultValue = "970436")
  String debtorBankBin;

  public Balances balances() {
    return new Balances(returnWindow);
  }

  public Duration returnWindow() {
    return returnWindow;
  }

  public long minimumVnd() {
    return minimumVnd;
  }

  public PayoutSchedule schedule() {
    return PayoutSchedule.parse(schedule);
  }

  public Duration scheduleCheck() {
    return scheduleCheck;
  }

  Pain001.Debtor debtor() {
    return new Pain001.Debtor(debtorName, debtorAccount, debtorBankBin);
  }
}
