package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.ShopViews.ShopPlace;
import vn.langnghe.market.shops.Shops;

/**
 * The officers' view of artisans' income: money the banks confirmed paid to the shops, by month
 * (the day the bank's report said paid, in Vietnam's time) and by commune or craft village.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PayoutReports {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Two years of months at most in one report: the dashboard asks for twelve. */
  static final int MAX_MONTHS = 24;

  public enum Grouping { COMMUNE, VILLAGE }

  /** One month and place: what was paid, to how many shops, in how many transfers. */
  public record Row(String month, String key, String label, long amountVnd, int shops, int transfers) {}

  public record Report(String from, String to, String groupBy, List<Row> rows, long totalVnd,
      int shops) {}

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Clock clock;

  public Report paidOut(YearMonth from, YearMonth to, Grouping grouping) {
    YearMonth last = to == null ? YearMonth.now(clock.withZone(VIETNAM)) : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (last.isBefore(first)) {
      throw new Problems.InvalidInputException("to", "must not be before from");
    }
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      throw new Problems.InvalidInputException("from", "at most " + MAX_MONTHS + " months at once");
    }
    Instant start = first.atDay(1).atStartOfDay(VIETNAM).toInstant();
    Instant end = last.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant();
    @SuppressWarnings("unchecked")
    List<Object[]> paid = em.createNativeQuery("select shop_id, amount_vnd, settled_at from payout_line"
            + " where status = 'PAID' and settled_at >= ?1 and settled_at < ?2")
        .setParameter(1, Timestamp.from(start))
        .setParameter(2, Timestamp.from(end))
        .getResultList();
    Set<Long> shopIds = new HashSet<>();
    for (Object[] line : paid) {
      shopIds.add(((Number) line[0]).longValue());
    }
    Map<Long, ShopPlace> places = shops.places(shopIds);
    Map<String, Cell> cells = new TreeMap<>();
    long total = 0;
    for (Object[] line : paid) {
      long shop = ((Number) line[0]).longValue();
      long amount = ((Number) line[1]).longValue();
      String month = YearMonth.from(settledAt(line[2]).atZone(VIETNAM)).toString();
      ShopPlace place = places.get(shop);
      String key = place == null ? null
          : grouping == Grouping.COMMUNE ? place.communeCode()
          : place.villageId() == null ? null : String.valueOf(place.villageId());
      String label = key == null ? null
          : grouping == Grouping.COMMUNE ? place.communeName() : place.villageName();
      cells.computeIfAbsent(month + "\u0000" + (key == null ? "" : key), k -> new Cell(month, key, label))
          .add(shop, amount);
      total += amount;
    }
    List<Row> rows = new ArrayList<>();
    for (Cell c : cells.values()) {
      rows.add(new Row(c.month, c.key, c.label, c.amount, c.shops.size(), c.transfers));
    }
    rows.sort(Comparator.comparing(Row::month).thenComparing(Row::amountVnd, Comparator.reverseOrder()));
    return new Report(first.toString(), last.toString(), grouping.name().toLowerCase(), rows, total,
        shopIds.size());
  }

  private static Instant settledAt(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    return (Instant) value;
  }

  private static final class Cell {
    final String month;
    final String key;
    final String label;
    final Set<Long> shops = new HashSet<>();
    long amount;
    int transfers;

    Cell(String month, String key, String label) {
      this.month = month;
      this.key = key;
      this.label = label;
    }

    void add(long shop, long amountVnd) {
      shops.add(shop);
      amount += amountVnd;
      transfers++;
    }
  }
}
