package vn.langnghe.market.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.LockContention;

/**
 * Recomputes both fact tables, and their monthly roll-ups, from the orders, and replaces what
 * differs. It runs as many short steps ({@link FactsRebuildSteps}), so payments go on meanwhile
 * and no step meets the transaction timeout however many orders there are: first the orders are
 * read in batches of ids into scratch tables (payments of orders already read add to the scratch
 * too), then each day and each month is compared and, where it differs, replaced.
 */
@ApplicationScoped
public class FactsRebuild {

  /**
   * What a rebuild found: rows of each table (daily, then its monthly roll-up) that differed from
   * the kept ones, which were then replaced by the rebuilt.
   */
  public record Rebuild(long salesRows, long salesRowsDiffering, long productRows,
      long productRowsDiffering, long salesMonthRows, long salesMonthRowsDiffering,
      long productMonthRows, long productMonthRowsDiffering, boolean replaced) {
    public boolean agreed() {
      return salesRowsDiffering + productRowsDiffering + salesMonthRowsDiffering
          + productMonthRowsDiffering == 0;
    }
  }

  private static final int CLEAR_ROWS = 5_000;

  @Inject FactsRebuildSteps steps;

  /** Order ids read per step: payments wait at most for one such step. */
  @Inject
  @ConfigProperty(name = "market.reports.rebuild-batch", defaultValue = "1000")
  int batch;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Rebuild run() {
    long rebuild = steps.start();
    try {
      for (String daily : SalesFacts.TABLES) {
        for (String scratch : new String[] {daily + "_rebuild", SalesFacts.monthly(daily) + "_rebuild"}) {
          int cleared;
          do {
            cleared = LockContention.retried(() -> steps.clear(rebuild, scratch, CLEAR_ROWS));
          } while (cleared == CLEAR_ROWS);
        }
      }
      steps.begin(rebuild);
      boolean more;
      do {
        more = LockContention.retried(() -> steps.nextBatch(rebuild, batch));
      } while (more);
      long[] rows = new long[4];
      long[] differing = new long[4];
      for (int t = 0; t < SalesFacts.TABLES.length; t++) {
        String daily = SalesFacts.TABLES[t];
        for (LocalDate day : steps.periods(daily, "day")) {
          differing[t] += LockContention.retried(() -> steps.settleDay(rebuild, daily, day));
        }
        for (LocalDate month : steps.months(daily)) {
          differing[t + 2] += LockContention.retried(() -> steps.settleMonth(rebuild, daily, month));
        }
        rows[t] = steps.rows(daily + "_rebuild");
        rows[t + 2] = steps.rows(SalesFacts.monthly(daily) + "_rebuild");
      }
      steps.finish(rebuild);
      return new Rebuild(rows[0], differing[0], rows[1], differing[1], rows[2], differing[2],
          rows[3], differing[3], differing[0] + differing[1] + differing[2] + differing[3] > 0);
    } catch (RuntimeException e) {
      steps.abandon(rebuild);
      throw e;
    }
  }
}
