package vn.langnghe.market.payouts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The balance rules, free of the database so that they can be tried on any sequence of events:
 * the service feeds them the earnings it reads and does what they answer. An earning in no line
 * is pending until its part was delivered and the return window has passed, then available,
 * unless its part is held; in a SENT or PAID line it is paid out (a rejected line lets its
 * earnings go, so they are in no line again).
 */
public final class Balances {

  /** Where an earning stands towards payout lines. */
  public enum Line { NONE, SENT, PAID }

  /** One ledger line as payouts sees it. */
  public record Earning(long id, long shopId, long netVnd, Instant deliveredAt, boolean held,
      Line line) {}

  /** A shop's money by state; their sum is always the shop's ledger net. */
  public record Balance(long pendingVnd, long onHoldVnd, long availableVnd, long paidOutVnd) {
    public long totalVnd() {
      return pendingVnd + onHoldVnd + availableVnd + paidOutVnd;
    }
  }

  /** What one shop's payout line takes: exactly these earnings, for their sum. */
  public record LinePlan(long shopId, List<Long> earningIds, long amountVnd) {}

  private final Duration returnWindow;

  public Balances(Duration returnWindow) {
    this.returnWindow = returnWindow;
  }

  public Duration returnWindow() {
    return returnWindow;
  }

  public Balance of(Collection<Earning> earnings, Instant now) {
    long pending = 0;
    long onHold = 0;
    long available = 0;
    long paidOut = 0;
    for (Earning e : earnings) {
      if (e.line() != Line.NONE) {
        paidOut += e.netVnd();
      } else if (e.held()) {
        onHold += e.netVnd();
      } else if (available(e, now)) {
        available += e.netVnd();
      } else {
        pending += e.netVnd();
      }
    }
    return new Balance(pending, onHold, available, paidOut);
  }

  /** In no line, not held, delivered and past the return window. */
  public boolean available(Earning e, Instant now) {
    return e.line() == Line.NONE && !e.held() && e.deliveredAt() != null
        && !e.deliveredAt().isAfter(now.minus(returnWindow));
  }

  /**
   * The line a payout run makes for the shop: all its available earnings, negative ones too
   * (a refund after a payout is clawed back here), when their sum reaches the minimum; none
   * otherwise, and the shop keeps its balance for a later run.
   */
  public Optional<LinePlan> line(long shopId, Collection<Earning> earnings, Instant now,
      long minimumVnd) {
    List<Earning> taken = earnings.stream()
        .filter(e -> e.shopId() == shopId && available(e, now))
        .toList();
    long amount = taken.stream().mapToLong(Earning::netVnd).sum();
    if (taken.isEmpty() || amount <= 0 || amount < minimumVnd) {
      return Optional.empty();
    }
    return Optional.of(new LinePlan(shopId, taken.stream().map(Earning::id).toList(), amount));
  }
}
