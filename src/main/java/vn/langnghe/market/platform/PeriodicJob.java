package vn.langnghe.market.platform;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work the container runs again and again at a fixed delay (outbox drainers, the expiry sweep,
 * payment jobs) that stops cleanly: once stopped no run starts, and a run in progress is waited
 * for. Cancelling the schedule alone let a run carry on while the deployment went away under it;
 * its transaction then lost its interceptor half-way and stayed open, holding row locks, until
 * the transaction reaper ended it minutes later. Owners stop their job when the container
 * announces its shutdown, while every bean still works.
 */
public final class PeriodicJob {

  private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());
  static final Duration STOP_WAIT = Duration.ofSeconds(20);

  private final String name;
  private final ReentrantLock running = new ReentrantLock();
  private volatile boolean stopped;
  private volatile ScheduledFuture<?> schedule;

  private PeriodicJob(String name) {
    this.name = name;
  }

  /** Runs {@code work} every {@code interval} (first after one interval) until {@link #stop}. */
  public static PeriodicJob every(ScheduledExecutorService scheduler, Duration interval, String name,
      Runnable work) {
    PeriodicJob job = new PeriodicJob(name);
    long millis = interval.toMillis();
    job.schedule = scheduler.scheduleWithFixedDelay(() -> job.runOnce(work), millis, millis,
        TimeUnit.MILLISECONDS);
    return job;
  }

  /**
   * A failure of one run is logged and the next run comes at its time: the executor would cancel
   * the schedule for good on anything thrown, silently, and the jobs catch only exceptions: an
   * {@link Error} (a class missing after a redeploy, a stack overflow, a failed allocation) ended
   * the job without a word in the log. Each run starts under no request's id: the scheduler's
   * thread may have been created during a request and inherited its logging context.
   */
  void runOnce(Runnable work) {
    running.lock();
    try (RequestIds.Scope none = RequestIds.actingFor(null)) {
      if (!stopped) {
        work.run();
      }
    } catch (Throwable failure) {
      LOG.log(Level.SEVERE, name + " failed; it runs again at its next tick", failure);
    } finally {
      running.unlock();
    }
  }

  /** Whether {@link #stop} was called: long runs look at it between batches. */
  public boolean stopping() {
    return stopped;
  }

  /** No further run; waits (a bounded time) for the one in progress. Safe to call twice. */
  public void stop() {
    stopped = true;
    ScheduledFuture<?> planned = schedule;
    if (planned != null) {
      planned.cancel(false);
    }
    try {
      if (running.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        running.unlock();
      } else {
        LOG.warning(name + " still running after " + STOP_WAIT + "; not waiting longer");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
