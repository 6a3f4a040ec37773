package vn.langnghe.market.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.langnghe.market.platform.Problems;

/** What sales can be grouped by; the names are those of the groupBy parameter. */
public enum Dimension {
  DAY("day", "day"),
  WEEK("week", "day"),
  MONTH("month", "day"),
  COMMUNE("commune", "commune_code"),
  VILLAGE("village", "village_id"),
  CATEGORY("category", "category_id"),
  PAYMENT_METHOD("paymentMethod", "payment_method"),
  SHOP("shop", "shop_id");

  static final int MAX_GROUPS = 2;
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

  private final String parameter;
  private final String column;

  Dimension(String parameter, String column) {
    this.parameter = parameter;
    this.column = column;
  }

  public String parameter() {
    return parameter;
  }

  /** The sales_fact column the facts are grouped by first; weeks and months fold days. */
  String column() {
    return column;
  }

  boolean isTime() {
    return column.equals("day");
  }

  /** One or two distinct dimensions, comma separated, each of those allowed; else a 400 on groupBy. */
  public static List<Dimension> parse(String groupBy, Set<Dimension> allowed) {
    if (groupBy == null || groupBy.isBlank()) {
      throw new Problems.InvalidInputException("groupBy", "is required: one or two of " + names(allowed));
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (String name : groupBy.split(",", -1)) {
      Dimension found = Arrays.stream(values())
          .filter(d -> allowed.contains(d) && d.parameter.equalsIgnoreCase(name.strip()))
          .findFirst()
          .orElseThrow(() -> new Problems.InvalidInputException("groupBy",
              "must be one or two of " + names(allowed) + ", not '" + name.strip() + "'"));
      if (dimensions.contains(found)) {
        throw new Problems.InvalidInputException("groupBy", "names " + found.parameter + " twice");
      }
      if (found.isTime() && dimensions.stream().anyMatch(Dimension::isTime)) {
        throw new Problems.InvalidInputException("groupBy", "may name only one of day, week and month");
      }
      dimensions.add(found);
    }
    if (dimensions.size() > MAX_GROUPS) {
      throw new Problems.InvalidInputException("groupBy", "may combine at most " + MAX_GROUPS);
    }
    return List.copyOf(dimensions);
  }

  private static String names(Set<Dimension> allowed) {
    return Arrays.stream(values()).filter(allowed::contains).map(d -> d.parameter).toList().toString();
  }

  /** A day's key for a time dimension: 2026-11-03, ISO week 2026-W45, month 2026-11. */
  String timeKey(LocalDate day) {
    return switch (this) {
      case DAY -> day.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
      default -> throw new IllegalStateException(this + " is not a time dimension");
    };
  }

  /** How a reader in Vietnam writes that day, week or month: 03/11/2026, 2026-W45, 11/2026. */
  String timeLabel(LocalDate day) {
    return switch (this) {
      case DAY -> DAY_LABEL.format(day);
      case WEEK -> timeKey(day);
      case MONTH -> MONTH_LABEL.format(day);
      default -> throw new IllegalStateException(this + " is not a time dimension");
    };
  }
}
