package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.ledger.LedgerEntry;
import vn.langnghe.market.ledger.LedgerViews.EntryView;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.ShopViews.TaxIdentity;
import vn.langnghe.market.shops.Shops;

/**
 * An artisan's monthly statement: opening balance + sales − commission − withholding − refunds −
 * payouts = closing balance, where a balance is Σ ledger net − Σ paid out so far. A payout counts
 * when its line is made and counts back when the bank rejects it (the money is owed again).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Statements {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** A payout line made in the month (money out) or rejected in it (money back, negative). */
  public record PayoutMovement(long lineId, Instant at, boolean rejected, long amountVnd) {}

  /** Amounts in whole VND; refunds, commission, withholding and payouts as positive deductions. */
  public record MonthlyStatement(TaxIdentity shop, YearMonth month, long openingVnd, long salesVnd,
      long commissionVnd, long withholdingVnd, long refundsVnd, long payoutsVnd, long closingVnd,
      List<EntryView> lines, List<PayoutMovement> payouts, Instant madeAt) {}

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject Shops shops;
  @Inject Clock clock;

  public MonthlyStatement of(Caller artisan, YearMonth month) {
    if (month.isAfter(YearMonth.now(clock.withZone(VIETNAM)))) {
      throw new Problems.InvalidInputException("month", "must not be in the future");
    }
    TaxIdentity shop = shops.ownTaxIdentity(artisan);
    Instant start = month.atDay(1).atStartOfDay(VIETNAM).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant();

    List<EntryView> lines = ledger.lines(shop.shopId(), start, end);
    long sales = 0;
    long refunds = 0;
    long commission = 0;
    long withholding = 0;
    for (EntryView line : lines) {
      if (line.kind() == LedgerEntry.Kind.SALE) {
        sales += line.grossVnd();
      } else {
        refunds -= line.grossVnd();
      }
      commission += line.commissionVnd();
      withholding += line.vatWithheldVnd() + line.pitWithheldVnd();
    }
    List<PayoutMovement> payouts = payoutMovements(shop.shopId(), start, end);
    long paidOut = payouts.stream().mapToLong(PayoutMovement::amountVnd).sum();
    long opening = ledger.netBefore(shop.shopId(), start) - paidOutBefore(shop.shopId(), start);
    long closing = opening + sales - commission - withholding - refunds - paidOut;
    return new MonthlyStatement(shop, month, opening, sales, commission, withholding, refunds,
        paidOut, closing, lines, payouts, clock.instant());
  }

  /** Σ of the shop's payout lines made before {@code at}, less those rejected before it. */
  private long paidOutBefore(long shopId, Instant at) {
    Object made = em.createNativeQuery("SELECT COALESCE(SUM(amount_vnd), 0) FROM payout_line"
            + " WHERE shop_id = ?1 AND created_at < ?2")
        .setParameter(1, shopId)
        .setParameter(2, utc(at))
        .getSingleResult();
    Object rejected = em.createNativeQuery("SELECT COALESCE(SUM(amount_vnd), 0) FROM payout_line"
            + " WHERE shop_id = ?1 AND status = 'REJECTED' AND settled_at < ?2")
        .setParameter(1, shopId)
        .setParameter(2, utc(at))
        .getSingleResult();
    return ((Number) made).longValue() - ((Number) rejected).longValue();
  }

  private List<PayoutMovement> payoutMovements(long shopId, Instant start, Instant end) {
    List<PayoutMovement> movements = new ArrayList<>();
    movements.addAll(movements("SELECT id, created_at, amount_vnd FROM payout_line"
        + " WHERE shop_id = ?1 AND created_at >= ?2 AND created_at < ?3", shopId, start, end, false));
    movements.addAll(movements("SELECT id, settled_at, amount_vnd FROM payout_line"
        + " WHERE shop_id = ?1 AND status = 'REJECTED' AND settled_at >= ?2 AND settled_at < ?3",
        shopId, start, end, true));
    movements.sort(Comparator.comparing(PayoutMovement::at).thenComparing(PayoutMovement::lineId));
    return movements;
  }

  /** Rows of (line id, when, amount); a rejection gives the amount back, so it counts negative. */
  private List<PayoutMovement> movements(String sql, long shopId, Instant start, Instant end,
      boolean rejected) {
    List<?> rows = em.createNativeQuery(sql)
        .setParameter(1, shopId)
        .setParameter(2, utc(start))
        .setParameter(3, utc(end))
        .getResultList();
    return rows.stream().map(row -> (Object[]) row)
        .map(r -> new PayoutMovement(((Number) r[0]).longValue(), instant(r[1]), rejected,
            (rejected ? -1 : 1) * ((Number) r[2]).longValue()))
        .toList();
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** DATETIME(6) columns hold UTC; the driver may hand them back either way. */
  private static Instant instant(Object stored) {
    if (stored instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    return ((Timestamp) stored).toInstant(); // the driver reads DATETIME in connectionTimeZone=UTC
  }
}
