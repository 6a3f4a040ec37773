package vn.langnghe.market.payouts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the weekly payout run is due: {@code MONDAY 09:00} in Vietnam's time, or {@code off}.
 * Periods are ISO weeks ({@code 2026-W50}); a week's run is due from its day and hour on, and
 * since a run is made once per period, asking again later in the week changes nothing.
 */
public final class PayoutSchedule {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final DayOfWeek day;
  private final LocalTime time;

  private PayoutSchedule(DayOfWeek day, LocalTime time) {
    this.day = day;
    this.time = time;
  }

  /** {@code "MONDAY 09:00"} or {@code "off"}; anything else is a configuration error. */
  public static PayoutSchedule parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equalsIgnoreCase("off")) {
      return new PayoutSchedule(null, null);
    }
    String[] parts = trimmed.split("\\s+");
    try {
      if (parts.length != 2) {
        throw new IllegalArgumentException("two words expected");
      }
      return new PayoutSchedule(DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT)),
          LocalTime.parse(parts[1]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "market.payouts.schedule must be like 'MONDAY 09:00' or 'off', not '" + text + "'", e);
    }
  }

  public boolean off() {
    return day == null;
  }

  /** The period whose run is due at {@code now}: this week's, once its day and hour have come. */
  public Optional<String> duePeriod(Instant now) {
    if (off()) {
      return Optional.empty();
    }
    ZonedDateTime local = now.atZone(VIETNAM);
    ZonedDateTime thisWeeks = local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .with(TemporalAdjusters.nextOrSame(day)).with(time);
    return local.isBefore(thisWeeks) ? Optional.empty() : Optional.of(period(now));
  }

  /** The day the next scheduled run happens (today if its hour is still to come); null when off. */
  public LocalDate nextOn(Instant now) {
    if (off()) {
      return null;
    }
    ZonedDateTime local = now.atZone(VIETNAM);
    ZonedDateTime next = local.with(TemporalAdjusters.nextOrSame(day)).with(time);
    return (next.isAfter(local) ? next : next.plusWeeks(1)).toLocalDate();
  }

  /** The ISO week of {@code at} in Vietnam: {@code 2026-W50}. */
  public static String period(Instant at) {
    LocalDate day = at.atZone(VIETNAM).toLocalDate();
    return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Monday a period begins, or empty when the text is no ISO week. */
  public static Optional<LocalDate> monday(String period) {
    Matcher m = period == null ? null : PERIOD.matcher(period);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate anyDay = LocalDate.of(year, 7, 1);
    if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return Optional.empty();
    }
    return Optional.of(anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }
}
