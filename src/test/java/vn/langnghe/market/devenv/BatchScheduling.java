package vn.langnghe.market.devenv;

import java.util.concurrent.TimeUnit;

/**
 * Puts the run command's own JVM (the Solr node) under Linux's SCHED_BATCH before it starts
 * anything; the embedded MariaDB and WildFly inherit it as its child processes.
 *
 * <p>Why: when a worker thread finishes a request on a kept-alive connection, Undertow holds a
 * small state flag while it asks the connection's I/O thread to read again, and an I/O thread that
 * finds the flag held spins until it is released. On a machine with few cores the woken I/O
 * thread often preempts the very worker that holds the flag, then burns the rest of its time
 * slice spinning. Profiles of the search benchmark had 15–45 % of WildFly's samples in that loop
 * ({@code HttpReadListener.handleEvent}), though recorded in a way that also distorted them (see
 * bench/common.sh); what stands is the A/B of WildFly's CPU per search under both policies, read
 * from /proc (README, Figures). Batch threads do not preempt on wake-up, so the worker
 * runs on to release the flag. CPU shares between processes stay as they were (same nice value);
 * only wake-up preemption goes (in the benchmark that compared both policies, p99 latencies did
 * not grow; README, Figures).
 * Solr and MariaDB get the same policy, so that the search benchmark's "straight to Solr" side
 * runs under the same scheduler rules as ours.
 */
final class BatchScheduling {

  private BatchScheduling() {}

  /** Best effort: without Linux's {@code chrt} (util-linux) the processes keep the default policy. */
  static void applyToThisProcessAndItsChildren() {
    String choice = LocalDatabase.env("MARKET_SCHEDULING", "batch");
    if (!"batch".equals(choice)) {
      return;
    }
    try {
      Process chrt = new ProcessBuilder("chrt", "--all-tasks", "--batch", "--pid", "0",
          Long.toString(ProcessHandle.current().pid()))
          .redirectErrorStream(true).start();
      String output = new String(chrt.getInputStream().readAllBytes()).trim();
      if (!chrt.waitFor(10, TimeUnit.SECONDS) || chrt.exitValue() != 0) {
        System.out.println("Could not switch to SCHED_BATCH (" + output + "); going on with the default policy.");
      }
    } catch (Exception e) {
      System.out.println("No chrt here (" + e.getMessage() + "); going on with the default scheduling policy.");
    }
  }
}
