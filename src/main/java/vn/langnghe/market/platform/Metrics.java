package vn.langnghe.market.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The marketplace's own meters, in the registry the server's micrometer subsystem gives this
 * deployment; the server serves them with its own figures as Prometheus text on the management
 * interface (/metrics; names and alerts in docs/operations.md). Each component registers its
 * meters here from its own service and reads only its own tables for them.
 *
 * <p>Counters count what committed. A gauge that reads the database is set by a sampler that
 * runs in the background every {@code market.metrics.sample-interval}, never during a scrape: a
 * scrape answers at once whatever the database does, and a gauge whose reading failed, or is
 * older than three intervals (a database that does not answer), shows NaN rather than an old
 * value that looks healthy.
 */
@ApplicationScoped
public class Metrics {

  private static final Logger LOG = Logger.getLogger(Metrics.class.getName());

  @Inject MeterRegistry registry;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "market.metrics.sample-interval", defaultValue = "PT15S")
  Duration sampleInterval;

  /** Looking a counter up in the server's registry searches all its meters: each is found once. */
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
  /** Also what keeps the sampled gauges reachable: the registry holds them only weakly. */
  private final List<Sampler> samplers = new CopyOnWriteArrayList<>();
  private PeriodicJob job;

  void start(@Observes @Priority(DatabaseMigration.SCHEMA_READY + 50) Startup startup) {
    job = PeriodicJob.every(scheduler, sampleInterval, "Metrics sampler", this::sampleAll);
  }

  /** Adds one now (for what is not undone by a rollback: a refused callback is refused). */
  public void count(String name, String... tags) {
    counter(name, tags).increment();
  }

  /**
   * Adds one once the caller's transaction commits, nothing if it rolls back (a checkout refused
   * for want of stock, a callback whose handling failed and is retried); at once outside one. A
   * transaction already marked for rollback (or ending) will not commit what this counts.
   */
  public void countOnCommit(String name, String... tags) {
    Counter counter = counter(name, tags);
    int status = transactions.getTransactionStatus();
    if (status == Status.STATUS_NO_TRANSACTION) {
      counter.increment();
    } else if (status == Status.STATUS_ACTIVE) {
      AfterCommit.run(transactions, counter::increment);
    }
  }

  private Counter counter(String name, String... tags) {
    List<String> key = new java.util.ArrayList<>(tags.length + 1);
    key.add(name);
    key.addAll(Arrays.asList(tags));
    return counters.computeIfAbsent(key, k -> registry.counter(name, Tags.of(tags)));
  }

  /** A gauge that a sampler sets (see {@link #sample}); NaN until it first does. */
  public Sampled gauge(String name, String... tags) {
    Sampled gauge = new Sampled(System::nanoTime, sampleInterval.multipliedBy(3));
    // the registry answers an existing gauge of the same name and tags and ignores the new one:
    // a deployment that failed to start, or one replaced, may have left its gauge behind
    registry.find(name).tags(Tags.of(tags)).meters().forEach(registry::remove);
    registry.gauge(name, Tags.of(tags), gauge, Sampled::value);
    return gauge;
  }

  /**
   * Runs {@code reading} in the background every sample interval; it sets {@code gauges}. When it
   * fails they show NaN until a reading succeeds again.
   */
  public void sample(String what, Runnable reading, Sampled... gauges) {
    samplers.add(new Sampler(what, reading, List.of(gauges)));
  }

  /** How many things wait, and since when the oldest of them has (null when none). */
  public record Waiting(long count, Instant oldest) {
    public static final Waiting NONE = new Waiting(0, null);

    /** The oldest's age in whole seconds, 0 when nothing waits. */
    public long ageSeconds(Instant now) {
      return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
    }
  }

  /**
   * The two gauges of something that waits, set by one reading: how many ({@code countName}) and
   * the age in seconds of the oldest ({@code ageName}, 0 when none).
   */
  public void sampleWaiting(String what, String countName, String ageName, Supplier<Waiting> reading) {
    Sampled count = gauge(countName);
    Sampled age = gauge(ageName);
    sample(what, () -> {
      Waiting waiting = reading.get();
      count.set(waiting.count());
      age.set(waiting.ageSeconds(clock.instant()));
    }, count, age);
  }

  void sampleAll() {
    samplers.forEach(Sampler::run);
  }

  void stop(@Observes Shutdown shutdown) {
    stop();
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.stop();
    }
  }

  /** A gauge's last reading, and how long it is believed. */
  public static final class Sampled {
    private final LongSupplier nanos;
    private final long believedNanos;
    private volatile double value = Double.NaN;
    private volatile long readAt;

    Sampled(LongSupplier nanos, Duration believed) {
      this.nanos = nanos;
      this.believedNanos = believed.toNanos();
    }

    public void set(double reading) {
      readAt = nanos.getAsLong();
      value = reading;
    }

    void unknown() {
      value = Double.NaN;
    }

    /** What a scrape shows: the last reading while it is recent, else NaN. */
    double value() {
      double last = value;
      return Double.isNaN(last) || nanos.getAsLong() - readAt > believedNanos ? Double.NaN : last;
    }
  }

  /** One reading of the database that sets some gauges; says once when it starts failing. */
  static final class Sampler {
    private final String what;
    private final Runnable reading;
    private final List<Sampled> gauges;
    private boolean failing;

    Sampler(String what, Runnable reading, List<Sampled> gauges) {
      this.what = what;
      this.reading = reading;
      this.gauges = gauges;
    }

    void run() {
      try {
        reading.run();
        if (failing) {
          LOG.info("Metrics of " + what + " read again");
          failing = false;
        }
      } catch (RuntimeException e) {
        gauges.forEach(Sampled::unknown);
        if (!failing) {
          LOG.log(Level.WARNING, "Metrics of " + what + " not read; they show NaN until they are: " + e);
          failing = true;
        }
      }
    }
  }
}
