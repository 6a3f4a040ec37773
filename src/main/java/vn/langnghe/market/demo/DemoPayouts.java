package vn.langnghe.market.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.payouts.PayoutAccountViews.AccountRequest;
import vn.langnghe.market.payouts.PayoutRuns;
import vn.langnghe.market.payouts.PayoutSchedule;
import vn.langnghe.market.payouts.PayoutViews.LineView;
import vn.langnghe.market.payouts.PayoutViews.RunView;
import vn.langnghe.market.payouts.ReceivingAccounts;
import vn.langnghe.market.platform.HistoryClock;

/**
 * The payouts of the demo's sales history: the demo artisans enter their receiving accounts when
 * the history begins (one in a relative's name, left for an officer to approve), and every Monday
 * of the history the week's run is made and, the next day, the bank's answer imported (one
 * transfer rejected as a duplicate, paid again the week after), through the same services as the admin's page.
 * So the money page and the officers' income report open with months of payouts.
 */
@ApplicationScoped
public class DemoPayouts {

  private static final Logger LOG = Logger.getLogger(DemoPayouts.class.getName());
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalTime RUN_AT = LocalTime.of(9, 0);
  private static final LocalTime BANK_ANSWERS_AT = LocalTime.of(10, 30);
  private static final List<String> BANKS = List.of("970405", "970415", "970436", "970418");
  /** The history's run whose first transfer the bank rejects (a duplicate), paid again the next week. */
  private static final int REJECTED_RUN = 6;

  @Inject ReceivingAccounts receivingAccounts;
  @Inject PayoutRuns runs;
  @Inject Accounts accounts;

  /** Where the history's weekly runs have got to. */
  final class Weeks {
    private final long admin;
    private LocalDate nextMonday;
    private int made;

    private Weeks(long admin, LocalDate firstMonday) {
      this.admin = admin;
      this.nextMonday = firstMonday;
    }

    /**
     * Makes the run of every Monday 09:00 (Vietnam) whose bank answer (the next morning) has come
     * by {@code until}, and imports that answer; a week still waiting for it is left to the
     * schedule and the admin.
     */
    void upTo(Instant until) {
      while (!answered(nextMonday).isAfter(until)) {
        LocalDate monday = nextMonday;
        nextMonday = monday.plusWeeks(1);
        try {
          week(monday);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Demo payout run of " + monday + " not made", e);
        }
      }
    }

    private void week(LocalDate monday) {
      String period = PayoutSchedule.period(monday(monday));
      RunView run = HistoryClock.at(monday(monday), () -> runs.create(period, admin).run());
      if (run.lines().isEmpty()) {
        return;
      }
      String answer = "endToEndId,status,reason\n" + run.lines().stream()
          .map(line -> line.endToEndId() + "," + (rejects(line, run) ? "RJCT,AM05 Giao dịch trùng lặp" : "ACSC,"))
          .collect(Collectors.joining("\n"));
      made++;
      HistoryClock.at(answered(monday), () -> runs.importStatus(run.id(), "sao-ke-" + period + ".csv",
          "text/csv", answer.getBytes(StandardCharsets.UTF_8), admin));
    }

    private boolean rejects(LineView line, RunView run) {
      return made == REJECTED_RUN && line.id() == run.lines().get(0).id();
    }
  }

  /**
   * The artisans' receiving accounts at {@code at}, the history's first day, and the weekly runs
   * from the Monday after it.
   */
  Weeks begin(Map<String, Caller> artisans, long admin, Instant at) {
    int i = 0;
    for (Map.Entry<String, Caller> artisan : artisans.entrySet()) {
      String owner = accounts.findByEmail(artisan.getKey()).orElseThrow().displayName();
      // the last shop's account is in a relative's name: it waits for an officer's approval
      String holder = ++i == artisans.size() ? "Phạm Thị Thu Hà" : owner;
      AccountRequest request = new AccountRequest(BANKS.get(i % BANKS.size()),
          String.format("%d%09d", 1 + i % 9, 104_729L * (i + 7) % 1_000_000_000L), holder,
          DemoData.PASSWORD);
      try {
        HistoryClock.at(at, () -> receivingAccounts.change(artisan.getValue(), request, "demo-history"));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Demo receiving account of " + artisan.getKey() + " not set", e);
      }
    }
    LocalDate first = at.atZone(VIETNAM).toLocalDate();
    while (first.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
      first = first.plusDays(1);
    }
    return new Weeks(admin, first);
  }

  private static Instant monday(LocalDate monday) {
    return monday.atTime(RUN_AT).atZone(VIETNAM).toInstant();
  }

  /** When the bank's answer to a Monday's run comes: the next morning. */
  private static Instant answered(LocalDate monday) {
    return monday.plusDays(1).atTime(BANK_ANSWERS_AT).atZone(VIETNAM).toInstant();
  }
}
