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
   * How to read the period's facts: {@code months} (first to last day of whole months, or null)
   * from the monthly roll-up, plus the daily facts of {@code addedDays}, minus those of
   * {@code subtractedDays} (days of those months outside the period).
   */
  record Reading(ReportPeriod months, List<ReportPeriod> addedDays, List<ReportPeriod> subtractedDays) {}

  /**
   * The cheapest reading by the days of daily facts it reads: a month the period covers only in
   * part is read either as its days inside the period or as the whole month minus its days
   * outside, whichever reads fewer days up to {@code today} (later days hold no sales yet, so the
   * month of a period that ends today is its roll-up row minus nothing).
   */
  Reading reading(LocalDate today) {
    LocalDate head = from.withDayOfMonth(1);
    LocalDate tail = to.withDayOfMonth(1);
    List<ReportPeriod> added = new ArrayList<>();
    List<ReportPeriod> subtracted = new ArrayList<>();
    if (head.equals(tail)) {
      ReportPeriod month = new ReportPeriod(head, endOfMonth(head));
      List<ReportPeriod> outside = new ArrayList<>();
      if (from.isAfter(head)) {
        outside.add(new ReportPeriod(head, from.minusDays(1)));
      }
      if (to.isBefore(month.to)) {
        outside.add(new ReportPeriod(to.plusDays(1), month.to));
      }
      if (outside.stream().mapToLong(d -> d.daysUpTo(today)).sum() < daysUpTo(today)) {
        return new Reading(month, List.of(), outside);
      }
      return new Reading(null, List.of(this), List.of());
    }
    LocalDate firstMonth = head;
    LocalDate lastMonth = tail;
    if (from.isAfter(head)) {
      ReportPeriod outside = new ReportPeriod(head, from.minusDays(1));
      ReportPeriod inside = new ReportPeriod(from, endOfMonth(head));
      if (outside.daysUpTo(today) < inside.daysUpTo(today)) {
        subtracted.add(outside);
      } else {
        added.add(inside);
        firstMonth = head.plusMonths(1);
      }
    }
    if (to.isBefore(endOfMonth(tail))) {
      ReportPeriod outside = new ReportPeriod(to.plusDays(1), endOfMonth(tail));
      ReportPeriod inside = new ReportPeriod(tail, to);
      if (outside.daysUpTo(today) < inside.daysUpTo(today)) {
        subtracted.add(outside);
      } else {
        added.add(inside);
        lastMonth = tail.minusMonths(1);
      }
    }
    ReportPeriod months = firstMonth.isAfter(lastMonth) ? null : new ReportPeriod(firstMonth, endOfMonth(lastMonth));
    return new Reading(months, added, subtracted);
  }

  private static LocalDate endOfMonth(LocalDate first) {
    return first.plusMonths(1).minusDays(1);
  }

  /** Days of the period not after {@code today}: what reading its daily facts costs. */
  private long daysUpTo(LocalDate today) {
    return today.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to.isAfter(today) ? today : to) + 1;
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
