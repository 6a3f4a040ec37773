package vn.langnghe.market.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The demo run's clock: the system's clock, except on a thread that is replaying the demo's sales
 * history, which reads the instant it set. The history goes through the real boundaries, and they
 * all take their time from the injected clock, so this places its orders months back without any
 * boundary taking a time argument. The instant is per thread, so requests served meanwhile keep
 * the real time. Only a demo run is given this clock ({@link Clocks}); elsewhere setting it
 * changes nothing.
 */
public final class HistoryClock extends Clock {

  static final HistoryClock UTC = new HistoryClock(ZoneOffset.UTC);

  private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

  private final ZoneId zone;

  private HistoryClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Runs {@code work} on this thread with the clock reading {@code at} throughout. */
  public static <T> T at(Instant at, Supplier<T> work) {
    Instant outer = REPLAYED.get();
    REPLAYED.set(at);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        REPLAYED.remove();
      } else {
        REPLAYED.set(outer);
      }
    }
  }

  @Override
  public Instant instant() {
    Instant replayed = REPLAYED.get();
    return replayed != null ? replayed : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new HistoryClock(other);
  }
}
