package vn.langnghe.market.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;

/** Whole Vietnam days from {@code from} to {@code to}, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** A default period is the last 30 days, today included. */
  static final int DEFAULT_DAYS = 30;
  /** Longer ranges are exports of the whole history, not reports. */
  static final int MAX_YEARS = 3;

  /** Either bound may be missing: {@code to} is then today, {@code from} 29 days before it. */
  public static ReportPeriod of(String from, String to, LocalDate today) {
    LocalDate end = QueryParams.dateOrNull("to", to);
    LocalDate start = QueryParams.dateOrNull("from", from);
    end = end == null ? today : end;
    start = start == null ? end.minusDays(DEFAULT_DAYS - 1) : start;
    if (end.isBefore(start)) {
      throw new Problems.InvalidInputException("to", "must not be before from");
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw new Problems.InvalidInputException("from", "must be at most " + MAX_YEARS + " years before to");
    }
    return new ReportPeriod(start, end);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length that ends the day before this one starts. */
  public ReportPeriod previous() {
    return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
  }

  /**
   * The whole calendar months inside the period, from the first of one month to the last day of
   * the same or a later one; null when the period holds none. The monthly roll-up serves these.
   */
  ReportPeriod wholeMonths() {
    LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate afterLast = to.plusDays(1).withDayOfMonth(1);
    return first.isBefore(afterLast) ? new ReportPeriod(first, afterLast.minusDays(1)) : null;
  }

  /** The days of the period outside its whole months (none, one or two runs of days). */
  List<ReportPeriod> edgeDays() {
    ReportPeriod months = wholeMonths();
    if (months == null) {
      return List.of(this);
    }
    List<ReportPeriod> edges = new ArrayList<>();
    if (from.isBefore(months.from)) {
      edges.add(new ReportPeriod(from, months.from.minusDays(1)));
    }
    if (to.isAfter(months.to)) {
      edges.add(new ReportPeriod(months.to.plusDays(1), to));
    }
    return edges;
  }

  /** The first instant of the period, as stored (UTC). */
  LocalDateTime startUtc() {
    return LocalDateTime.ofInstant(from.atStartOfDay(VIETNAM).toInstant(), ZoneOffset.UTC);
  }

  /** The first instant after the period, as stored (UTC). */
  LocalDateTime endUtc() {
    return LocalDateTime.ofInstant(to.plusDays(1).atStartOfDay(VIETNAM).toInstant(), ZoneOffset.UTC);
  }
}
