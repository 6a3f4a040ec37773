package vn.langnghe.market.storefront;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.langnghe.market.places.PlaceViews.FormerUnitRef;
import vn.langnghe.market.places.PlaceViews.UnitRef;
import vn.langnghe.market.platform.ExchangeRate;
import vn.langnghe.market.platform.Money;

/** How the storefront writes numbers, prices, dates and places in each language. */
public final class Shown {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Shown() {}

  /** VND in both languages ("1.250.000 ₫"): it is the price, whoever reads it. */
  public static String vnd(long amount) {
    return Money.formatVnd(amount);
  }

  /** "≈ US$47.53" for English pages; empty for Vietnamese ones. */
  public static String usd(Lang lang, ExchangeRate.Rate rate, Long amount) {
    if (lang != Lang.EN || rate == null || amount == null) {
      return "";
    }
    return "≈ US$" + String.format(Locale.ENGLISH, "%,.2f", rate.usd(amount));
  }

  /** "US$ estimated at 26,300 ₫ per dollar (1 December 2026)". */
  public static String usdNote(ExchangeRate.Rate rate) {
    return "US$ estimated at " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(rate.vndPerUsd())
        + " ₫ per dollar (" + date(Lang.EN, rate.date()) + ")";
  }

  public static String number(Lang lang, long n) {
    return NumberFormat.getIntegerInstance(lang == Lang.VI ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH).format(n);
  }

  /** A rating average with one decimal, "4,3" or "4.3". */
  public static String average(Lang lang, double average) {
    String text = String.format(Locale.ENGLISH, "%.1f", average);
    return lang == Lang.VI ? text.replace('.', ',') : text;
  }

  /** "★★★★☆" for 0 to 5 stars, rounded to whole stars. */
  public static String stars(double stars) {
    int n = (int) Math.max(0, Math.min(5, Math.round(stars)));
    return "★".repeat(n) + "☆".repeat(5 - n);
  }

  public static String date(Lang lang, LocalDate day) {
    return day == null ? "" : day.format(lang == Lang.VI ? VI_DATE : EN_DATE);
  }

  public static String date(Lang lang, Instant at) {
    return at == null ? "" : date(lang, at.atZone(VIETNAM).toLocalDate());
  }

  /** "Xã Trà Giang, Tỉnh Hưng Yên". */
  public static String placeNow(UnitRef commune, UnitRef province) {
    return join(name(commune), name(province));
  }

  /** "Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình". */
  public static String placeBefore(FormerUnitRef former) {
    return former == null ? "" : join(former.name(), name(former.district()), name(former.province()));
  }

  /** "Xã Trà Giang, Tỉnh Hưng Yên (trước 1/7/2025: Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình)". */
  public static String placeLine(Lang lang, UnitRef commune, UnitRef province, FormerUnitRef former) {
    String now = placeNow(commune, province);
    String before = placeBefore(former);
    if (before.isEmpty() || before.equals(now)) {
      return now;
    }
    return now + " (" + lang.t("place.before", lang.t("reform.date"), before) + ")";
  }

  /** One of eight colour tones for a village's band, the same for a slug on every page. */
  public static String tone(String slug) {
    int hash = 0;
    for (int c : slug.codePoints().toArray()) {
      hash = hash * 31 + c;
    }
    return "tone-" + (hash & 7);
  }

  private static String name(UnitRef unit) {
    return unit == null ? null : unit.name();
  }

  private static String join(String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
  }
}
