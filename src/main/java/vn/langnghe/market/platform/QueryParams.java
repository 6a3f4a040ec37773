package vn.langnghe.market.platform;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as text and are parsed here, so that a wrong one is a 400 naming it
 * (JAX-RS would answer 404 for a parameter it cannot convert).
 */
public final class QueryParams {

  private QueryParams() {}

  public static int intOrDefault(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new Problems.InvalidInputException(name, "must be a whole number");
    }
  }

  public static long longOrDefault(String name, String value, long defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new Problems.InvalidInputException(name, "must be a whole number");
    }
  }

  public static boolean booleanOrDefault(String name, String value, boolean defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new Problems.InvalidInputException(name, "must be true or false");
    };
  }

  public static LocalDate dateOrNull(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new Problems.InvalidInputException(name, "must be a date like 2025-07-01");
    }
  }

  /** A month as 2025-07, or null when not given. */
  public static YearMonth monthOrNull(String name, String value) {
    return value == null || value.isBlank() ? null : month(name, value);
  }

  /** A month as {@code 2026-12}; required. */
  public static YearMonth month(String name, String value) {
    if (value == null || !value.strip().matches("\\d{4}-\\d{2}")) {
      throw new Problems.InvalidInputException(name, "must be a month like 2026-12");
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Problems.InvalidInputException(name, "must be a month like 2026-12");
    }
  }

  /** A calendar year from 2000 to 2999; required. */
  public static int year(String name, String value) {
    if (value == null || !value.strip().matches("2\\d{3}")) {
      throw new Problems.InvalidInputException(name, "must be a year like 2026");
    }
    return Integer.parseInt(value.strip());
  }

  public static <E extends Enum<E>> E enumOrDefault(
      String name, String value, Class<E> type, E defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Problems.InvalidInputException(
          name, "must be one of " + java.util.List.of(type.getEnumConstants()));
    }
  }
}
