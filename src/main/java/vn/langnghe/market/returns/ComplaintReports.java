package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.returns.ReturnViews.ComplaintReport;
import vn.langnghe.market.returns.ReturnViews.ComplaintRow;

/**
 * Complaints for trade officers: returns and disputes asked in a period, by the commune or the
 * craft of the shop's village, with how many were refunded and the median time from request to
 * the end (refund, decision or closing).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintReports {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public ComplaintReport report(String fromText, String toText, String groupByText) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
    LocalDate to = QueryParams.dateOrNull("to", toText);
    LocalDate from = QueryParams.dateOrNull("from", fromText);
    to = to == null ? today : to;
    from = from == null ? to.minusDays(89) : from;
    if (to.isBefore(from)) {
      throw new Problems.InvalidInputException("to", "must not be before from");
    }
    String groupBy = groupByText == null || groupByText.isBlank() ? "commune" : groupByText.strip();
    String key;
    String label;
    switch (groupBy) {
      case "commune" -> {
        key = "COALESCE(u.code, '')";
        label = "COALESCE(u.name, '')";
      }
      case "craft" -> {
        key = "COALESCE(v.craft, '')";
        label = "COALESCE(v.craft, '')";
      }
      default -> throw new Problems.InvalidInputException("groupBy", "must be commune or craft");
    }
    // shops, villages and units are read, never written: a report across components, like the facts'
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT " + key + ", " + label + ", r.status,"
            + " r.escalated_at IS NOT NULL, r.refunded_vnd, r.created_at, r.closed_at"
            + " FROM return_request r JOIN shop s ON s.id = r.shop_id"
            + " LEFT JOIN craft_village v ON v.id = s.village_id"
            + " LEFT JOIN administrative_unit u ON u.id = v.commune_id"
            + " WHERE r.created_at >= ? AND r.created_at < ? ORDER BY 1")
        .setParameter(1, utc(from))
        .setParameter(2, utc(to.plusDays(1)))
        .getResultList();
    Map<String, Acc> groups = new LinkedHashMap<>();
    Acc all = new Acc("", "Tổng");
    for (Object[] row : rows) {
      Acc acc = groups.computeIfAbsent((String) row[0], k -> new Acc(k, (String) row[1]));
      for (Acc a : List.of(acc, all)) {
        a.add((String) row[2], ((Number) row[3]).intValue() != 0, ((Number) row[4]).longValue(),
            instant(row[5]), instant(row[6]));
      }
    }
    long overdue = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM return_request"
            + " WHERE closed_at IS NULL AND due_at <= ?")
        .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .getSingleResult()).longValue();
    return new ComplaintReport(from.toString(), to.toString(), groupBy,
        groups.values().stream().map(Acc::row).toList(), all.row(), overdue);
  }

  private static LocalDateTime utc(LocalDate day) {
    return LocalDateTime.ofInstant(day.atStartOfDay(VIETNAM).toInstant(), ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("a time as " + value.getClass());
  }

  /** One group's counts as the rows come in. */
  private static final class Acc {
    final String key;
    final String label;
    long returns;
    long disputes;
    long refunded;
    long refundedVnd;
    final List<Long> minutes = new ArrayList<>();

    Acc(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(String status, boolean disputed, long refundedVnd, Instant created, Instant closed) {
      returns++;
      if (disputed) {
        disputes++;
      }
      if (refundedVnd > 0) {
        refunded++;
        this.refundedVnd += refundedVnd;
      }
      if (closed != null && created != null) {
        minutes.add(Duration.between(created, closed).toMinutes());
      }
    }

    ComplaintRow row() {
      Double median = null;
      if (!minutes.isEmpty()) {
        List<Long> sorted = minutes.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        median = Math.round(m / 60.0 * 10) / 10.0;
      }
      return new ComplaintRow(key, label, returns, disputes, refunded, refundedVnd, minutes.size(), median);
    }
  }
}
