package vn.langnghe.market.returns;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.langnghe.market.platform.Money;

/** How notices word times and sums: Vietnam's time, đồng as the pages show them. */
final class ReturnTexts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private ReturnTexts() {}

  static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  static String vnd(long amount) {
    return Money.formatVnd(amount);
  }
}
